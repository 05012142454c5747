package vn.motcua.calendar;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * How a procedure's time limit is counted.
 *
 * @param workingDays time limit in working days (ignored for same-day or hour limits)
 * @param workingHours time limit in working hours, or 0 when counted in days
 * @param sameDay the result is due at the close of the day of receipt
 * @param cutoff received after this time counts as received the next working day, or
 * {@code null}
 * @see WorkingDayCalendar#dueAt(ZonedDateTime, DeadlineSpec) the rule; a pause moves the
 * due instant afterwards ({@link WorkingDayCalendar#addWorkingTime})
 */
public record DeadlineSpec(int workingDays, int workingHours, boolean sameDay, LocalTime cutoff) {

	public DeadlineSpec {
		if (workingDays < 0 || workingHours < 0) {
			throw new IllegalArgumentException("Working days and hours cannot be negative");
		}
	}

	public static DeadlineSpec days(int workingDays) {
		return new DeadlineSpec(workingDays, 0, false, null);
	}

	public static DeadlineSpec hours(int workingHours) {
		if (workingHours == 0) {
			throw new IllegalArgumentException("A deadline in hours needs at least one hour");
		}
		return new DeadlineSpec(0, workingHours, false, null);
	}

	public static DeadlineSpec onTheSameDay() {
		return new DeadlineSpec(0, 0, true, null);
	}

	public DeadlineSpec withCutoff(LocalTime cutoff) {
		return new DeadlineSpec(this.workingDays, this.workingHours, this.sameDay, cutoff);
	}

	public DeadlineSpec withWorkingDays(int workingDays) {
		return new DeadlineSpec(workingDays, 0, false, this.cutoff);
	}

	boolean inHours() {
		return this.workingHours > 0 && !this.sameDay;
	}

}
