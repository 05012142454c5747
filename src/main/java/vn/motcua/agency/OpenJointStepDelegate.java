package vn.motcua.agency;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;

/**
 * "Chuyển hồ sơ đến cơ quan liên thông": opens one step of a liên thông procedure. Its
 * agency, groups and own due time (the agency's share of the days) become variables of
 * the step alone, so steps that run side by side do not overwrite each other, and each
 * agency's timers and lateness are its own.
 */
@Component("openJointStep")
class OpenJointStepDelegate implements JavaDelegate {

	/** Set by the called agency process; kept per step. */
	private static final List<String> STEP_OUTCOMES = List.of("appraisalResult", "leaderDecision", "appraisalNote",
			"approvalNote");

	private final JointSteps plan;

	private final Catalogue catalogue;

	private final AgencySteps agencySteps;

	private final DossierRegister register;

	private final DossierSteps steps;

	private final Routing routing;

	OpenJointStepDelegate(JointSteps plan, Catalogue catalogue, AgencySteps agencySteps, DossierRegister register,
			DossierSteps steps, Routing routing) {
		this.plan = plan;
		this.catalogue = catalogue;
		this.agencySteps = agencySteps;
		this.register = register;
		this.steps = steps;
		this.routing = routing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		int index = ((Number) execution.getVariable("stepIndex")).intValue();
		Procedure.Step step = this.plan.step(dossier, index);
		Agency agency = competent(dossier,
				this.catalogue.agency(step.agency())
					.orElseThrow(() -> new IllegalStateException("Step " + (index + 1) + " of dossier " + dossier.code()
							+ " goes to agency " + step.agency() + ", which left the catalogue")));
		Date due = this.plan.due(step);
		var stepDue = due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
		execution.setVariableLocal(ProcessVariables.AGENCY, agency.code());
		execution.setVariableLocal(ProcessVariables.SPECIALIST_GROUP, agency.group("chuyen-vien"));
		execution.setVariableLocal(ProcessVariables.LEADER_GROUP, agency.group("lanh-dao"));
		execution.setVariableLocal(ProcessVariables.DUE_AT, due);
		execution.setVariableLocal(ProcessVariables.DUE_TEXT, VietnameseTime.HOUR_AND_DAY.format(stepDue));
		STEP_OUTCOMES.forEach((name) -> execution.setVariableLocal(name, null));
		String code = dossier.code();
		var now = this.steps.now();
		this.agencySteps.open(code, agency.code(), step.days(), now, stepDue.toOffsetDateTime());
		this.register.record(
				new DossierEvent(code, now, "FORWARDED", null, this.steps.actor(), agency.code(),
						execution.getCurrentActivityId(), stepDue.toOffsetDateTime(), null,
						"Chuyển đến " + agency.name() + " (bước liên thông " + (index + 1) + ")", true),
				DossierChange.none());
	}

	/**
	 * The agency that does the step: the routing table decides as for the dossier, with
	 * the step's agency and its level, so a commune's step goes to the applicant's
	 * commune when the table says so.
	 */
	private Agency competent(Dossier dossier, Agency planned) {
		// No matching row: the step fails and shows as an incident, never a guess.
		Routing.Decision routed = this.routing
			.route(planned.level(), planned.code(), dossier.receivingUnit(),
					this.register.applicantCommune(dossier.code()))
			.orElseThrow(() -> new IllegalStateException("No row of phan-cong.dmn matches the step at " + planned.code()
					+ " (level " + planned.level() + ") of dossier " + dossier.code()));
		return this.catalogue.agency(routed.agency())
			.orElseThrow(() -> new IllegalStateException("The routing table chose an unknown agency " + routed.agency()
					+ " for a step of dossier " + dossier.code()));
	}

}
