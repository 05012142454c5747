package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;

/**
 * "Gửi văn bản xin lỗi, hẹn lại ngày trả" (Mẫu 04): the leader's new appointment replaces
 * the due date, once only; the dossier stays reported late. The new date must be a
 * working day after the old one; a refused date is a 400 with its reason, the leader's
 * task stays open.
 */
@Component("apologize")
class ApologizeDelegate implements JavaDelegate {

	private final DossierSteps steps;

	private final WorkingDayCalendar calendar;

	private final Reappointment reappointment;

	ApologizeDelegate(DossierSteps steps, WorkingDayCalendar calendar, Reappointment reappointment) {
		this.steps = steps;
		this.calendar = calendar;
		this.reappointment = reappointment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		LocalDate day = newDay(execution.getVariable("newDueDate"));
		if (dossier.apologyCount() >= 1) {
			throw new StepRefused("Hồ sơ " + dossier.code() + " đã được hẹn lại một lần; không hẹn lại lần nữa.");
		}
		if (!this.calendar.isWorkingDay(day)) {
			throw new StepRefused("Ngày hẹn mới " + day + " không phải ngày làm việc.");
		}
		OffsetDateTime due = this.calendar.endOfDay(day).toOffsetDateTime();
		if (dossier.dueAt() != null && !due.isAfter(dossier.dueAt())) {
			throw new StepRefused("Ngày hẹn mới phải sau ngày hẹn cũ.");
		}
		this.reappointment.record(execution, dossier, due, String.valueOf(execution.getVariable("apologyReason")),
				(String) execution.getVariable(ProcessVariables.AGENCY));
		moveAgencyWork(execution, due);
	}

	/**
	 * The agency still working on the dossier is now held to the new date: its
	 * sub-process and open tasks take it, so Tasklist and the Phiếu kiểm soát judge its
	 * remaining steps against it.
	 */
	private static void moveAgencyWork(DelegateExecution execution, OffsetDateTime due) {
		var services = execution.getProcessEngineServices();
		Date dueDate = Date.from(due.toInstant());
		for (var agencyWork : services.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(execution.getProcessInstanceId())
			.list()) {
			services.getRuntimeService().setVariable(agencyWork.getId(), ProcessVariables.DUE_AT, dueDate);
			services.getRuntimeService()
				.setVariable(agencyWork.getId(), ProcessVariables.DUE_TEXT, VietnameseTime.HOUR_AND_DAY.format(due));
			for (Task task : services.getTaskService().createTaskQuery().processInstanceId(agencyWork.getId()).list()) {
				task.setDueDate(dueDate);
				services.getTaskService().saveTask(task);
			}
		}
	}

	private static LocalDate newDay(Object value) {
		if (value == null) {
			throw new StepRefused("Cần chọn ngày hẹn trả kết quả mới.");
		}
		try {
			return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
		}
		catch (DateTimeParseException ex) {
			throw new StepRefused("Ngày hẹn mới không hợp lệ: " + value);
		}
	}

}
