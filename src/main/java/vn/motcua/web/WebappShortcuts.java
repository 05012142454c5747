package vn.motcua.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Addresses people meet without typing them: the Camunda webapps' first-login notice
 * links to {@code /camunda-welcome}, which Camunda's Spring Boot jar does not serve; it
 * leads to the Welcome app (the officer's applications and profile) instead of a 404. The
 * site's icon is {@code static/favicon.ico}.
 */
@Configuration(proxyBeanMethods = false)
class WebappShortcuts implements WebMvcConfigurer {

	private final String webappPath;

	WebappShortcuts(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.webappPath = webappPath;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String path : new String[] { "/camunda-welcome", "/camunda-welcome/", "/camunda-welcome/index.html" }) {
			registry.addRedirectViewController(path, this.webappPath + "/app/welcome/default/");
		}
		// The counter officers' intake page, by its folder as the portal and the
		// dashboard.
		registry.addViewController("/quay").setViewName("forward:/quay/index.html");
		registry.addViewController("/quay/").setViewName("forward:/quay/index.html");
	}

}
