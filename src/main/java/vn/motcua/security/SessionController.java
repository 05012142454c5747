package vn.motcua.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's session: who is logged in and the CSRF token its next login, logout or
 * change must carry. The login itself ({@code POST /api/session}, form fields
 * {@code username} and {@code password}) and the logout
 * ({@code POST /api/session/logout}) are Spring Security's (see
 * {@link SecurityConfiguration}).
 */
@RestController
class SessionController {

	static final String LOGIN = "/api/session";

	static final String LOGOUT = "/api/session/logout";

	@GetMapping(LOGIN)
	SessionResponse session(Authentication authentication, CsrfToken csrf) {
		return SessionResponse.of(authentication, csrf);
	}

	/**
	 * @param user the logged-in user's id, {@code null} when nobody is
	 * @param csrfHeader the header that carries {@code csrfToken}
	 * @param csrfToken the token of this session
	 */
	record SessionResponse(String user, String csrfHeader, String csrfToken) {

		static SessionResponse of(Authentication authentication, CsrfToken csrf) {
			boolean loggedIn = authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
			return new SessionResponse(loggedIn ? authentication.getName() : null, csrf.getHeaderName(),
					csrf.getToken());
		}

	}

}
