package vn.motcua.report;

import java.time.LocalDate;

/** What the reports need from the working-day calendar. */
interface WorkingDayCounter {

	/**
	 * Working days in {@code (from, to]}: finished on Wednesday for a Friday due date
	 * gives 2.
	 */
	int between(LocalDate from, LocalDate to);

}
