package vn.motcua.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and header settings ({@code motcua.security.*}).
 *
 * @param https production behind HTTPS: HSTS on every answer (cookies are marked
 * {@code Secure} by {@code server.servlet.session.cookie.secure}, which reads the same
 * property)
 * @param login failed logins allowed per client address
 */
@ConfigurationProperties("motcua.security")
record WebSecurityProperties(@DefaultValue("false") boolean https, @DefaultValue Login login) {

	/**
	 * Failed logins per client address, over every way to log in: HTTP Basic on
	 * {@code /api/**} and {@code /engine-rest/**}, the dashboard's and the Camunda
	 * webapps' login forms.
	 *
	 * @param maxFailures failures after which the address is refused (429) until the end
	 * of its period
	 * @param period how long the failures of an address are counted, from its first
	 * @param maxAddresses addresses remembered at once (least recently used beyond it are
	 * forgotten)
	 */
	record Login(@DefaultValue("10") int maxFailures, @DefaultValue("10m") Duration period,
			@DefaultValue("100000") int maxAddresses) {

	}

}
