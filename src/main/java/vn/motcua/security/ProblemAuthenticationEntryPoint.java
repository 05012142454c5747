package vn.motcua.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401, 403 and refused logins answered as Vietnamese problem details, like every other
 * error of the API.
 */
class ProblemAuthenticationEntryPoint
		implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemAuthenticationEntryPoint(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\", charset=\"UTF-8\"");
		write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", request);
	}

	/** A failed login of the dashboard: 401 without a Basic challenge. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		write(response, HttpStatus.UNAUTHORIZED, "login-failed", "problem.login-failed", request);
	}

	/** 403 to anyone, logged in or not (Camunda's first-user set-up). */
	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", request);
	}

	void tooManyLogins(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "problem.too-many-logins", request, seconds);
	}

	private void write(HttpServletResponse response, HttpStatus status, String problem, String key,
			HttpServletRequest request, Object... arguments) throws IOException {
		ProblemDetail body = ProblemDetail.forStatus(status);
		body.setType(URI.create("/problems/" + problem));
		body.setTitle(this.messages.getMessage("problem.title." + status.value(), null, VIETNAMESE));
		body.setDetail(this.messages.getMessage(key, arguments, VIETNAMESE));
		body.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

}
