package vn.motcua.calendar;

/**
 * Which working day is day 1 of a deadline counted in working days.
 */
public enum StartDay {

	/**
	 * Day 1 is the working day after receipt (Bộ luật Dân sự 2015, Điều 147: a period
	 * starts on the day after the event). The default.
	 */
	NEXT_WORKING_DAY,

	/** Day 1 is the day of receipt itself. */
	RECEIPT_DAY

}
