package vn.motcua.vneid;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox VNeID ({@code motcua.vneid-sandbox.*}): demo and tests only.
 *
 * @param enabled whether {@code /sandbox/vneid/**} answers
 * @param clientId the one client it knows, the application's {@code vneid} registration
 * @param clientSecret that client's secret
 * @param password every demo citizen's password
 * @param redirectUris where it may send a citizen back with a code; a loopback address
 * ({@code 127.0.0.1}) matches on any port
 */
@ConfigurationProperties("motcua.vneid-sandbox")
record SandboxVneidProperties(@DefaultValue("false") boolean enabled, String clientId, String clientSecret,
		String password, List<String> redirectUris) {

	SandboxVneidProperties {
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
	}

}
