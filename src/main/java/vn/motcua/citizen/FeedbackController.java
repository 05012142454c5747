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
	 * The whole feedback for the officers who handle it: the agency concerned, and center
	 * managers.
	 */
	@GetMapping("/api/feedback/{code}")
	Map<String, Object> full(@PathVariable String code) {
		Officer officer = Officer.current();
		return this.feedbacks.full(code)
			.filter((row) -> officer.seesEveryAgency() || officer.agencies().contains(row.get("agency"))
					|| (row.get("agency") == null && officer.agencies().contains("trung-tam")))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "feedback-not-found",
					"citizen.feedback.not-found", code));
	}

}
