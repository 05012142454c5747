package vn.motcua.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API prefixes a refused task completion with English ("Cannot submit
 * task form 3f2…: Chưa đính kèm…"), and Tasklist shows that message as it is. The officer
 * reads only the Vietnamese reason: the prefix is cut from 400 answers to task posts.
 */
class EngineRefusalMessages extends OncePerRequestFilter {

	private static final Pattern PREFIX = Pattern
		.compile("^Cannot (?:submit task form|complete task|resolve task) \\S+: (.+)$", Pattern.DOTALL);

	private final ObjectMapper json;

	EngineRefusalMessages(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/task/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, cached);
			if (cached.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
				withoutPrefix(cached);
			}
		}
		finally {
			cached.copyBodyToResponse();
		}
	}

	private void withoutPrefix(ContentCachingResponseWrapper cached) throws IOException {
		byte[] body = cached.getContentAsByteArray();
		JsonNode answer;
		try {
			answer = this.json.readTree(body);
		}
		catch (IOException notJson) {
			return;
		}
		if (answer instanceof ObjectNode object && object.path("message").isTextual()) {
			Matcher matcher = PREFIX.matcher(object.get("message").asText());
			if (matcher.matches()) {
				object.put("message", matcher.group(1));
				cached.resetBuffer();
				cached.getOutputStream().write(this.json.writeValueAsString(object).getBytes(StandardCharsets.UTF_8));
			}
		}
	}

}
