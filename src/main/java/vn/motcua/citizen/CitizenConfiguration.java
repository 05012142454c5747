package vn.motcua.citizen;

import java.time.Clock;

import javax.sql.DataSource;

import vn.motcua.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public API's settings and its rate limiter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenProperties.class)
class CitizenConfiguration {

	/** Before Spring Security (order -100): a flood is refused before any other work. */
	static final int RATE_LIMIT_ORDER = -110;

	@Bean
	ClientBuckets clientBuckets(CitizenProperties properties, Clock clock, ObjectProvider<DataSource> dataSource) {
		CitizenProperties.RateLimit limits = properties.rateLimit();
		return (limits.store() == CitizenProperties.Store.DATABASE)
				? ClientBuckets.shared(limits, clock, dataSource.getObject()) : ClientBuckets.local(limits, clock);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> publicRateLimit(CitizenProperties properties, ClientBuckets buckets,
			Problems problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties.rateLimit(), buckets, problems));
		// A logged-in citizen's pages count against the same address as the public ones.
		registration.addUrlPatterns("/api/public/*", "/api/citizen/*");
		registration.setOrder(RATE_LIMIT_ORDER);
		registration.setEnabled(properties.rateLimit().enabled());
		return registration;
	}

}
