package vn.motcua.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a broken holiday file as one readable message instead of a bean-creation stack
 * trace.
 */
class CalendarFailureAnalyzer extends AbstractFailureAnalyzer<CalendarException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CalendarException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Sửa năm và mục được nêu trong tệp lịch nghỉ (processes/calendar/vn-holidays.yaml) rồi khởi động lại.",
				cause);
	}

}
