package vn.motcua.deadline;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

/**
 * Writes a dossier's due time into the variables its timers, tasks and forms read, with
 * the number of re-appointments so far: the models' deadline watch offers the apology
 * (Mẫu 04) only while it is zero.
 */
final class DeadlineSteps {

	private DeadlineSteps() {
	}

	static void setDue(DelegateExecution execution, OffsetDateTime due, int apologies) {
		execution.setVariable(ProcessVariables.DUE_AT, Date.from(due.toInstant()));
		execution.setVariable(ProcessVariables.DUE_TEXT, VietnameseTime.HOUR_AND_DAY.format(due));
		execution.setVariable(ProcessVariables.APOLOGY_COUNT, apologies);
	}

}
