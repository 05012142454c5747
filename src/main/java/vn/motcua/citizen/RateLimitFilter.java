package vn.motcua.citizen;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * Limits {@code /api/public/**} per client IP address, with a stricter bucket for the
 * look-up of a dossier (against guessing codes and ID numbers). Over the limit: 429 with
 * a Vietnamese problem and {@code Retry-After}. The client address is the connection's,
 * or the last {@code X-Forwarded-For} entry when the connection comes from a trusted
 * proxy (the load balancer).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Pattern LOOKUP = Pattern.compile("/api/public/dossiers/[^/]+(/receipt\\.pdf)?");

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final TokenBuckets requests;

	private final TokenBuckets lookups;

	private final Set<String> trustedProxies;

	private final MessageSource messages;

	private final ObjectMapper json;

	RateLimitFilter(CitizenProperties.RateLimit limits, Clock clock, MessageSource messages, ObjectMapper json) {
		this.requests = new TokenBuckets(limits.requests(), limits.period(), limits.maxClients(), clock);
		this.lookups = new TokenBuckets(limits.lookups(), limits.period(), limits.maxClients(), clock);
		this.trustedProxies = Set.copyOf(limits.trustedProxies());
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request);
		long wait = this.requests.take(client);
		if (wait == 0 && "GET".equals(request.getMethod()) && LOOKUP.matcher(path(request)).matches()) {
			wait = this.lookups.take(client);
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
