package vn.motcua.citizen;

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

}
