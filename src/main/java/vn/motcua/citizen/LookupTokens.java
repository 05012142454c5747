package vn.motcua.citizen;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/** Random, unguessable look-up tokens: 192 bits from {@link SecureRandom}, base64url. */
@Component
class LookupTokens {

	private final SecureRandom random = new SecureRandom();

	String next() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
