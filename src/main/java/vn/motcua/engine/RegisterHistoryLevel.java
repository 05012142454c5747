package vn.motcua.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's FULL history without the per-change variable details ({@code ACT_HI_DETAIL}).
 * The register ({@code dossier_event}) already keeps who did what and when for every
 * dossier, and the last value of every variable stays in {@code ACT_HI_VARINST}; the
 * details were a third copy of each form field, about one in eight of the statements a
 * dossier costs (docs/benchmarks.md). Nor does the job log keep the creation and success
 * of an async continuation (the step after an officer's click, four per dossier): the
 * step itself is in the activity history and the register; its failures, and every event
 * of timers, stay. Everything else of FULL stays: the user operation log, incidents,
 * identity links and decision history.
 */
final class RegisterHistoryLevel implements HistoryLevel {

	static final String NAME = "full-without-details";

	/** Above the engine's own ids (0 to 3); stored in ACT_GE_PROPERTY. */
	static final int ID = 31;

	@Override
	public int getId() {
		return ID;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
		return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
				&& eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE && !isSmoothContinuation(eventType, entity)
				&& HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
	}

	/** An async continuation created, or done without a failure. */
	private static boolean isSmoothContinuation(HistoryEventType eventType, Object entity) {
		return (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_SUCCESS
				|| eventType == HistoryEventTypes.JOB_DELETE) && entity instanceof JobEntity job
				&& AsyncContinuationJobHandler.TYPE.equals(job.getJobHandlerType());
	}

}
