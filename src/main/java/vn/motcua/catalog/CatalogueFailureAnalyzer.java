package vn.motcua.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a broken catalogue as one readable message instead of a bean-creation stack
 * trace.
 */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CatalogueException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Sửa mục và trường được nêu trong tệp danh mục (processes/catalogue) rồi khởi động lại.", cause);
	}

}
