package vn.motcua.deadline;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * appointment moves by the working days it stood still (supplement time is not counted,
 * Quyết định 766/QĐ-TTg).
 */
@Component("resumeDeadline")
class ResumeDeadlineDelegate implements JavaDelegate {

	private final DossierRegister register;

	private final DossierSteps steps;

	private final WorkingTime time;

	ResumeDeadlineDelegate(DossierRegister register, DossierSteps steps, WorkingTime time) {
		this.register = register;
		this.steps = steps;
		this.time = time;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		OffsetDateTime now = this.steps.now();
		int paused = (dossier.pausedAt() != null) ? this.time.workingDaysBetween(dossier.pausedAt(), now) : 0;
		OffsetDateTime due = this.time.addWorkingDays(dossier.dueAt(), paused);
		// Lateness is judged against the appointment before any apology; the pause moves
		// it too.
		OffsetDateTime original = (dossier.originalDueAt() != null)
				? this.time.addWorkingDays(dossier.originalDueAt(), paused) : due;
		DeadlineSteps.setDue(execution, due, dossier.apologyCount());
		this.register.record(new DossierEvent(dossier.code(), now, "RESUMED", DossierStatus.DANG_XU_LY,
				this.steps.actor(), dossier.receivingUnit(), execution.getCurrentActivityId(), due, null,
				"Tạm dừng " + paused + " ngày làm việc; hẹn trả mới " + VietnameseTime.HOUR_AND_DAY.format(due), true),
				DossierChange.none()
					.pausedAt(null)
					.pausedWorkingDays(dossier.pausedWorkingDays() + paused)
					.dueAt(due)
					.originalDueAt(original));
	}

}
