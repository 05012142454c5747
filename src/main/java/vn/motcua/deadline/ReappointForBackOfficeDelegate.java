package vn.motcua.deadline;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;

/**
 * "Xin lỗi, hẹn lại do chuyển cơ quan xử lý": an on-site dossier whose receipt (Mẫu 01)
 * promised the result today goes to the agency's back office after all. That is the
 * dossier's one re-appointment (Mẫu 04): the new date is the statutory limit of the rule
 * it was received under, counted from reception, and the dossier stays late against the
 * printed appointment, for the on-site agency. A dossier already re-appointed keeps the
 * date it was given.
 */
@Component("reappointForBackOffice")
class ReappointForBackOfficeDelegate implements JavaDelegate {

	static final String REASON = "Hồ sơ cần chuyển bộ phận chuyên môn của cơ quan giải quyết, không trả được trong ngày";

	private final DossierRules rules;

	private final DossierSteps steps;

	private final DossierRegister register;

	private final WorkingDayCalendar calendar;

	private final Reappointment reappointment;

	ReappointForBackOfficeDelegate(DossierRules rules, DossierSteps steps, DossierRegister register,
			WorkingDayCalendar calendar, Reappointment reappointment) {
		this.rules = rules;
		this.steps = steps;
		this.register = register;
		this.calendar = calendar;
		this.reappointment = reappointment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		if (dossier.apologyCount() >= 1) {
			DeadlineSteps.setDue(execution, dossier.dueAt(), dossier.apologyCount());
			this.register.record(
					new DossierEvent(dossier.code(), this.steps.now(), "STEP", null, this.steps.actor(),
							dossier.agency(), execution.getCurrentActivityId(), dossier.dueAt(), null,
							"Chuyển cơ quan xử lý; giữ ngày hẹn đã hẹn lại "
									+ VietnameseTime.HOUR_AND_DAY.format(dossier.dueAt()),
							false),
					DossierChange.none());
			return;
		}
		OffsetDateTime due = this.calendar
			.dueAt(dossier.acceptedAt().toInstant(), RuleDeadlines.statutory(this.rules.of(dossier)))
			.toOffsetDateTime();
		this.reappointment.record(execution, dossier, due, REASON, dossier.agency());
	}

}
