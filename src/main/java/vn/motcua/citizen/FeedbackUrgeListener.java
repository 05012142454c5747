package vn.motcua.citizen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.motcua.dossier.DossierSteps;

import org.springframework.stereotype.Component;

/**
 * "Đôn đốc trả lời phản ánh quá hạn", on its end: what the center's leader wrote
 * ({@code urgeNote}, form urge-answer) is kept with the feedback.
 */
@Component("recordFeedbackUrge")
class FeedbackUrgeListener implements ExecutionListener {

	static final String URGE_NOTE = "urgeNote";

	private final Feedbacks feedbacks;

	private final DossierSteps steps;

	FeedbackUrgeListener(Feedbacks feedbacks, DossierSteps steps) {
		this.feedbacks = feedbacks;
		this.steps = steps;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		Object note = execution.getVariable(URGE_NOTE);
		this.feedbacks.urged(execution.getProcessBusinessKey(), (note != null) ? note.toString() : null,
				this.steps.actor());
	}

}
