package vn.motcua.engine;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's job manager, except that an async continuation created by an officer's
 * click is taken by {@link ContinuationsAfterClick} instead of being announced to the job
 * executor.
 */
class ClickJobManager extends JobManager {

	@Override
	protected void hintJobExecutor(JobEntity job) {
		if (!ContinuationsAfterClick.take(job)) {
			super.hintJobExecutor(job);
		}
	}

	/** Registers this manager under the engine's {@link JobManager} session type. */
	static final class Factory implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return JobManager.class;
		}

		@Override
		public Session openSession() {
			return new ClickJobManager();
		}

	}

}
