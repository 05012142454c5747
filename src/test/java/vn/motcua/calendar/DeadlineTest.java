package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Due dates with the default office hours (07:30–11:30, 13:00–17:00) and day 1 = the
 * working day after receipt. Expected dates are counted by hand on the official
 * calendars.
 */
class DeadlineTest {

	private final WorkingDayCalendar calendar = Calendars.shipped();

	@Test
	void givenReceivedBeforeTet2026_whenFiveWorkingDays_thenDueTheTuesdayAfterTet() {
		// Day 1–3: Wed 11/2, Thu 12/2, Fri 13/2; Tết 14/2–22/2; day 4–5: Mon 23/2, Tue
		// 24/2.
		assertThat(this.calendar.dueAt(at("2026-02-10T09:00"), DeadlineSpec.days(5))).isEqualTo(at("2026-02-24T17:00"));
	}

	@Test
	void givenReceivedBefore30April2025_whenThreeWorkingDays_thenDueAfterTheFiveDayBreak() {
		// 30/4–4/5 off: day 1–3 are Mon 5/5, Tue 6/5, Wed 7/5.
		assertThat(this.calendar.dueAt(at("2025-04-29T10:00"), DeadlineSpec.days(3))).isEqualTo(at("2025-05-07T17:00"));
	}

	@Test
	void givenAMakeUpSaturday_whenOneWorkingDay_thenDueOnThatSaturday() {
		assertThat(this.calendar.dueAt(at("2025-04-25T10:00"), DeadlineSpec.days(1))).isEqualTo(at("2025-04-26T17:00"));
		assertThat(this.calendar.dueAt(at("2026-08-21T10:00"), DeadlineSpec.days(1))).isEqualTo(at("2026-08-22T17:00"));
		// An ordinary Saturday is skipped.
		assertThat(this.calendar.dueAt(at("2026-03-06T10:00"), DeadlineSpec.days(1))).isEqualTo(at("2026-03-09T17:00"));
	}

	@Test
	void givenReceivedAfterTheCutOff_whenTwoWorkingDays_thenCountedFromTheNextWorkingDay() {
		DeadlineSpec spec = DeadlineSpec.days(2).withCutoff(LocalTime.of(15, 0));
		assertThat(this.calendar.dueAt(at("2026-03-09T15:00"), spec)).isEqualTo(at("2026-03-11T17:00"));
		assertThat(this.calendar.dueAt(at("2026-03-09T15:30"), spec)).isEqualTo(at("2026-03-12T17:00"));
	}

	@Test
	void givenReceivedAfterOfficeHoursOrOnAWeekend_whenOneWorkingDay_thenCountedFromTheNextWorkingDay() {
		assertThat(this.calendar.dueAt(at("2026-03-09T17:30"), DeadlineSpec.days(1))).isEqualTo(at("2026-03-11T17:00"));
		assertThat(this.calendar.dueAt(at("2026-03-08T20:00"), DeadlineSpec.days(1))).isEqualTo(at("2026-03-10T17:00"));
	}

