package vn.motcua.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.processes.*}: where the designers' folder is and who may deploy besides
 * it.
 *
 * @param location the {@code processes/} folder as a Spring resource location: the copy
 * on the classpath by default, {@code file:/etc/motcua/processes/} for a server that
 * reads an external folder; models, decisions and forms are deployed from it, and the
 * catalogue and calendar files are read from it
 * @param restDeployments whether a logged-in administrator may deploy through the REST
 * API (Camunda Modeler's "Deploy"); only in development (the {@code demo} profile): on a
 * server the folder is the one source of the models
 */
@ConfigurationProperties("motcua.processes")
record ProcessesSettings(@DefaultValue("classpath:processes/") String location, boolean restDeployments) {

}
