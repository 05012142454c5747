package vn.motcua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Who exists before anyone logs in.
 *
 * @param admin the first administrator, from {@code MOTCUA_ADMIN_USER} /
 * {@code MOTCUA_ADMIN_PASSWORD}
 * @param demo demo users with a known password and a full name (profile {@code demo}
 * only)
 */
@ConfigurationProperties("motcua")
record IdentityProperties(Admin admin, Demo demo) {

	IdentityProperties {
		admin = (admin == null) ? new Admin(null, null) : admin;
		demo = (demo == null) ? new Demo(false, null, null) : demo;
	}

	record Admin(String user, String password) {

		boolean configured() {
			return this.user != null && !this.user.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

	/**
	 * @param usersEnabled whether to create one demo user per group
	 * @param password their password
	 * @param officers their full names, by default
	 * {@code processes/catalogue/demo-officers.yaml}
	 */
	record Demo(boolean usersEnabled, String password, Resource officers) {

		Demo {
			officers = (officers != null) ? officers : new ClassPathResource("processes/catalogue/demo-officers.yaml");
		}

	}

}