	@Test
	void givenASameDayProcedure_whenReceivedBeforeAndAfterTheCutOff_thenDueAtThatCloseOrTheNextWorkingDays() {
		DeadlineSpec spec = DeadlineSpec.onTheSameDay().withCutoff(LocalTime.of(15, 0));
		assertThat(this.calendar.dueAt(at("2026-03-09T14:00"), spec)).isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.calendar.dueAt(at("2026-03-09T15:30"), spec)).isEqualTo(at("2026-03-10T17:00"));
		// Friday before Tết after the cut-off: the next working day is Monday 23/2.
		assertThat(this.calendar.dueAt(at("2026-02-13T16:00"), spec)).isEqualTo(at("2026-02-23T17:00"));
	}

	@Test
	void givenAPauseOfTwoWorkingDays_whenFiveWorkingDays_thenDueMovesByTwoWorkingDays() {
		// Without pause Tue 24/2; two more working days: Wed 25/2, Thu 26/2.
		assertThat(this.calendar.dueAt(at("2026-02-10T09:00"), DeadlineSpec.days(5).withPause(2)))
			.isEqualTo(at("2026-02-26T17:00"));
	}

	@Test
	void givenADeadlineInHours_whenCounted_thenOnlyOfficeHoursOfWorkingDaysCount() {
		// 10:00–11:30 is 1.5 h, then 13:00 + 2.5 h.
		assertThat(this.calendar.dueAt(at("2026-03-09T10:00"), DeadlineSpec.hours(4)))
			.isEqualTo(at("2026-03-09T15:30"));
		// 5.5 h on Monday, 2.5 h on Tuesday.
		assertThat(this.calendar.dueAt(at("2026-03-09T10:00"), DeadlineSpec.hours(8)))
			.isEqualTo(at("2026-03-10T10:00"));
		// From the opening, 8 h end at that day's close, not at the next opening.
		assertThat(this.calendar.dueAt(at("2026-03-09T07:30"), DeadlineSpec.hours(8)))
			.isEqualTo(at("2026-03-09T17:00"));
		// Thursday 14:00 before Tết: 3 h, Friday 8 h, then 5 h on Monday 23/2 after Tết.
		assertThat(this.calendar.dueAt(at("2026-02-12T14:00"), DeadlineSpec.hours(16)))
			.isEqualTo(at("2026-02-23T14:00"));
		// Received on a Saturday: counted from Monday's opening.
		assertThat(this.calendar.dueAt(at("2026-03-07T09:00"), DeadlineSpec.hours(2)))
			.isEqualTo(at("2026-03-09T09:30"));
	}

	@Test
	void givenDayOneIsTheReceiptDay_whenFiveWorkingDays_thenOneDayEarlier() {
		WorkingDayCalendar receiptDay = Calendars.shipped(StartDay.RECEIPT_DAY);
		assertThat(receiptDay.dueAt(at("2026-02-10T09:00"), DeadlineSpec.days(5))).isEqualTo(at("2026-02-23T17:00"));
	}

	@Test
	void givenAResultBeforeOrAfterItsDueDate_whenDaysEarlyAreCounted_thenSignedWorkingDays() {
		ZonedDateTime due = at("2026-03-13T17:00");
		assertThat(this.calendar.daysEarly(due, at("2026-03-11T10:00"))).isEqualTo(2);
		assertThat(this.calendar.daysEarly(due, at("2026-03-13T18:00"))).isZero();
		assertThat(this.calendar.daysEarly(due, at("2026-03-16T09:00"))).isEqualTo(-1);
		// Across Tết: 13/2, 23/2, 24/2.
		assertThat(this.calendar.daysEarly(at("2026-02-24T17:00"), at("2026-02-12T10:00"))).isEqualTo(3);
	}

	@Test
	void givenADueInstant_whenOneWorkingDayBefore_thenTheSameTimeOnThePreviousWorkingDay() {
		assertThat(this.calendar.before(at("2026-02-24T17:00"), 1)).isEqualTo(at("2026-02-23T17:00"));
		assertThat(this.calendar.before(at("2026-02-24T17:00"), 2)).isEqualTo(at("2026-02-13T17:00"));
	}

	@Test
	void givenWorkingDays_whenAddedAndCounted_thenInverseOperations() {
		LocalDate start = LocalDate.of(2026, 2, 10);
		assertThat(this.calendar.addWorkingDays(start, 4)).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 2, 23), -4)).isEqualTo(start);
		assertThat(this.calendar.workingDaysBetween(start, LocalDate.of(2026, 2, 23))).isEqualTo(4);
		assertThat(this.calendar.endOfDay(LocalDate.of(2026, 2, 14))).isEqualTo(at("2026-02-23T17:00"));
	}

	@Test
	void givenADeadlineBeyond2199_whenComputed_thenRangeError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.dueAt(at("2199-12-20T09:00"), DeadlineSpec.days(30)))
			.isInstanceOf(CalendarRangeException.class);
	}

	private static ZonedDateTime at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.VIETNAM);
	}

}
