package vn.motcua.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401, 403 and refused logins answered as Vietnamese problem details, like every other
 * error of the API ({@link Problems}).
 */
class ProblemAuthenticationEntryPoint
		implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	private final Problems problems;

	ProblemAuthenticationEntryPoint(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\", charset=\"UTF-8\"");
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
	}

	/** A failed login of the dashboard: 401 without a Basic challenge. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "login-failed", "problem.login-failed");
	}

	/**
	 * 401 for a citizen's page without a login: no Basic challenge, which would make the
	 * browser ask for a user name and password instead of letting the page offer VNeID.
	 */
	AuthenticationEntryPoint citizenLoginRequired() {
		return (request, response, ex) -> this.problems.write(request, response, HttpStatus.UNAUTHORIZED,
				"unauthorized", "citizen.login.required");
	}

	/** 403 to anyone, logged in or not (Camunda's first-user set-up). */
	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
	}

	void tooManyLogins(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-logins",
				"problem.too-many-logins", seconds);
	}

}
