package vn.motcua.migration;

import java.time.OffsetDateTime;

/**
 * How far a migration batch has gone.
 *
 * @param batchId the batch
 * @param state {@code DANG_CHAY} (running), {@code CO_LOI} (some dossiers failed: see the
 * incidents in Cockpit) or {@code HOAN_THANH} (done)
 * @param totalJobs jobs of the batch (one per dossier by default)
 * @param remainingJobs jobs not yet run
 * @param failedJobs jobs that failed and wait for a retry
 * @param startedAt when the batch started
 * @param endedAt when it ended, once done
 * @param message a summary in Vietnamese
 */
record MigrationBatch(String batchId, String state, Integer totalJobs, Integer remainingJobs, Integer failedJobs,
		OffsetDateTime startedAt, OffsetDateTime endedAt, String message) {

}
