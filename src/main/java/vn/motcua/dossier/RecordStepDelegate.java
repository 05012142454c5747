package vn.motcua.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Ghi nhận bước xử lý": records an event on the dossier and, when {@code status} is
 * given, moves it to that status. Reaching {@code CHO_TRA_KET_QUA} stamps the result
 * time, {@code DA_TRA_KET_QUA} the return time. Configured in Modeler with the element
 * template "Ghi nhận bước xử lý hồ sơ". A prototype: the engine injects the fields into
 * the instance, which must not be shared between executions.
 */
@Component("recordStep")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class RecordStepDelegate implements JavaDelegate {

	/** The return forms' field (return-result, hand-over-on-site). */
	static final String RETURN_METHOD = "returnMethod";

	/**
	 * The template's "Giữ nguyên trạng thái": Modeler writes a value for every field, so
	 * "no new status" is a value of its own rather than an empty field the engine
	 * refuses.
	 */
	static final String KEEP_STATUS = "GIU_NGUYEN";

	/**
	 * The note, an input parameter: it may be empty, which a field injection may not be.
	 */
	static final String NOTE = "stepNote";

	static final java.util.Set<String> RETURN_METHODS = java.util.Set.of("tai-quay", "buu-chinh", "dien-tu");

	private final DossierRegister register;

	private final DossierSteps steps;

	private Expression status;

	private Expression event;

	private Expression publicStep;

	/**
	 * The note of an execution listener (a listener takes fields, not input parameters),
	 * e.g. the supplement's note on "Nhận hồ sơ bổ sung"; a task uses {@link #NOTE}.
	 */
	private Expression note;

	RecordStepDelegate(DossierRegister register, DossierSteps steps) {
		this.register = register;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (execution.isCanceled()) {
			// As an end listener of a task that was cancelled (a withdrawal, the work
			// finished first): the step did not happen.
			return;
		}
		String code = this.steps.dossierCode(execution);
		String chosen = text(this.status, execution);
		DossierStatus newStatus = (chosen != null && !KEEP_STATUS.equals(chosen)) ? DossierStatus.valueOf(chosen)
				: null;
		var now = this.steps.now();
		DossierChange change = DossierChange.none();
		if (newStatus == DossierStatus.CHO_TRA_KET_QUA) {
			change.finishedAt(now);
		}
		else if (newStatus == DossierStatus.DA_TRA_KET_QUA) {
			change.returnedAt(now);
			// The return form's choice, kept for the electronic-result rate; only the
			// known values, whatever the variable holds.
			Object method = execution.getVariable(RETURN_METHOD);
			if (method != null && RETURN_METHODS.contains(method.toString())) {
				change.returnMethod(method.toString());
			}
		}
		String type = (text(this.event, execution) != null) ? text(this.event, execution) : "STEP";
		boolean shown = "true".equalsIgnoreCase(text(this.publicStep, execution));
		this.register.record(new DossierEvent(code, now, type, newStatus, this.steps.actor(),
				(String) execution.getVariable(ProcessVariables.AGENCY), execution.getCurrentActivityId(), null, null,
				note(execution), shown), change);
	}

	private String note(DelegateExecution execution) {
		String field = text(this.note, execution);
		if (field != null) {
			return field;
		}
		Object value = execution.getVariableLocal(NOTE);
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

	private static String text(Expression expression, DelegateExecution execution) {
		if (expression == null) {
			return null;
		}
		Object value = expression.getValue(execution);
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

}
