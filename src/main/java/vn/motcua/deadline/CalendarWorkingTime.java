package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Procedure;

import org.springframework.stereotype.Component;

/** The deadline steps' view of the working-day calendar. */
@Component
class CalendarWorkingTime implements WorkingTime {

	private final WorkingDayCalendar calendar;

	CalendarWorkingTime(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public OffsetDateTime dueAt(OffsetDateTime acceptedAt, Procedure procedure) {
		return this.calendar.dueAt(acceptedAt.toZonedDateTime(), deadlineOf(procedure)).toOffsetDateTime();
	}

	@Override
	public OffsetDateTime statutoryDueAt(OffsetDateTime acceptedAt, Procedure procedure) {
		int days = Math.max(1, (procedure.statutoryDays() != null) ? procedure.statutoryDays() : 1);
		return this.calendar.dueAt(acceptedAt.toZonedDateTime(), DeadlineSpec.days(days)).toOffsetDateTime();
	}

	static DeadlineSpec deadlineOf(Procedure procedure) {
		DeadlineSpec spec;
		if (procedure.sameDay()) {
			spec = DeadlineSpec.onTheSameDay();
		}
		else if (procedure.committedHours() != null && procedure.committedHours() > 0) {
			spec = DeadlineSpec.hours(procedure.committedHours());
		}
		else {
			int days = (procedure.committedDays() != null) ? procedure.committedDays() : procedure.statutoryDays();
			spec = DeadlineSpec.days(days);
		}
		return spec.withCutoff(procedure.cutoff());
	}

	@Override
	public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
		return this.calendar.workingDaysBetween(local(from), local(to));
	}

	@Override
	public OffsetDateTime addWorkingDays(OffsetDateTime from, int days) {
		var at = from.atZoneSameInstant(WorkingDayCalendar.VIETNAM);
		return at.with(this.calendar.addWorkingDays(at.toLocalDate(), days)).toOffsetDateTime();
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.isWorkingDay(day);
	}

	@Override
	public OffsetDateTime closeOfDay(LocalDate day) {
		return this.calendar.endOfDay(day).toOffsetDateTime();
	}

	private static LocalDate local(OffsetDateTime time) {
		return time.atZoneSameInstant(WorkingDayCalendar.VIETNAM).toLocalDate();
	}

}
