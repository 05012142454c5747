package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the apology needs from the working-day calendar. Due dates and pauses are counted
 * by {@code WorkingDayCalendar} itself, the very methods its tests cover.
 */
interface WorkingTime {

	boolean isWorkingDay(LocalDate day);

	/** End of office hours of a day. */
	OffsetDateTime closeOfDay(LocalDate day);

}
