package vn.motcua.calendar;

/**
 * A broken holiday file: the message names the file, the year and the entry.
 */
class CalendarException extends RuntimeException {

	CalendarException(String message) {
		super(message);
	}

	CalendarException(String message, Throwable cause) {
		super(message, cause);
	}

}
