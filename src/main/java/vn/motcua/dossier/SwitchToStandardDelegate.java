package vn.motcua.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * "Chuyển sang quy trình một cửa thường": an on-site dossier that needs the agency's back
 * office continues in the standard flow at its hand-over to the agency, under the same
 * code, without being entered again. Only the flow's own variables move; the register row
 * stays as it is.
 */
@Component("switchToStandard")
class SwitchToStandardDelegate implements JavaDelegate {

	static final String STANDARD_FLOW = "mot-cua";

	static final String ENTRY_STEP = "agency-stage";

	private static final List<String> CARRIED = List.of(ProcessVariables.DOSSIER_CODE, ProcessVariables.PROCEDURE_CODE,
			ProcessVariables.PROCEDURE_NAME, ProcessVariables.RECEIVING_UNIT, ProcessVariables.AGENCY,
			ProcessVariables.RECEPTION_GROUP, ProcessVariables.SPECIALIST_GROUP, ProcessVariables.LEADER_GROUP,
			ProcessVariables.FEE_AMOUNT, ProcessVariables.CHANNEL, ProcessVariables.CHANNEL_LABEL,
			ProcessVariables.SUPPLEMENT_COUNT, ProcessVariables.DUE_AT, ProcessVariables.DUE_TEXT,
			ProcessVariables.APOLOGY_COUNT);

	private final DossierRegister register;

	private final DossierSteps steps;

	SwitchToStandardDelegate(DossierRegister register, DossierSteps steps) {
		this.register = register;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = this.steps.dossierCode(execution);
		Map<String, Object> variables = new HashMap<>();
		for (String name : CARRIED) {
			Object value = execution.getVariable(name);
			if (value != null) {
				variables.put(name, value);
			}
		}
		this.register.record(
				new DossierEvent(code, this.steps.now(), "SWITCHED_TO_STANDARD", DossierStatus.DANG_XU_LY,
						this.steps.actor(), (String) execution.getVariable(ProcessVariables.AGENCY),
						execution.getCurrentActivityId(), null, null, "Chuyển sang quy trình một cửa thường", true),
				DossierChange.none());
		// Unlinked while the standard flow starts: its first steps run before it is
		// linked.
		this.register.linkProcess(code, null);
		var started = execution.getProcessEngineServices()
			.getRuntimeService()
			.createProcessInstanceByKey(STANDARD_FLOW)
			.businessKey(code)
			.setVariables(variables)
			.startBeforeActivity(ENTRY_STEP)
			.execute();
		this.register.linkProcess(code, started.getId());
	}

}
