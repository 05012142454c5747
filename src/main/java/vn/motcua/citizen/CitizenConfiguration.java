package vn.motcua.citizen;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The public API's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenProperties.class)
class CitizenConfiguration {

}
