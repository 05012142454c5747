package vn.motcua.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our Spring MVC endpoints (also those raised before a controller is
 * chosen, like an upload over the size limit) becomes {@code application/problem+json}
 * built by {@link Problems}. A bug is a 500 with a generic detail; only a database that
 * cannot be reached for now is a 503. The log of a 500 names the exception classes and
 * their stack, never their messages (they may quote what a citizen sent).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final Problems problems;

	/**
	 * Builds its own {@link Problems} from the message bundle and the JSON mapper, so
	 * that {@code @WebMvcTest} slices, which see only the advice, answer the same
	 * problems.
	 */
	ProblemAdvice(MessageSource messages, ObjectMapper json) {
		this.problems = new Problems(messages, json);
		setMessageSource(messages);
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException ex, WebRequest request) {
		ProblemDetail body = this.problems.of(ex.getStatusCode(), slug(ex.getBody()), ex.getMessageKey(),
				ex.getDetailMessageArguments());
		// What the thrower added (the steps a migration cannot map, the papers missing)
		// goes along.
		if (ex.getBody().getProperties() != null) {
			ex.getBody().getProperties().forEach(body::setProperty);
		}
		return handleExceptionInternal(ex, body, ex.getHeaders(), ex.getStatusCode(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalid-parameter",
				ex.getName());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/** A request Spring Security's firewall refuses (a method, a character, a name). */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.BAD_REQUEST, Problems.REJECTED, "problem.detail.400");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	/**
	 * A multipart request Tomcat could not read: too many parts ({@code max-part-count})
	 * or too large part headers are a 413, anything else a malformed request.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> multipart(MultipartException ex, WebRequest request) {
		ProblemDetail body;
		if (causedBy(ex, FileCountLimitExceededException.class)) {
			body = this.problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-parts", "problem.too-many-parts");
		}
		else if (causedBy(ex, SizeException.class)) {
			body = this.problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
					"problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException");
		}
		else {
			body = this.problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "problem.malformed-multipart");
		}
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatusCode.valueOf(body.getStatus()), request);
	}

	/** The database cannot be reached for now: the only 503, worth a retry. */
	@ExceptionHandler({ CannotGetJdbcConnectionException.class, TransientDataAccessException.class })
	ResponseEntity<Object> unavailable(RuntimeException ex, WebRequest request) {
		log.warn("Database unavailable on {}: {}", route(request), ex.getClass().getName());
		ProblemDetail body = this.problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"problem.detail.503");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "30");
		return handleExceptionInternal(ex, body, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on {}", route(request), Redacted.of(ex));
		ProblemDetail body = this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"problem.internal-error");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
				"problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException");
		return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, JsonBodyLimit.TooLarge.class)) {
			ProblemDetail body = this.problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
					"problem.body-too-large", JsonBodyLimit.TooLarge.limitOf(ex));
			return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
		}
		ProblemDetail body = this.problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
				"problemDetail.org.springframework.http.converter.HttpMessageNotReadableException");
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			body.setProperty("errors", List
				.of(Map.of("field", field(mapping.getPath()), "message", this.problems.text("problem.wrong-type"))));
		}
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "problem.validation-failed");
		body.setProperty("errors", ex.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = this.problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "problem.validation-failed");
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

	/**
	 * The last step of every answer: nothing when the response is already committed; a
	 * problem Spring built itself (type {@code about:blank}) gets the type of its status
	 * and, when the bundle has no text for its exception, the generic Vietnamese detail
	 * of its status.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
				&& servlet.getResponse().isCommitted()) {
			// Spring would log the exception's message, which may quote the body.
			log.warn("Response already committed on {}; {} ignored", route(request), ex.getClass().getName());
			return null;
		}
		ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail problem
				&& "about:blank".equals(String.valueOf(problem.getType()))) {
			ProblemDetail generic = this.problems.of(answer.getStatusCode());
			problem.setStatus(answer.getStatusCode().value());
			problem.setType(generic.getType());
			problem.setTitle(generic.getTitle());
			if (!this.problems.hasText("problemDetail." + ex.getClass().getName())) {
				problem.setDetail(generic.getDetail());
			}
		}
		return answer;
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
		return this.problems.hasText(key) ? this.problems.text(key) : message;
	}

	/**
	 * The JSON path of a value, as Bean Validation names it: {@code documents[0].copies}.
	 */
	private static String field(List<JsonMappingException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference step : path) {
			if (step.getFieldName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
			}
			else {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String slug(ProblemDetail body) {
		String type = String.valueOf(body.getType());
		return type.startsWith("/problems/") ? type.substring("/problems/".length())
				: Problems.slugOf(body.getStatus());
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The handler's path pattern ({@code /api/dossiers/{code}}) and method, never the
	 * request's own path or query, which may hold personal data.
	 */
	private static String route(WebRequest request) {
		HttpServletRequest servlet = (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
		if (servlet == null) {
			return "?";
		}
		Object pattern = servlet.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return servlet.getMethod() + " " + ((pattern != null) ? pattern : "(no handler)");
	}

}
