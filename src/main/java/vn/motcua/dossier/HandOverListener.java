package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.motcua.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * Added to every user task by the engine plugin, so designers need not: a new task takes
 * the dossier's due time as its due date (Tasklist sorts and colours by it), and every
 * completed task becomes a row of the Phiếu kiểm soát with who finished it, when, and
 * whether it was early, on time or late.
 */
@Component
public class HandOverListener implements TaskListener {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final java.util.List<String> LISTED = java.util.List.of(ProcessVariables.DOSSIER_CODE,
			ProcessVariables.PROCEDURE_NAME, ProcessVariables.DUE_TEXT);

	private final DossierRegister register;

	private final DossierSteps steps;

	private final WorkingDayCalendar calendar;

	HandOverListener(DossierRegister register, DossierSteps steps, WorkingDayCalendar calendar) {
		this.register = register;
		this.steps = steps;
		this.calendar = calendar;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			// Task-local copies: Tasklist lists them to officers who may read the task
			// but not the process.
			for (String name : LISTED) {
				Object value = task.getVariable(name);
				if (value != null) {
					task.setVariableLocal(name, value);
				}
			}
			Object due = task.getVariable(ProcessVariables.DUE_AT);
			if (due instanceof Date dueAt) {
				if (task.getDueDate() == null) {
					task.setDueDate(dueAt);
				}
				task.setVariableLocal("daysLeftText", daysLeft(dueAt));
			}
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			String code = (String) task.getVariable(ProcessVariables.DOSSIER_CODE);
			if (code == null) {
				return;
			}
			OffsetDateTime now = this.steps.now();
			OffsetDateTime due = (task.getDueDate() != null)
					? task.getDueDate().toInstant().atZone(VIETNAM).toOffsetDateTime() : null;
			this.register.append(new DossierEvent(code, now, "TASK_COMPLETED", null, this.steps.actor(), unit(task),
					task.getTaskDefinitionKey(), due, StepResult.of(now, due), task.getName(), false));
		}
	}

	/** What the form says about the time left, counted in working days from today. */
	String daysLeft(Date due) {
		OffsetDateTime now = this.steps.now();
		if (now.toInstant().isAfter(due.toInstant())) {
			int late = this.calendar.workingDaysBetween(day(due), now.atZoneSameInstant(VIETNAM).toLocalDate());
			return (late == 0) ? "đã quá giờ hẹn hôm nay" : "đã quá hạn " + late + " ngày làm việc";
		}
		int left = this.calendar.workingDaysBetween(now.atZoneSameInstant(VIETNAM).toLocalDate(), day(due));
		return (left == 0) ? "đến hạn trong hôm nay" : "còn " + left + " ngày làm việc";
	}

	private static java.time.LocalDate day(Date date) {
		return date.toInstant().atZone(VIETNAM).toLocalDate();
	}

	private static String unit(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.map((link) -> link.getGroupId())
			.filter((group) -> group != null && group.contains(":"))
			.map((group) -> group.substring(0, group.indexOf(':')))
			.findFirst()
			.orElse(null);
	}

}
