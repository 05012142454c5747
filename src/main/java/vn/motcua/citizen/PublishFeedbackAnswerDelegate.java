package vn.motcua.citizen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.dossier.DossierSteps;

import org.springframework.stereotype.Component;

/**
 * "Công khai câu trả lời": the agency's answer or refusal becomes visible to the sender.
 */
@Component("publishFeedbackAnswer")
class PublishFeedbackAnswerDelegate implements JavaDelegate {

	private final Feedbacks feedbacks;

	private final DossierSteps steps;

	PublishFeedbackAnswerDelegate(Feedbacks feedbacks, DossierSteps steps) {
		this.feedbacks = feedbacks;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean refused = "refuse".equals(execution.getVariable("feedbackDecision"));
		this.feedbacks.answer((String) execution.getVariable("feedbackCode"), refused ? "TU_CHOI" : "DA_TRA_LOI",
				(String) execution.getVariable("feedbackAnswer"), this.steps.actor());
	}

}
