package vn.motcua.citizen;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits {@code /api/public/**} per client address, with a stricter bucket for every
 * request that names a dossier ({@code /api/public/dossiers/{code}} and anything below
 * it, whatever the method: GET, HEAD, POST), since each one tells whether a code and ID
 * number go together. Over the limit: 429 with a Vietnamese problem and
 * {@code Retry-After}. The client address is the connection's, or the last
 * {@code X-Forwarded-For} entry when the connection comes from a trusted proxy (the load
 * balancer); IPv6 clients count by their /64 network ({@link ClientAddress}).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final String DOSSIERS = "/api/public/dossiers/";

	private static final Pattern SLASHES = Pattern.compile("/{2,}");

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final ClientBuckets buckets;

	private final Set<String> trustedProxies;

	private final MessageSource messages;

	private final ObjectMapper json;

	RateLimitFilter(CitizenProperties.RateLimit limits, ClientBuckets buckets, MessageSource messages,
			ObjectMapper json) {
		this.buckets = buckets;
		this.trustedProxies = Set.copyOf(limits.trustedProxies());
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = ClientAddress.key(client(request));
		long wait = this.buckets.request(client);
		if (wait == 0 && namesDossier(request)) {
			wait = this.buckets.lookup(client);
		}
		if (wait > 0) {
			tooMany(request, response, wait);
			return;
		}
		chain.doFilter(request, response);
	}

	private String client(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded != null && !forwarded.isBlank() && this.trustedProxies.contains(address)) {
			String[] hops = forwarded.split(",");
			return hops[hops.length - 1].strip();
		}
		return address;
	}

	/**
	 * Whether the request is about one dossier: its path, as the container decoded and
	 * normalized it, goes below {@code /api/public/dossiers/}.
	 */
	static boolean namesDossier(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		path = SLASHES.matcher(path).replaceAll("/");
		return path.startsWith(DOSSIERS) && path.length() > DOSSIERS.length();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
		problem.setType(URI.create("/problems/too-many-requests"));
		problem.setTitle(this.messages.getMessage("problem.title.429", null, "Too Many Requests", VI));
		problem.setDetail(
				this.messages.getMessage("citizen.rate-limited", new Object[] { seconds }, "Too Many Requests", VI));
		problem.setInstance(URI.create(path(request)));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
