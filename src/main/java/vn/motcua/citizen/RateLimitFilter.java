package vn.motcua.citizen;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	private final ClientBuckets buckets;

	private final Set<String> trustedProxies;

	private final Problems problems;

	RateLimitFilter(CitizenProperties.RateLimit limits, ClientBuckets buckets, Problems problems) {
		this.buckets = buckets;
		this.trustedProxies = Set.copyOf(limits.trustedProxies());
		this.problems = problems;
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
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				"citizen.rate-limited", seconds);
	}

}
