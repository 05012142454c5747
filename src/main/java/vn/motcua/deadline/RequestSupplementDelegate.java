package vn.motcua.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRules;
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
 * <p>
 * The same wait serves a financial obligation (nghĩa vụ tài chính) an agency notifies
 * during appraisal (field {@code reason} = {@code obligation}): the applicant pays, the
 * center receives the proof, the agency goes on. It is not a supplement (the once-only
 * limit is untouched); whether its time stops the clock is the procedure's rule, kept at
 * reception; a procedure without one refuses it.
 */
@Component("requestSupplement")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class RequestSupplementDelegate implements JavaDelegate {

	/** The appraisal's proposal that names a financial obligation. */
	static final String OBLIGATION = "obligation";

	private final DossierRegister register;

	private final DossierSteps steps;

	private final DossierRules rules;

	private Expression note;

	private Expression reason;

	RequestSupplementDelegate(DossierRegister register, DossierSteps steps, DossierRules rules) {
		this.register = register;
		this.steps = steps;
		this.rules = rules;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		if (this.reason != null && OBLIGATION.equals(this.reason.getValue(execution))) {
			notifyObligation(execution, dossier);
			return;
		}
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

	private void notifyObligation(DelegateExecution execution, Dossier dossier) {
		Boolean stopsClock = this.rules.of(dossier).obligationStopsClock();
		if (stopsClock == null) {
			throw new StepRefused("Thủ tục của hồ sơ " + dossier.code()
					+ " không có nghĩa vụ tài chính trong danh mục; hãy chọn đề xuất khác.");
		}
		Object notice = (this.note != null) ? this.note.getValue(execution) : null;
		if (notice == null || notice.toString().isBlank()) {
			throw new StepRefused("Cần ghi các khoản nghĩa vụ tài chính người nộp phải thực hiện.");
		}
		var now = this.steps.now();
		boolean pause = stopsClock && dossier.pausedAt() == null;
		this.register.record(
				new DossierEvent(dossier.code(), now, "FINANCIAL_OBLIGATION", pause ? DossierStatus.TAM_DUNG : null,
						this.steps.actor(), (String) execution.getVariable(ProcessVariables.AGENCY),
						execution.getCurrentActivityId(), null, null,
						"Thông báo nghĩa vụ tài chính" + (pause ? " (tạm dừng tính hạn)" : " (thời hạn vẫn tính)")
								+ ": " + notice,
						true),
				pause ? DossierChange.none().pausedAt(now) : DossierChange.none());
	}

}
