package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The expression bean {@code workingDays} for BPMN timers and expressions, answering
 * {@link Date}s as Camunda's {@code timeDate} wants:
 * <ul>
 * <li>{@code ${workingDays.after(startDate, 5)}}: due at the close of the 5th working day
 * after {@code startDate} (the deadline rule of {@link WorkingDayCalendar});</li>
 * <li>{@code ${workingDays.afterHours(startDate, 4)}}: 4 working hours later;</li>
 * <li>{@code ${workingDays.before(dueAt, 1)}}: the same time one working day before
 * {@code dueAt} (the warning timer);</li>
 * <li>{@code ${workingDays.endOfNextWorkingDay(now())}}: close of office hours of the
 * next working day;</li>
 * <li>{@code ${workingDays.endOfDay(date)}}: close of office hours of that day, or of the
 * next working day.</li>
 * </ul>
 * Arguments may be {@link Date}, {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}, {@link LocalDate} or ISO-8601 text. Public because the engine's
 * expression language calls it by reflection.
 */
public class WorkingDays {

	private final WorkingDayCalendar calendar;

	public WorkingDays(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public Date after(Object start, int workingDays) {
		return Date.from(this.calendar.dueAt(instant(start), DeadlineSpec.days(workingDays)).toInstant());
	}

	public Date afterHours(Object start, int workingHours) {
		return Date.from(this.calendar.dueAt(instant(start), DeadlineSpec.hours(workingHours)).toInstant());
	}

	public Date before(Object dueAt, int workingDays) {
		return Date
			.from(this.calendar.before(instant(dueAt).atZone(WorkingDayCalendar.VIETNAM), workingDays).toInstant());
	}

	public Date endOfDay(Object date) {
		LocalDate day = (date instanceof LocalDate local) ? local
				: instant(date).atZone(WorkingDayCalendar.VIETNAM).toLocalDate();
		return Date.from(this.calendar.endOfDay(day).toInstant());
	}

	/**
	 * Close of office hours of the working day after that of {@code instant}: the end of
	 * "due soon" for Tasklist's filter and the dashboard (Friday reaches Monday).
	 */
	public Date endOfNextWorkingDay(Object instant) {
		LocalDate day = instant(instant).atZone(WorkingDayCalendar.VIETNAM).toLocalDate();
		return Date.from(this.calendar.endOfDay(this.calendar.addWorkingDays(day, 1)).toInstant());
	}

	private static Instant instant(Object value) {
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toInstant();
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay(WorkingDayCalendar.VIETNAM).toInstant();
		}
		if (value instanceof String text) {
			return OffsetDateTime.parse(text).toInstant();
		}
		throw new IllegalArgumentException("Not a date or time: " + value);
	}

}
