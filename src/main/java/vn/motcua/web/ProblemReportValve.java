package vn.motcua.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error answers (a URL or header too long, an encoded slash, bad characters
 * in the request line), which never reach Spring, as Vietnamese problem details: the
 * generic problem of the status, no stack trace, no server version, no echo of the
 * request.
 */
class ProblemReportValve extends ErrorReportValve {

	private final Problems problems;

	ProblemReportValve(Problems problems) {
		this.problems = problems;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemDetail problem = this.problems.of(HttpStatusCode.valueOf(status));
		String body = new String(this.problems.bytes(problem), StandardCharsets.UTF_8);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is already closed: nothing more to say.
		}
	}

}
