package vn.motcua.web;

import java.util.List;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * Errors outside Spring MVC as Vietnamese problem details too: Tomcat's own error answers
 * (through the host's error report valve) and Spring Boot's {@code /error} fallback; and
 * the cap on JSON bodies of the API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<JsonBodyLimit> jsonBodyLimit(Problems problems,
			@Value("${motcua.web.max-json-size:64KB}") DataSize limit) {
		FilterRegistrationBean<JsonBodyLimit> registration = new FilterRegistrationBean<>(
				new JsonBodyLimit(limit, problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Tasklist's and the REST API's task refusals in Vietnamese only. */
	@Bean
	FilterRegistrationBean<EngineRefusalMessages> engineRefusalMessages(
			com.fasterxml.jackson.databind.ObjectMapper json) {
		FilterRegistrationBean<EngineRefusalMessages> registration = new FilterRegistrationBean<>(
				new EngineRefusalMessages(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
		return registration;
	}

	/**
	 * Runs after Spring Boot's own customizer, which adds a plain error report valve to
	 * the host: ours replaces it.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(Problems problems) {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers((context) -> replaceErrorReportValve(context.getParent(), problems));
			}

		};
	}

	private static void replaceErrorReportValve(Container host, Problems problems) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(ProblemReportValve.class.getName());
		}
		host.getPipeline().addValve(new ProblemReportValve(problems));
	}

	/**
	 * Requests Spring Security's firewall refuses before any handler (unknown methods,
	 * encoded slashes, control characters) answer a problem too.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler(Problems problems) {
		return (request, response, ex) -> problems.write(request, response, HttpStatus.BAD_REQUEST, Problems.REJECTED,
				"problem.detail.400");
	}

	@Bean
	ProblemErrorController problemErrorController(ErrorAttributes attributes, ServerProperties server,
			List<ErrorViewResolver> views, Problems problems) {
		return new ProblemErrorController(attributes, server.getError(), views, problems);
	}

}
