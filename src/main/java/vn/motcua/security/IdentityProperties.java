package vn.motcua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who exists before anyone logs in.
 *
 * @param admin the first administrator, from {@code MOTCUA_ADMIN_USER} /
 * {@code MOTCUA_ADMIN_PASSWORD}
 * @param demo demo users with a known password (profile {@code demo} only)
 */
@ConfigurationProperties("motcua")
record IdentityProperties(Admin admin, Demo demo) {

	IdentityProperties {
		admin = (admin == null) ? new Admin(null, null) : admin;
		demo = (demo == null) ? new Demo(false, null) : demo;
	}

	record Admin(String user, String password) {

		boolean configured() {
			return this.user != null && !this.user.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

	record Demo(boolean usersEnabled, String password) {

	}

}
