package vn.motcua.sync;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a bad synchronisation setting as one message instead of a stack trace. */
class NationalSyncFailureAnalyzer extends AbstractFailureAnalyzer<NationalSyncSetupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NationalSyncSetupException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Sửa cấu hình motcua.national-sync.* (application.yaml; xem README, mục đồng bộ Cổng DVCQG). / "
						+ "Fix the motcua.national-sync.* settings (see README, national portal synchronisation).",
				cause);
	}

}
