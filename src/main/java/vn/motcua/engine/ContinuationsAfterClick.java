package vn.motcua.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the step an officer's click leaves behind an async boundary right after the click
 * commits, in the officer's own thread, instead of waiting for the job executor to find
 * it.
 * <p>
 * The boundary stays: the click commits first, and the step runs in a transaction of its
 * own, as the job executor would run it (no officer's authorization, failures retried by
 * the model's {@code failedJobRetryTimeCycle}, an incident after the last). What is saved
 * is the acquisition: the job is inserted already locked to this node, so no other
 * acquisition query selects and locks it, and the officer's next list shows the next task
 * at once. A node that dies between the commit and the step leaves a lock that expires
 * ({@code lockTimeInMillis}); the job executor then takes the job like any other.
 * <p>
 * Only top-level commands of a client thread outside a Spring transaction take part: in a
 * surrounding transaction the commit comes after the command returns, and the job
 * executor's own threads already hand exclusive follow-up jobs to themselves.
 */
final class ContinuationsAfterClick extends CommandInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ContinuationsAfterClick.class);

	/** The jobs of the current top-level command, filled when its transaction commits. */
	private static final ThreadLocal<List<String>> committed = new ThreadLocal<>();

	private final ProcessEngineConfigurationImpl config;

	ContinuationsAfterClick(ProcessEngineConfigurationImpl config) {
		this.config = config;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (committed.get() != null || Context.getJobExecutorContext() != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.next.execute(command);
		}
		List<String> jobs = new ArrayList<>();
		committed.set(jobs);
		try {
			return this.next.execute(command);
		}
		finally {
			try {
				if (!jobs.isEmpty()) {
					runAsTheJobExecutor(jobs);
				}
			}
			finally {
				committed.remove();
			}
		}
	}

	/**
	 * Takes {@code job} for this thread when it is an async continuation due now and the
	 * job executor is on: locks it like an acquisition would and queues it for the end of
	 * the command. Answers false when the job executor should hear of it as usual.
	 */
	static boolean take(JobEntity job) {
		List<String> jobs = committed.get();
		ProcessEngineConfigurationImpl config = Context.getProcessEngineConfiguration();
		JobExecutor executor = config.getJobExecutor();
		if (jobs == null || Context.getJobExecutorContext() != null || !(job instanceof MessageEntity)
				|| !executor.isActive() || job.isSuspended() || !job.isExclusive() || !isDue(job)
				|| job.getPriority() < config.getJobExecutorPriorityRangeMin()
				|| job.getPriority() > config.getJobExecutorPriorityRangeMax()) {
			return false;
		}
		job.setLockOwner(executor.getLockOwner());
		job.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + executor.getLockTimeInMillis()));
		String id = job.getId();
		Context.getCommandContext()
			.getTransactionContext()
			.addTransactionListener(TransactionState.COMMITTED, (context) -> jobs.add(id));
		return true;
	}

	private static boolean isDue(JobEntity job) {
		return job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime());
	}

	/**
	 * What the job executor's worker does with the jobs it acquired: each in its own
	 * transaction, exclusive follow-ups of the same instance queued by the engine behind
	 * it, failures handed to the retry strategy. The officer's identity is set aside so
	 * the step runs with the job executor's rights, not the officer's.
	 */
	private void runAsTheJobExecutor(List<String> jobs) {
		IdentityService identity = this.config.getIdentityService();
		Authentication officer = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		JobExecutorContext context = new JobExecutorContext();
		List<String> queue = context.getCurrentProcessorJobQueue();
		queue.addAll(jobs);
		Context.setJobExecutorContext(context);
		try {
			while (!queue.isEmpty()) {
				String id = queue.remove(0);
				JobFailureCollector failure = new JobFailureCollector(id);
				try {
					ExecuteJobHelper.executeJob(id, this.config.getCommandExecutorTxRequired(), failure,
							new ExecuteJobsCmd(id, failure), this.config);
				}
				catch (RuntimeException ex) {
					// Already recorded on the job (retries, exception, incident): the
					// click
					// itself succeeded.
					log.warn("Step after an officer's click failed, job {} will be retried: {}", id, ex.toString());
				}
			}
		}
		finally {
			Context.removeJobExecutorContext();
			if (officer != null) {
				identity.setAuthentication(officer);
			}
		}
	}

}
