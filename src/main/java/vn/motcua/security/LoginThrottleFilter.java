package vn.motcua.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from a client address that failed too often (429 with
 * {@code Retry-After}), whichever account it tried. A login attempt is a request with
 * HTTP Basic credentials to {@code /api/**} or {@code /engine-rest/**}, the dashboard's
 * login ({@code POST /api/session}) or a Camunda webapp's login; it failed when it is
 * answered 401. The address is the connection's: behind the load balancer Tomcat sets it
 * from {@code X-Forwarded-For} ({@code server.forward-headers-strategy: native}).
 * Accounts are never locked (Camunda's own lock-out is off, see application.yaml), so
 * nobody can lock an officer out by guessing at the officer's name.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginFailures failures;

	private final ProblemAuthenticationEntryPoint problems;

	private final Pattern webappLogin;

	LoginThrottleFilter(LoginFailures failures, ProblemAuthenticationEntryPoint problems, String webappPath) {
		this.failures = failures;
		this.problems = problems;
		this.webappLogin = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isLoginAttempt(request)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		long wait = this.failures.retryAfter(address);
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			this.problems.tooManyLogins(request, response, wait);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			this.failures.failed(address);
		}
	}

	private boolean isLoginAttempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
				&& (path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
			return true;
		}
		return "POST".equals(request.getMethod())
				&& (SessionController.LOGIN.equals(path) || this.webappLogin.matcher(path).matches());
	}

}
