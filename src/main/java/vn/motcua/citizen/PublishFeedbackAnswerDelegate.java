package vn.motcua.citizen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.notify.NotificationOutbox;

import org.springframework.stereotype.Component;

/**
 * "Công khai câu trả lời": the agency's answer or refusal becomes visible to the sender.
 */
@Component("publishFeedbackAnswer")
class PublishFeedbackAnswerDelegate implements JavaDelegate {

	private final Feedbacks feedbacks;

	private final DossierSteps steps;

	private final NotificationOutbox notifications;

	PublishFeedbackAnswerDelegate(Feedbacks feedbacks, DossierSteps steps, NotificationOutbox notifications) {
		this.feedbacks = feedbacks;
		this.steps = steps;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean refused = "refuse".equals(execution.getVariable("feedbackDecision"));
		// The feedback this instance was started for, never a variable.
		String code = execution.getProcessBusinessKey();
		String answer = (String) execution.getVariable("feedbackAnswer");
		this.feedbacks.answer(code, refused ? "TU_CHOI" : "DA_TRA_LOI", answer, this.steps.actor());
		this.feedbacks.full(code)
			.map(FeedbackView::contact)
			.ifPresent((contact) -> this.notifications.feedbackAnswered(code, contact, answer));
	}

}
