package vn.motcua.deadline;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.motcua.dossier.ProcessVariables;

/** Writes a dossier's due time into the variables its timers, tasks and forms read. */
final class DeadlineSteps {

	static final DateTimeFormatter DUE_TEXT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private DeadlineSteps() {
	}

	static void setDue(DelegateExecution execution, OffsetDateTime due) {
		execution.setVariable(ProcessVariables.DUE_AT, Date.from(due.toInstant()));
		execution.setVariable(ProcessVariables.DUE_TEXT, DUE_TEXT.format(due));
	}

	static String code(DelegateExecution execution) {
		return (String) execution.getVariable(ProcessVariables.DOSSIER_CODE);
	}

}
