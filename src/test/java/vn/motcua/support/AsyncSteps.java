package vn.motcua.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The steps the models run after an officer's task as async continuations (a failure
 * there becomes an incident, not a rolled-back completion). Test engines run without a
 * job executor, so a test that completes a task through the Java or REST API runs them
 * itself, as the job executor would.
 * <p>
 * On PostgreSQL the suite's cached contexts share one database, and some of them run a
 * job executor: it may take a job this thread is about to run. Such a job is waited for
 * (the loop sees it until its taker commits), not reported as a failure.
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
				if (runUnlessTaken(management, job.getId())) {
					ran++;
				}
			}
		}
		return ran;
	}

	private static boolean runUnlessTaken(ManagementService management, String id) {
		try {
			management.executeJob(id);
			return true;
		}
		catch (OptimisticLockingException ex) {
			pause();
			return false;
		}
		catch (ProcessEngineException ex) {
			if (management.createJobQuery().jobId(id).count() == 0) {
				return false;
			}
			throw ex;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
