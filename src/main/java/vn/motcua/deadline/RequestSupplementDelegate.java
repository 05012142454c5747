package vn.motcua.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Yêu cầu bổ sung, hoàn thiện hồ sơ" (Mẫu 02). The law allows one request per dossier
 * (Nghị định 118/2025/NĐ-CP, Điều 11): a second one is refused and the officer's task
 * stays open and the officer reads why (400 on the REST API, a message in Tasklist),
 * never a 500. Before acceptance the clock has not started; after it, the clock stops
 * until the supplement arrives. Field {@code note}: the items to supplement.
 */
@Component("requestSupplement")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class RequestSupplementDelegate implements JavaDelegate {

	private final DossierRegister register;

	private final DossierSteps steps;

	private Expression note;

	RequestSupplementDelegate(DossierRegister register, DossierSteps steps) {
		this.register = register;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		if (dossier.supplementCount() >= 1) {
			throw new StepRefused("Hồ sơ " + dossier.code()
					+ " đã được yêu cầu bổ sung một lần; không được yêu cầu bổ sung lần thứ hai (Nghị định 118/2025/NĐ-CP, Điều 11).");
		}
		Object items = (this.note != null) ? this.note.getValue(execution) : null;
		if (items == null || items.toString().isBlank()) {
			// The appraisal note is optional on approval, never on a supplement request.
			throw new StepRefused(
					"Cần ghi đầy đủ nội dung cần bổ sung, hoàn thiện hồ sơ (Nghị định 118/2025/NĐ-CP, Điều 11).");
		}
		boolean clockRunning = dossier.acceptedAt() != null;
		var now = this.steps.now();
		int count = dossier.supplementCount() + 1;
		execution.setVariable(ProcessVariables.SUPPLEMENT_COUNT, count);
		DossierChange change = DossierChange.none().supplementCount(count);
		if (clockRunning) {
			change.pausedAt(now);
		}
		this.register.record(new DossierEvent(dossier.code(), now, "SUPPLEMENT_REQUESTED",
				clockRunning ? DossierStatus.TAM_DUNG : DossierStatus.CHO_BO_SUNG, this.steps.actor(),
				(String) execution.getVariable(ProcessVariables.AGENCY), execution.getCurrentActivityId(), null, null,
				items.toString(), true), change);
	}

}
