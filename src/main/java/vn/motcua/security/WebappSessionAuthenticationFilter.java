package vn.motcua.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An officer logged into Tasklist (or Cockpit) is logged into {@code /api/**} too: the
 * pages and files that the task forms link to open in the same browser session, without a
 * second login. The Camunda webapps keep the user in the HTTP session
 * ({@link Authentications}); this filter reads it for one request, never stores it in
 * Spring's context, and takes the user's groups afresh from the identity tables, so a
 * removed membership counts at once. Requests with their own credentials (Basic) or the
 * dashboard's login are left alone. Writes stay protected by Spring's CSRF token, which
 * only a page of this origin can read ({@code GET /api/session}).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

	/** Where the Camunda webapps keep their {@link Authentications} (Camunda 7.24). */
	static final String CAMUNDA_SESSION_KEY = "authenticatedUser";

	private final IdentityService identityService;

	private final String engineName;

	WebappSessionAuthenticationFilter(IdentityService identityService, String engineName) {
		this.identityService = identityService;
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = loggedIntoWebapp(request);
		if (userId == null || alreadyAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		List<SimpleGrantedAuthority> groups = CamundaUserAuthenticationProvider.groups(this.identityService, userId);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The user of the request's Camunda webapp session, if any; no session is created.
	 */
	private String loggedIntoWebapp(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		// Read, not AuthenticationUtil.getAuthsFromSession, which stores an empty one.
		if (!(session.getAttribute(CAMUNDA_SESSION_KEY) instanceof Authentications authentications)
				|| !(authentications
					.getAuthenticationForProcessEngine(this.engineName) instanceof UserAuthentication user)
				|| !(user.isAuthorizedForApp("tasklist") || user.isAuthorizedForApp("cockpit"))) {
			return null;
		}
		String userId = user.getIdentityId();
		if (userId == null || this.identityService.createUserQuery().userId(userId).count() == 0) {
			return null;
		}
		return userId;
	}

	private static boolean alreadyAuthenticated() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
	}

}
