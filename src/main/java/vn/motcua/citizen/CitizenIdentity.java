package vn.motcua.citizen;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in citizen as the identity provider vouches for them.
 *
 * @param idNumber the ID number, the key of their dossiers
 * @param name full name
 * @param phone phone number, when the provider gives one
 * @param email e-mail address, when given
 * @param address address, when given
 * @param birthDate date of birth ({@code YYYY-MM-DD}), when given; shown on the
 * submission form, not kept with the dossier
 */
record CitizenIdentity(String idNumber, String name, String phone, String email, String address, String birthDate) {

	/**
	 * The citizen behind {@code authentication}, or null when it is no citizen's login.
	 */
	static CitizenIdentity of(Authentication authentication, String idNumberClaim) {
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return null;
		}
		String idNumber = user.getClaimAsString(idNumberClaim);
		if (idNumber == null || !idNumber.matches("\\d{9}|\\d{12}")) {
			return null;
		}
		String address = (user.getAddress() != null) ? user.getAddress().getFormatted() : null;
		return new CitizenIdentity(idNumber, user.getFullName(), user.getPhoneNumber(), user.getEmail(), address,
				user.getBirthdate());
	}

}
