package vn.motcua.citizen;

import java.net.URI;
import java.util.ArrayList;
import java.util.Map;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.TaskService;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Phản ánh, kiến nghị from anyone, without login. */
@RestController
class FeedbackController {

	static final String PROCESS = "phan-anh-kien-nghi";

	private final Feedbacks feedbacks;

	private final TaskService tasks;

	FeedbackController(Feedbacks feedbacks, TaskService tasks) {
		this.feedbacks = feedbacks;
		this.tasks = tasks;
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
	 * The whole feedback for the officers who handle it: whoever holds or is offered one
	 * of its open tasks; the officers of the agency it names; for feedback naming no
	 * known agency, the center's reception and leaders; center managers always. Anybody
	 * else is told it does not exist.
	 */
	@GetMapping("/api/feedback/{code}")
	FeedbackView full(@PathVariable String code) {
		Officer officer = Officer.current();
		return this.feedbacks.full(code)
			.filter((view) -> mayRead(officer, view))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "feedback-not-found",
					"citizen.feedback.not-found", code));
	}

	private boolean mayRead(Officer officer, FeedbackView view) {
		if (officer.seesEveryAgency() || holdsATask(officer, view.code())) {
			return true;
		}
		if (Feedbacks.CENTER.equals(view.handler())) {
			return officer.agenciesWithRole("tiep-nhan").contains(view.handler())
					|| officer.agenciesWithRole("lanh-dao").contains(view.handler());
		}
		return officer.agencies().contains(view.handler());
	}

	/** Assigned, or offered through one of the officer's groups, an open task of it. */
	private boolean holdsATask(Officer officer, String code) {
		if (officer.groups().isEmpty()) {
			return this.tasks.createTaskQuery()
				.processDefinitionKey(PROCESS)
				.processInstanceBusinessKey(code)
				.taskAssignee(officer.userId())
				.count() > 0;
		}
		return this.tasks.createTaskQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(code)
			.or()
			.taskAssignee(officer.userId())
			.taskCandidateGroupIn(new ArrayList<>(officer.groups()))
			.endOr()
			.count() > 0;
	}

}
