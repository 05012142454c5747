package vn.motcua.calendar;

import org.springframework.core.io.ClassPathResource;

/** Calendars for tests, built from the shipped holiday file. */
final class Calendars {

	static final LunarCalendar LUNAR = LunarCalendar.vietnam();

	static final HolidaySchedule SHIPPED = HolidayScheduleReader
		.read(new ClassPathResource("processes/calendar/vn-holidays.yaml"));

	private Calendars() {
	}

	static WorkingDayCalendar shipped() {
		return shipped(StartDay.NEXT_WORKING_DAY);
	}

	static WorkingDayCalendar shipped(StartDay startDay) {
		return new WorkingDayCalendar(LUNAR, SHIPPED, OfficeHours.DEFAULT, startDay);
	}

}
