package vn.motcua.bench.bare;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The lifecycle benchmark's baseline: Camunda's Spring Boot starters with their default
 * settings, none of motcua's (no configuration file is read, no component of motcua is
 * scanned), on a database of its own. Not a {@code @Configuration}, so motcua's own
 * component scan never picks it up.
 */
@EnableAutoConfiguration
public final class BareCamunda {

	private BareCamunda() {
	}

	/**
	 * Starts the bare engine with only the baseline model deployed.
	 * @param url JDBC URL of an empty PostgreSQL database
	 * @param user its user
	 * @return the running application
	 */
	public static ConfigurableApplicationContext start(String url, String user) {
		// Command-line arguments, because they win over the system properties that
		// point the test's own application at motcua's database.
		return new SpringApplicationBuilder(BareCamunda.class).run("--spring.config.name=bare-camunda",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=", "--spring.flyway.enabled=false", "--server.port=0",
				"--spring.main.banner-mode=off",
				// Its own engine name: the registry of engines is shared within a JVM.
				"--camunda.bpm.process-engine-name=bare",
				"--camunda.bpm.deployment-resource-pattern=classpath*:bench/four-user-tasks.bpmn");
	}

}
