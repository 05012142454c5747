package vn.motcua.report;

import java.time.LocalDate;

import vn.motcua.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/** Working days on the official calendar (holidays and day swaps included). */
@Component
class CalendarWorkingDays implements WorkingDayCounter {

	private final WorkingDayCalendar calendar;

	CalendarWorkingDays(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public int between(LocalDate from, LocalDate to) {
		return this.calendar.workingDaysBetween(from, to);
	}

}
