package vn.motcua.citizen;

import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The citizen's login as the rest of the application sees it: where they land, and who
 * the current request's citizen is.
 */
@Component
@EnableConfigurationProperties(CitizenLoginProperties.class)
public class CitizenLogin {

	/** Where a citizen's login is kept in the session, apart from an officer's. */
	public static final String SESSION_KEY = "MOTCUA_CITIZEN_SECURITY_CONTEXT";

	private final CitizenLoginProperties properties;

	CitizenLogin(CitizenLoginProperties properties) {
		this.properties = properties;
	}

	public String registration() {
		return this.properties.registration();
	}

	public String afterLogin() {
		return this.properties.afterLogin();
	}

	/** Whether {@code authentication} is a citizen whose ID number the provider gave. */
	public boolean isCitizen(Authentication authentication) {
		return CitizenIdentity.of(authentication, this.properties.idNumberClaim()) != null;
	}

	/** The current request's citizen, or null. */
	CitizenIdentity current() {
		return CitizenIdentity.of(SecurityContextHolder.getContext().getAuthentication(),
				this.properties.idNumberClaim());
	}

	/** The current request's citizen; 401 when there is none. */
	CitizenIdentity required() {
		CitizenIdentity citizen = current();
		if (citizen == null) {
			// The security chain lets no one else through; a defence in depth.
			throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "citizen.login.required");
		}
		return citizen;
	}

}
