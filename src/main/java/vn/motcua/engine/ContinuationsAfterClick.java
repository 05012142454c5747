package vn.motcua.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the step an officer's click leaves behind an async boundary at once, in the
 * officer's thread, instead of waiting for the job executor to find it.
 * <p>
 * First try: the step runs in the click's own transaction, after the click's command, as
 * the job executor would run it (no officer's authorization); the job is created and
 * deleted in memory, so a click costs one commit, as it did before the boundary existed.
 * If anything fails after a step ran so, the click is tried again with the boundary kept:
 * the click commits alone, and the step runs right after in a transaction of its own,
 * where a failure is what the boundary is for (retries by the model's
 * {@code failedJobRetryTimeCycle}, an incident after the last). On that second try the
 * job is inserted already locked to this node, so no other acquisition takes it; a node
 * that dies between the commit and the step leaves a lock that expires
 * ({@code lockTimeInMillis}); the job executor then takes the job like any other.
 * <p>
 * Only top-level commands of a client thread outside a Spring transaction take part, and
 * only while the job executor is on: in a surrounding transaction the commit comes after
 * the command returns, and the job executor's own threads already hand exclusive
 * follow-up jobs to themselves.
 */
final class ContinuationsAfterClick extends CommandInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ContinuationsAfterClick.class);

	/** The click being run on this thread, if any. */
	private static final ThreadLocal<Click> current = new ThreadLocal<>();

	private final ProcessEngineConfigurationImpl config;

	ContinuationsAfterClick(ProcessEngineConfigurationImpl config) {
		this.config = config;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (current.get() != null || Context.getJobExecutorContext() != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.next.execute(command);
		}
		Click inline = new Click(true);
		current.set(inline);
		try {
			try {
				return this.next.execute(command);
			}
			catch (RuntimeException ex) {
				if (!inline.ranSteps) {
					throw ex;
				}
				log.info("A step after the click failed in the click's transaction, the click is tried again "
						+ "with the step as a job: {}", ex.toString());
			}
			Click bounded = new Click(false);
			current.set(bounded);
			T result = this.next.execute(command);
			if (!bounded.committed.isEmpty()) {
				runAsTheJobExecutor(bounded.committed);
			}
			return result;
		}
		finally {
			current.remove();
		}
	}

	/**
	 * Takes {@code job} for this thread when it is an async continuation due now and the
	 * job executor is on: locks it like an acquisition would and queues it for this
	 * click. Answers false when the job executor should hear of it as usual.
	 */
	static boolean take(JobEntity job) {
		Click click = current.get();
		ProcessEngineConfigurationImpl config = Context.getProcessEngineConfiguration();
		JobExecutor executor = config.getJobExecutor();
		if (click == null || Context.getJobExecutorContext() != null || !(job instanceof MessageEntity)
				|| !executor.isActive() || job.isSuspended() || !job.isExclusive() || !isDue(job)
				|| job.getPriority() < config.getJobExecutorPriorityRangeMin()
				|| job.getPriority() > config.getJobExecutorPriorityRangeMax()) {
			return false;
		}
		job.setLockOwner(executor.getLockOwner());
		job.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + executor.getLockTimeInMillis()));
		if (click.inline) {
			click.pending.add(job);
		}
		else {
			String id = job.getId();
			Context.getCommandContext()
				.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED, (context) -> click.committed.add(id));
		}
		return true;
	}

	private static boolean isDue(JobEntity job) {
		return job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime());
	}

	/**
	 * The innermost interceptor: after the click's own command, and only for it (not for
	 * the commands its listeners and delegates nest inside), runs the steps it left
	 * behind in the same command, each as the job executor's {@link ExecuteJobsCmd}
	 * would, without the officer's identity.
	 */
	static final class InTheClicksTransaction extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl config;

		InTheClicksTransaction(ProcessEngineConfigurationImpl config) {
			this.config = config;
		}

		@Override
		public <T> T execute(Command<T> command) {
			Click click = current.get();
			if (click == null || !click.inline || click.depth > 0) {
				return this.next.execute(command);
			}
			click.depth++;
			try {
				T result = this.next.execute(command);
				runPendingSteps(click, Context.getCommandContext());
				return result;
			}
			finally {
				click.depth--;
			}
		}

		private void runPendingSteps(Click click, CommandContext context) {
			IdentityService identity = this.config.getIdentityService();
			Authentication officer = identity.getCurrentAuthentication();
			identity.clearAuthentication();
			try {
				while (!click.pending.isEmpty()) {
					JobEntity job = click.pending.remove(0);
					click.ranSteps = true;
					context.setCurrentJob(job);
					try {
						job.execute(context);
					}
					finally {
						context.setCurrentJob(null);
					}
				}
			}
			finally {
				if (officer != null) {
					identity.setAuthentication(officer);
				}
			}
		}

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
					// click itself succeeded.
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

	/** One try of a click: its steps run in its transaction, or after it commits. */
	private static final class Click {

		final boolean inline;

		/** Steps to run in the click's transaction, in the order they were created. */
		final List<JobEntity> pending = new ArrayList<>();

		/** Steps to run after the click, filled when its transaction commits. */
		final List<String> committed = new ArrayList<>();

		boolean ranSteps;

		int depth;

		Click(boolean inline) {
			this.inline = inline;
		}

	}

}
