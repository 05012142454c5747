package vn.motcua.citizen;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a citizen's identity is read from the OpenID Connect provider (VNeID, the national
 * portal's single sign-on); the provider itself is a Spring Security client registration
 * ({@code spring.security.oauth2.client.registration.<registration>.*}).
 *
 * @param registration the client registration citizens log in with
 * @param idNumberClaim the ID token or user-info claim holding the citizen's ID number
 * (số định danh cá nhân)
 * @param afterLogin the page a citizen lands on once logged in
 */
@ConfigurationProperties("motcua.citizen.login")
record CitizenLoginProperties(String registration, String idNumberClaim, String afterLogin) {

	CitizenLoginProperties {
		registration = (registration == null || registration.isBlank()) ? "vneid" : registration;
		idNumberClaim = (idNumberClaim == null || idNumberClaim.isBlank()) ? "id_number" : idNumberClaim;
		afterLogin = (afterLogin == null || afterLogin.isBlank()) ? "/portal/ho-so-cua-toi.html" : afterLogin;
	}

}
