package vn.motcua.citizen;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request over the container's multipart limits fails before any controller is chosen,
 * so the package-scoped problem advice does not see it: answer it here with the same
 * Vietnamese problem (413).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final MessageSource messages;

	UploadLimitAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		problem.setType(URI.create("/problems/file-too-large"));
		problem.setTitle(this.messages.getMessage("problem.title.413", null, "Payload Too Large",
				LocaleContextHolder.getLocale()));
		problem.setDetail(this.messages.getMessage(
				"problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException", null,
				"Payload Too Large", LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
