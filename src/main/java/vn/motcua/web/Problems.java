package vn.motcua.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds every problem (RFC 9457) the application answers: type {@code /problems/<slug>},
 * Vietnamese title {@code problem.title.<status>}, Vietnamese detail from the bundle,
 * instance. One type always comes with one status: a slug names one kind of error, and
 * errors without a slug of their own get the slug of their status ({@link #slugOf(int)}).
 * Filters and entry points outside Spring MVC write theirs with
 * {@link #write(HttpServletRequest, HttpServletResponse, HttpStatus, String, String, Object...)}.
 */
@Component
public class Problems {

	/**
	 * The generic problem type of each status, for errors without a type of their own.
	 */
	private static final Map<Integer, String> STATUS_SLUGS = Map.ofEntries(Map.entry(400, "bad-request"),
			Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"), Map.entry(404, "not-found"),
			Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"), Map.entry(408, "request-timeout"),
			Map.entry(409, "conflict"), Map.entry(413, "payload-too-large"), Map.entry(414, "uri-too-long"),
			Map.entry(415, "unsupported-media-type"), Map.entry(429, "too-many-requests"),
			Map.entry(431, "headers-too-large"), Map.entry(500, "internal-error"), Map.entry(501, "not-implemented"),
			Map.entry(503, "service-unavailable"));

	/**
	 * The type of a request refused before any handler (firewall, malformed request):
	 * 400.
	 */
	public static final String REJECTED = "request-rejected";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final MessageSource messages;

	private final ObjectMapper json;

	public Problems(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A problem of type {@code /problems/<slug>} whose detail is the Vietnamese text of
	 * {@code detailKey}, formatted with {@code args}.
	 */
	public ProblemDetail of(HttpStatusCode status, String slug, String detailKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type(slug));
		problem.setTitle(title(status.value()));
		problem.setDetail(text(detailKey, args));
		return problem;
	}

	/**
	 * The generic problem of a status (type {@code /problems/<slug of the status>},
	 * detail {@code problem.detail.<status>}), for errors that carry no type of their
	 * own.
	 */
	public ProblemDetail of(HttpStatusCode status) {
		String key = detailKeyOf(status.value());
		if (!hasText(key)) {
			key = status.is4xxClientError() ? "problem.detail.400" : "problem.internal-error";
		}
		return of(status, slugOf(status.value()), key);
	}

	/**
	 * Writes a problem as the whole response, for filters and entry points that run
	 * before Spring MVC; the instance is the request's path (without its query).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
			String detailKey, Object... args) throws IOException {
		write(request, response, of(status, slug, detailKey, args));
	}

	/** Writes a problem built by {@link #of} as the whole response. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null && request != null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(bytes(problem));
	}

	/** The problem as UTF-8 JSON. */
	public byte[] bytes(ProblemDetail problem) {
		try {
			return this.json.writeValueAsBytes(problem);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Problem not written as JSON", ex);
		}
	}

	/** The Vietnamese title of a status, {@code problem.title.<status>}. */
	public String title(int status) {
		return this.messages.getMessage("problem.title." + status, null, text("problem.title.other"), VIETNAMESE);
	}

	/** The Vietnamese text of a bundle key; the generic error text when it is missing. */
	public String text(String key, Object... args) {
		String generic = this.messages.getMessage("problem.internal-error", null, "", VIETNAMESE);
		return this.messages.getMessage(key, args, generic, VIETNAMESE);
	}

	/** Whether the bundle has a text for the key. */
	boolean hasText(String key) {
		return this.messages.getMessage(key, null, null, VIETNAMESE) != null;
	}

	/** The slug of the generic problem of a status: {@code not-found} for 404. */
	public static String slugOf(int status) {
		return STATUS_SLUGS.getOrDefault(status, "http-" + status);
	}

	static String detailKeyOf(int status) {
		return (status >= 500 && status != 503) ? "problem.internal-error" : "problem.detail." + status;
	}

	static URI type(String slug) {
		return URI.create("/problems/" + slug);
	}

	/** The path as instance, or none when it is not a valid URI reference. */
	static URI instance(String path) {
		try {
			return (path != null && path.length() <= 2048) ? URI.create(path) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
