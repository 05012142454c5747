package vn.motcua.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The steps the models run after an officer's task as async continuations (a failure
 * there becomes an incident, not a rolled-back completion). Test engines run without a
 * job executor, so a test that completes a task through the Java or REST API runs them
 * itself, as the job executor would.
 */
public final class AsyncSteps {

	private AsyncSteps() {
	}

	/** Runs every due async continuation until none is left; returns how many ran. */
	public static int run(ManagementService management) {
		int ran = 0;
		List<Job> due;
		while (!(due = management.createJobQuery().messages().executable().list()).isEmpty()) {
			for (Job job : due) {
				management.executeJob(job.getId());
				ran++;
			}
		}
		return ran;
	}

}
