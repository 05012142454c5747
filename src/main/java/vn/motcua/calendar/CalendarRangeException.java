package vn.motcua.calendar;

/**
 * A date or year outside what the calendar covers, 1900–2199.
 */
public class CalendarRangeException extends IllegalArgumentException {

	CalendarRangeException(int year) {
		super("Year " + year + " is outside the calendar's range " + LunarCalendar.FIRST_YEAR + "–"
				+ LunarCalendar.LAST_YEAR);
	}

}
