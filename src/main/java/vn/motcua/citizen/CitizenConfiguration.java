package vn.motcua.citizen;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public API's settings and its rate limiter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenProperties.class)
class CitizenConfiguration {

	/** Before Spring Security (order -100): a flood is refused before any other work. */
	static final int RATE_LIMIT_ORDER = -110;

	@Bean
	FilterRegistrationBean<RateLimitFilter> publicRateLimit(CitizenProperties properties, Clock clock,
			MessageSource messages, ObjectMapper json) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties.rateLimit(), clock, messages, json));
		registration.addUrlPatterns("/api/public/*");
		registration.setOrder(RATE_LIMIT_ORDER);
		registration.setEnabled(properties.rateLimit().enabled());
		return registration;
	}

}
