package vn.motcua.deadline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;

/**
 * "Tiếp tục tính hạn": the supplement has arrived, so the clock runs again and the
 * appointment moves by exactly the office time it stood still, in hours and minutes
 * (supplement time is not counted, Quyết định 766/QĐ-TTg): paused Monday 15:30, resumed
 * Tuesday 08:50 is 2 h 50, and a Friday 17:00 appointment becomes Monday 10:20. Both
 * steps are the calendar's own ({@link WorkingDayCalendar#workingTimeBetween},
 * {@link WorkingDayCalendar#addWorkingTime}).
 */
@Component("resumeDeadline")
class ResumeDeadlineDelegate implements JavaDelegate {

	private final DossierRegister register;

	private final DossierSteps steps;

	private final WorkingDayCalendar calendar;

	ResumeDeadlineDelegate(DossierRegister register, DossierSteps steps, WorkingDayCalendar calendar) {
		this.register = register;
		this.steps = steps;
		this.calendar = calendar;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		OffsetDateTime now = this.steps.now();
		// Whole minutes of office time, as the note and the register count them: seconds
		// would move a 17:00 appointment to 07:30 the next day.
		Duration paused = (dossier.pausedAt() != null)
				? this.calendar.workingTimeBetween(dossier.pausedAt().toZonedDateTime(), now.toZonedDateTime())
					.truncatedTo(ChronoUnit.MINUTES)
				: Duration.ZERO;
		OffsetDateTime due = moved(dossier.dueAt(), paused);
		// Lateness is judged against the appointment before any apology; the pause moves
		// it too.
		OffsetDateTime original = (dossier.originalDueAt() != null) ? moved(dossier.originalDueAt(), paused) : due;
		DeadlineSteps.setDue(execution, due, dossier.apologyCount());
		this.register.record(
				new DossierEvent(dossier.code(), now, "RESUMED", DossierStatus.DANG_XU_LY, this.steps.actor(),
						dossier.receivingUnit(), execution.getCurrentActivityId(), due, null,
						(dossier.pausedAt() != null)
								? "Tạm dừng " + text(paused) + " làm việc; hẹn trả mới "
										+ VietnameseTime.HOUR_AND_DAY.format(due)
								// A financial obligation whose time the procedure counts.
								: "Thời hạn không tạm dừng; hẹn trả " + VietnameseTime.HOUR_AND_DAY.format(due),
						true),
				DossierChange.none()
					.pausedAt(null)
					.addPause(paused.toMinutes(), this.calendar.workingDay().toMinutes())
					.dueAt(due)
					.originalDueAt(original));
	}

	private OffsetDateTime moved(OffsetDateTime due, Duration paused) {
		return this.calendar.addWorkingTime(due.toZonedDateTime(), paused).toOffsetDateTime();
	}

	/** "2 giờ 50 phút", "24 giờ", "0 phút". */
	static String text(Duration time) {
		long hours = time.toHours();
		int minutes = time.toMinutesPart();
		if (hours == 0) {
			return minutes + " phút";
		}
		return (minutes == 0) ? hours + " giờ" : hours + " giờ " + minutes + " phút";
	}

}
