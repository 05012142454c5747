package vn.motcua.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error} fallback (errors raised in filters, {@code sendError} of
 * other servlets): a problem for every client that does not ask for HTML, and for the
 * API's paths even when it does. Other pages (webapps) keep the HTML error page.
 */
class ProblemErrorController extends BasicErrorController {

	private final Problems problems;

	ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> views,
			Problems problems) {
		super(attributes, properties, views);
		this.problems = problems;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		try {
			this.problems.write(null, response, problem(request));
		}
		catch (IOException ex) {
			// The client is gone.
		}
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		ProblemDetail problem = problem(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance());
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private ProblemDetail problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemDetail problem = this.problems.of(status);
		problem.setInstance(Problems.instance(originalPath(request)));
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = originalPath(request);
		return path != null && (path.startsWith("/api/") || path.startsWith("/engine-rest/"));
	}

	private static String originalPath(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (path != null) ? path.toString() : null;
	}

}
