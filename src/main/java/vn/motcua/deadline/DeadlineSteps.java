package vn.motcua.deadline;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

/** Writes a dossier's due time into the variables its timers, tasks and forms read. */
final class DeadlineSteps {

	private DeadlineSteps() {
	}

	static void setDue(DelegateExecution execution, OffsetDateTime due) {
		execution.setVariable(ProcessVariables.DUE_AT, Date.from(due.toInstant()));
		execution.setVariable(ProcessVariables.DUE_TEXT, VietnameseTime.HOUR_AND_DAY.format(due));
	}

}
