package vn.motcua.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A business error answered as RFC 9457 problem details. Its {@code detail} is the
 * Vietnamese text of {@code messageKey} in {@code i18n/messages_vi.properties}, formatted
 * with {@code args}.
 */
public class ApiException extends ErrorResponseException {

	private final String messageKey;

	private final transient Object[] args;

	/**
	 * @param status the HTTP status
	 * @param problem a short kebab-case id; the problem type becomes
	 * {@code /problems/<problem>}
	 * @param messageKey the bundle key of the Vietnamese detail
	 * @param args arguments of the message
	 */
	public ApiException(HttpStatus status, String problem, String messageKey, Object... args) {
		super(status, problemFor(status, problem), null, messageKey, args);
		this.messageKey = messageKey;
		this.args = args;
	}

	private static ProblemDetail problemFor(HttpStatus status, String problem) {
		ProblemDetail detail = ProblemDetail.forStatus(status);
		detail.setType(URI.create("/problems/" + problem));
		return detail;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return this.args;
	}

	@Override
	public String getTitleMessageCode() {
		return "problem.title." + getStatusCode().value();
	}

}
