package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/** The apology's view of the working-day calendar. */
@Component
class CalendarWorkingTime implements WorkingTime {

	private final WorkingDayCalendar calendar;

	CalendarWorkingTime(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.isWorkingDay(day);
	}

	@Override
	public OffsetDateTime closeOfDay(LocalDate day) {
		return this.calendar.endOfDay(day).toOffsetDateTime();
	}

}
