package vn.motcua.deadline;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.ProcedureRule;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.web.VietnameseTime;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Tính hạn giải quyết": on acceptance, counts the procedure's committed working days (or
 * hours) on the calendar from now and writes the appointment printed on the Giấy tiếp
 * nhận (Mẫu 01). The days are those of the rule the dossier was received under
 * ({@link DossierRules}), not the catalogue's current entry. Field {@code rule}:
 * {@code statutory} counts the legal limit from the time of reception instead (an on-site
 * dossier handed over to the standard flow); {@code committed} (the template's default)
 * the catalogue's committed days.
 */
@Component("startDeadline")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class StartDeadlineDelegate implements JavaDelegate {

	private final DossierRules rules;

	private final DossierRegister register;

	private final DossierSteps steps;

	private final WorkingDayCalendar calendar;

	private Expression rule;

	StartDeadlineDelegate(DossierRules rules, DossierRegister register, DossierSteps steps,
			WorkingDayCalendar calendar) {
		this.rules = rules;
		this.register = register;
		this.steps = steps;
		this.calendar = calendar;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		ProcedureRule received = this.rules.of(dossier);
		OffsetDateTime now = this.steps.now();
		String chosen = (this.rule != null) ? String.valueOf(this.rule.getValue(execution)) : "committed";
		if (!"committed".equals(chosen) && !"statutory".equals(chosen)) {
			throw new IllegalStateException("Field rule of " + execution.getCurrentActivityId()
					+ " must be committed or statutory, not " + chosen);
		}
		boolean statutory = "statutory".equals(chosen);
		// Always the first acceptance: a dossier accepted on site that later goes to the
		// back office is re-appointed (reappointForBackOffice), not counted again.
		OffsetDateTime accepted = now;
		DeadlineSpec spec = statutory ? RuleDeadlines.statutory(received) : RuleDeadlines.committed(received);
		OffsetDateTime due = this.calendar.dueAt(accepted.toInstant(), spec).toOffsetDateTime();
		DeadlineSteps.setDue(execution, due, dossier.apologyCount());
		this.register.record(
				new DossierEvent(dossier.code(), now, "ACCEPTED", DossierStatus.DANG_XU_LY, this.steps.actor(),
						dossier.receivingUnit(), execution.getCurrentActivityId(), due, null,
						"Hẹn trả kết quả " + VietnameseTime.HOUR_AND_DAY.format(due), true),
				DossierChange.none().acceptedAt(accepted).dueAt(due).originalDueAt(due));
	}

}
