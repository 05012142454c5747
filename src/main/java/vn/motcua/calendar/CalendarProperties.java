package vn.motcua.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.calendar.*}: where the official schedules are and how deadlines count.
 *
 * @param holidays Spring resource location of the yearly schedules
 * @param startDay whether day 1 of a deadline is the working day after receipt (default)
 * or the day of receipt
 * @param morningStart start of the morning session
 * @param morningEnd end of the morning session
 * @param afternoonStart start of the afternoon session
 * @param afternoonEnd end of the afternoon session, when a deadline falls due
 */
@ConfigurationProperties("motcua.calendar")
record CalendarProperties(@DefaultValue("classpath:processes/calendar/vn-holidays.yaml") String holidays,
		@DefaultValue("NEXT_WORKING_DAY") StartDay startDay, @DefaultValue("07:30") LocalTime morningStart,
		@DefaultValue("11:30") LocalTime morningEnd, @DefaultValue("13:00") LocalTime afternoonStart,
		@DefaultValue("17:00") LocalTime afternoonEnd) {

	OfficeHours officeHours() {
		return new OfficeHours(this.morningStart, this.morningEnd, this.afternoonStart, this.afternoonEnd);
	}

}
