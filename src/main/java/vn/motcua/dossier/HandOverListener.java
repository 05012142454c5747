package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

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

	HandOverListener(DossierRegister register, DossierSteps steps) {
		this.register = register;
		this.steps = steps;
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
			if (due instanceof Date dueAt && task.getDueDate() == null) {
				task.setDueDate(dueAt);
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
					task.getTaskDefinitionKey(), due, result(now, due), task.getName(), false));
		}
	}

	/** Early before the due day, on time on it, late after the due time. */
	static String result(OffsetDateTime finished, OffsetDateTime due) {
		if (due == null) {
			return null;
		}
		if (finished.isAfter(due)) {
			return "QUA_HAN";
		}
		boolean sameDay = finished.atZoneSameInstant(VIETNAM)
			.toLocalDate()
			.equals(due.atZoneSameInstant(VIETNAM).toLocalDate());
		return sameDay ? "DUNG_HAN" : "TRUOC_HAN";
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
