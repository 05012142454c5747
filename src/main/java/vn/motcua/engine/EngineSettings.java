package vn.motcua.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Engine settings that {@code camunda.bpm.*} properties cannot express.
 *
 * @param historyCleanupWindowStart start of the nightly history cleanup window (HH:mm)
 * @param historyCleanupWindowEnd end of the window (HH:mm)
 * @param historyCleanupBatchSize instances removed per cleanup transaction
 * @param continueAfterClick whether the step behind an async boundary after an officer's
 * click runs in the officer's thread, within the click or, if it fails there, right after
 * the click commits (default), or waits for the job executor's next acquisition
 */
@ConfigurationProperties("motcua.engine")
record EngineSettings(String historyCleanupWindowStart, String historyCleanupWindowEnd, int historyCleanupBatchSize,
		Boolean continueAfterClick) {

	EngineSettings {
		historyCleanupWindowStart = (historyCleanupWindowStart == null) ? "22:00" : historyCleanupWindowStart;
		historyCleanupWindowEnd = (historyCleanupWindowEnd == null) ? "05:00" : historyCleanupWindowEnd;
		historyCleanupBatchSize = (historyCleanupBatchSize <= 0) ? 500 : historyCleanupBatchSize;
		continueAfterClick = (continueAfterClick == null) ? Boolean.TRUE : continueAfterClick;
	}

}
