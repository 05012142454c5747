package vn.motcua.citizen;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public API ({@code motcua.citizen.*}).
 *
 * @param maxFileSize largest accepted file; also the multipart limit of the servlet
 * container ({@code spring.servlet.multipart.max-file-size} reads it)
 * @param maxTotalSize largest accepted submission, all files together
 * @param maxFiles most files in one submission
 * @param rateLimit requests per client IP
 */
@ConfigurationProperties("motcua.citizen")
record CitizenProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("30MB") DataSize maxTotalSize,
		@DefaultValue("20") int maxFiles, @DefaultValue RateLimit rateLimit) {

	/**
	 * Token buckets per client IP address.
	 *
	 * @param enabled whether requests are limited at all
	 * @param requests requests allowed per {@code period} on {@code /api/public/**}
	 * @param lookups look-ups of a dossier (by code and ID number) allowed per
	 * {@code period}: stricter, against guessing
	 * @param period the refill period of both buckets
	 * @param maxClients clients remembered at once by the {@code local} store; the least
	 * used are forgotten beyond it
	 * @param trustedProxies addresses of proxies (load balancer) whose
	 * {@code X-Forwarded-For} names the client
	 * @param store where the buckets live: {@code local} (this node's memory) or
	 * {@code database} (the {@code rate_limit_bucket} table on PostgreSQL, one limit for
	 * all nodes)
	 */
	record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("120") int requests,
			@DefaultValue("20") int lookups, @DefaultValue("1m") Duration period, @DefaultValue("10000") int maxClients,
			@DefaultValue( {
					"127.0.0.1", "0:0:0:0:0:0:0:1" }) java.util.List<String> trustedProxies,
			@DefaultValue("local") Store store){

	}

	/** Where the rate limiter keeps its buckets. */
	enum Store {

		/** In this node's memory: one node. */
		LOCAL,
		/**
		 * In the database ({@code rate_limit_bucket}, PostgreSQL): shared by all nodes.
		 */
		DATABASE

	}

}
