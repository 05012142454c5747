package vn.motcua.citizen;

import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Phản ánh, kiến nghị from anyone, without login. */
@RestController
class FeedbackController {

	private final Feedbacks feedbacks;

	FeedbackController(Feedbacks feedbacks) {
		this.feedbacks = feedbacks;
	}

	@PostMapping("/api/public/feedback")
	ResponseEntity<Map<String, String>> receive(@Valid @RequestBody FeedbackRequest request) {
		String code = this.feedbacks.receive(request);
		return ResponseEntity.created(URI.create("/api/public/feedback/" + code)).body(Map.of("code", code));
	}

	/**
	 * The published answer, by the code the sender was given; nothing about the sender.
	 */
	@GetMapping("/api/public/feedback/{code}")
	Map<String, Object> answer(@PathVariable String code) {
		return this.feedbacks.publicView(code)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "feedback-not-found",
					"citizen.feedback.not-found", code));
	}

	/**
	 * The whole feedback for the officers who handle it: those of the agency it names;
	 * for feedback naming no known agency, the center's reception and leaders; center
	 * managers always. Anybody else is told it does not exist.
	 */
	@GetMapping("/api/feedback/{code}")
	Map<String, Object> full(@PathVariable String code) {
		Officer officer = Officer.current();
		return this.feedbacks.full(code)
			.filter((row) -> mayRead(officer, (String) row.get("handler")))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "feedback-not-found",
					"citizen.feedback.not-found", code));
	}

	private static boolean mayRead(Officer officer, String handler) {
		if (officer.seesEveryAgency()) {
			return true;
		}
		if (Feedbacks.CENTER.equals(handler)) {
			return officer.agenciesWithRole("tiep-nhan").contains(handler)
					|| officer.agenciesWithRole("lanh-dao").contains(handler);
		}
		return officer.agencies().contains(handler);
	}

}
