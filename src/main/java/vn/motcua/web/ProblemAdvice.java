package vn.motcua.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our Spring MVC endpoints (also those raised before a controller is
 * chosen, like an upload over the size limit) becomes {@code application/problem+json}
 * with a Vietnamese title and detail from the bundle. Unknown failures get a generic
 * detail; their stack trace stays in the log.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, ex.getHeaders(), ex.getStatusCode(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalid-parameter",
				ex.getName());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "problem.internal-error");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
				"problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException");
		return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "validation-failed", "problem.validation-failed");
		body.setProperty("errors", ex.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "validation-failed", "problem.validation-failed");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", text(error.getDefaultMessage()))))
			.toList();
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", text(error.getDefaultMessage()));
	}

	private String text(String message) {
		if (message == null) {
			return "";
		}
		String key = (message.startsWith("{") && message.endsWith("}")) ? message.substring(1, message.length() - 1)
				: message;
		return this.messages.getMessage(key, null, message, locale());
	}

	private ProblemDetail problem(HttpStatus status, String problem, String key, Object... args) {
		ProblemDetail body = ProblemDetail.forStatus(status);
		body.setType(URI.create("/problems/" + problem));
		body.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale()));
		body.setDetail(this.messages.getMessage(key, args, key, locale()));
		return body;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
