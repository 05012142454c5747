package vn.motcua.agency;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure.InternalStep;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.dossier.StepShares;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Chuyển hồ sơ đến cơ quan giải quyết": points the next tasks at the agency's groups and
 * records the hand-over (a row of the Phiếu kiểm soát). The agency's step is due its
 * shares of appraisal and approval after the hand-over ({@link StepShares}), or at the
 * dossier's due time when the procedure has none. Field {@code agency}: the agency code,
 * usually {@code ${agency}}. A prototype, because the engine injects fields into it.
 */
@Component("forwardToAgency")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ForwardToAgencyDelegate implements JavaDelegate {

	private final Catalogue catalogue;

	private final DossierRegister register;

	private final DossierSteps steps;

	private final AgencySteps agencySteps;

	private final StepShares shares;

	private Expression agency;

	/** The agency's share of the days: an optional input parameter of the task. */
	static final String SHARE_DAYS = "shareDays";

	ForwardToAgencyDelegate(Catalogue catalogue, DossierRegister register, DossierSteps steps, AgencySteps agencySteps,
			StepShares shares) {
		this.catalogue = catalogue;
		this.register = register;
		this.steps = steps;
		this.agencySteps = agencySteps;
		this.shares = shares;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = String.valueOf(this.agency.getValue(execution));
		Agency target = this.catalogue.agency(code)
			.orElseThrow(() -> new IllegalStateException("Unknown agency " + code + " in the model"));
		execution.setVariable(ProcessVariables.AGENCY, target.code());
		execution.setVariable(ProcessVariables.SPECIALIST_GROUP, target.group("chuyen-vien"));
		execution.setVariable(ProcessVariables.LEADER_GROUP, target.group("lanh-dao"));
		Dossier dossier = this.steps.dossier(execution);
		String dossierCode = dossier.code();
		Object due = execution.getVariable(ProcessVariables.DUE_AT);
		var stepDue = this.shares.due(dossier, this.steps.now(), InternalStep.APPRAISAL, InternalStep.APPROVAL)
			.orElse((due instanceof Date date)
					? date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime() : null);
		this.agencySteps.open(dossierCode, target.code(), shareDays(execution), this.steps.now(), stepDue);
		this.register.record(
				new DossierEvent(dossierCode, this.steps.now(), "FORWARDED", null, this.steps.actor(), target.code(),
						execution.getCurrentActivityId(), stepDue, null, "Chuyển đến " + target.name(), true),
				DossierChange.none());
	}

	private static Integer shareDays(DelegateExecution execution) {
		Object share = execution.getVariableLocal(SHARE_DAYS);
		if (share instanceof Number number) {
			return number.intValue();
		}
		if (share == null || share.toString().isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(share.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException(
					"shareDays of " + execution.getCurrentActivityId() + " is not a number: " + share);
		}
	}

}
