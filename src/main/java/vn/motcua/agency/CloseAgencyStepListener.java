package vn.motcua.agency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;

import org.springframework.stereotype.Component;

/**
 * "Kết thúc bước của cơ quan": on the end of an agency's work (the call activity), closes
 * its step row with the working days it took and whether it kept its due time.
 */
@Component("closeAgencyStep")
class CloseAgencyStepListener implements ExecutionListener {

	private final AgencySteps steps;

	private final DossierSteps dossierSteps;

	CloseAgencyStepListener(AgencySteps steps, DossierSteps dossierSteps) {
		this.steps = steps;
		this.dossierSteps = dossierSteps;
	}

	@Override
	public void notify(DelegateExecution execution) {
		this.steps.close(this.dossierSteps.dossierCode(execution),
				(String) execution.getVariable(ProcessVariables.AGENCY), this.dossierSteps.now());
	}

}
