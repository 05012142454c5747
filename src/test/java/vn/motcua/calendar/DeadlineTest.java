package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Due dates and pauses with the default office hours (07:30–11:30, 13:00–17:00) and day 1
 * = the working day after receipt. Expected dates are counted by hand on the official
 * calendars, from the rule of {@link WorkingDayCalendar} (docs/deadlines.md).
 */
class DeadlineTest {

	private static final LocalTime CUTOFF = LocalTime.of(15, 0);

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

	/**
	 * The cut-off applies once. Rule: after 15:00 (or from 17:00, or on a day off) the
	 * dossier counts as received the next working day, and a procedure in working days
	 * counts from that day; before it, day 1 is the working day after receipt anyway. So
	 * with day 1 = the next working day the time of day never moves a multi-day date;
	 * only same-day procedures (and day 1 = receipt day, below) feel the cut-off.
	 * Columns: same-day with cut-off 15:00, same-day without cut-off (office closes
	 * 17:00), 1 and 3 working days with cut-off 15:00. Tue 10/3/2026 and Fri 13/3/2026
	 * have no holiday around them; Thu 4/2/2027 is the last working day before Tết 2027
	 * (by the rule of Bộ luật Lao động 2019, Điều 112: 29 Chạp Fri 5/2 to mùng 4 Tue 9/2,
	 * mùng 1 and 2 on the weekend compensated Wed 10/2 and Thu 11/2; back on Fri 12/2).
	 */
	@ParameterizedTest(name = "received {0}")
	@CsvSource({
			// received, same day cut-off 15:00, same day no cut-off, 1 day, 3 days
			"2026-03-10T14:59, 2026-03-10T17:00, 2026-03-10T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T15:00, 2026-03-10T17:00, 2026-03-10T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T15:01, 2026-03-11T17:00, 2026-03-10T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T16:59, 2026-03-11T17:00, 2026-03-10T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T17:00, 2026-03-11T17:00, 2026-03-11T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T17:01, 2026-03-11T17:00, 2026-03-11T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			// Friday before a weekend: the next working day is Monday 16/3.
			"2026-03-13T14:59, 2026-03-13T17:00, 2026-03-13T17:00, 2026-03-16T17:00, 2026-03-18T17:00",
			"2026-03-13T15:01, 2026-03-16T17:00, 2026-03-13T17:00, 2026-03-16T17:00, 2026-03-18T17:00",
			"2026-03-13T17:00, 2026-03-16T17:00, 2026-03-16T17:00, 2026-03-16T17:00, 2026-03-18T17:00",
			// Thursday before Tết 2027: the next working day is Friday 12/2, then Mon
			// 15/2, Tue
			// 16/2.
			"2027-02-04T14:59, 2027-02-04T17:00, 2027-02-04T17:00, 2027-02-12T17:00, 2027-02-16T17:00",
			"2027-02-04T15:01, 2027-02-12T17:00, 2027-02-04T17:00, 2027-02-12T17:00, 2027-02-16T17:00",
			"2027-02-04T17:00, 2027-02-12T17:00, 2027-02-12T17:00, 2027-02-12T17:00, 2027-02-16T17:00" })
	void givenTheCutOffGrid_whenDueDatesAreCounted_thenTheCutOffShiftsReceiptOnceAndOnlySameDayDatesMove(
			LocalDateTime received, LocalDateTime sameDay, LocalDateTime sameDayWithoutCutoff, LocalDateTime oneDay,
			LocalDateTime threeDays) {
		ZonedDateTime at = received.atZone(WorkingDayCalendar.VIETNAM);
		assertThat(this.calendar.dueAt(at, DeadlineSpec.onTheSameDay().withCutoff(CUTOFF))).as("same day")
			.isEqualTo(vn(sameDay));
		assertThat(this.calendar.dueAt(at, DeadlineSpec.onTheSameDay())).as("same day, no cut-off")
			.isEqualTo(vn(sameDayWithoutCutoff));
		assertThat(this.calendar.dueAt(at, DeadlineSpec.days(1).withCutoff(CUTOFF))).as("1 day").isEqualTo(vn(oneDay));
		assertThat(this.calendar.dueAt(at, DeadlineSpec.days(3).withCutoff(CUTOFF))).as("3 days")
			.isEqualTo(vn(threeDays));
	}

	/**
	 * Day 1 = the day of receipt: there the cut-off moves day 1, once. Tue 10/3/2026
	 * before 15:00 counts Tue, Wed, Thu; after it Wed, Thu, Fri.
	 */
	@ParameterizedTest(name = "received {0}")
	@CsvSource({ "2026-03-10T14:59, 2026-03-10T17:00, 2026-03-12T17:00",
			"2026-03-10T15:00, 2026-03-10T17:00, 2026-03-12T17:00",
			"2026-03-10T15:01, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T16:59, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T17:00, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-10T17:01, 2026-03-11T17:00, 2026-03-13T17:00",
			"2026-03-13T15:01, 2026-03-16T17:00, 2026-03-18T17:00",
			"2027-02-04T15:01, 2027-02-12T17:00, 2027-02-16T17:00" })
	void givenDayOneIsTheReceiptDay_whenReceivedAroundTheCutOff_thenTheCutOffMovesDayOneOnce(LocalDateTime received,
			LocalDateTime oneDay, LocalDateTime threeDays) {
		WorkingDayCalendar receiptDay = Calendars.shipped(StartDay.RECEIPT_DAY);
		ZonedDateTime at = received.atZone(WorkingDayCalendar.VIETNAM);
		assertThat(receiptDay.dueAt(at, DeadlineSpec.days(1).withCutoff(CUTOFF))).as("1 day").isEqualTo(vn(oneDay));
		assertThat(receiptDay.dueAt(at, DeadlineSpec.days(3).withCutoff(CUTOFF))).as("3 days").isEqualTo(vn(threeDays));
	}

	@Test
	void givenAThreeDayProcedure_whenReceivedTuesdayAfterTheCutOff_thenDueFridayNotMonday() {
		DeadlineSpec spec = DeadlineSpec.days(3).withCutoff(CUTOFF);
		// Wednesday 14:00: Thu, Fri, Mon.
		assertThat(this.calendar.dueAt(at("2026-03-11T14:00"), spec)).isEqualTo(at("2026-03-16T17:00"));
		// Tuesday 15:30 counts as received Wednesday, and Wednesday is day 1: Wed, Thu,
		// Fri.
		assertThat(this.calendar.dueAt(at("2026-03-10T15:30"), spec)).isEqualTo(at("2026-03-13T17:00"));
	}

	@Test
	void givenReceivedAfterOfficeHoursOrOnAWeekend_whenOneWorkingDay_thenDueOnTheNextWorkingDay() {
		// Monday 17:30 counts as received Tuesday, which is day 1.
		assertThat(this.calendar.dueAt(at("2026-03-09T17:30"), DeadlineSpec.days(1))).isEqualTo(at("2026-03-10T17:00"));
		// Sunday: day 1 is Monday.
		assertThat(this.calendar.dueAt(at("2026-03-08T20:00"), DeadlineSpec.days(1))).isEqualTo(at("2026-03-09T17:00"));
	}

	@Test
	void givenASameDayProcedure_whenReceivedBeforeAndAfterTheCutOff_thenDueAtThatCloseOrTheNextWorkingDays() {
		DeadlineSpec spec = DeadlineSpec.onTheSameDay().withCutoff(LocalTime.of(15, 0));
		assertThat(this.calendar.dueAt(at("2026-03-09T14:00"), spec)).isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.calendar.dueAt(at("2026-03-09T15:30"), spec)).isEqualTo(at("2026-03-10T17:00"));
		// Friday before Tết after the cut-off: the next working day is Monday 23/2.
		assertThat(this.calendar.dueAt(at("2026-02-13T16:00"), spec)).isEqualTo(at("2026-02-23T17:00"));
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource({
			// Monday 15:30–17:00 and Tuesday 07:30–08:50: 1 h 30 + 1 h 20.
			"2026-03-09T15:30, 2026-03-10T08:50, PT2H50M",
			// Across lunch: 10:00–11:30 and 13:00–14:20.
			"2026-03-09T10:00, 2026-03-09T14:20, PT2H50M",
			// Evening and night do not count; nor do a weekend or Tết 2026 (14/2–22/2).
			"2026-03-09T18:00, 2026-03-10T07:00, PT0S", "2026-03-14T09:00, 2026-03-15T10:00, PT0S",
			"2026-02-13T16:00, 2026-02-23T07:40, PT1H10M",
			// Tuesday 09:00 to Friday 09:00: three working days of eight hours.
			"2026-03-10T09:00, 2026-03-13T09:00, PT24H",
			// Resumed before it paused: nothing.
			"2026-03-10T09:00, 2026-03-09T09:00, PT0S" })
	void givenAPause_whenItsWorkingTimeIsMeasured_thenOnlyOfficeHoursOfWorkingDaysCount(LocalDateTime paused,
			LocalDateTime resumed, Duration expected) {
		assertThat(this.calendar.workingTimeBetween(vn(paused), vn(resumed))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} plus {1}")
	@CsvSource({
			// Friday's close plus 2 h 50: Monday 07:30 + 2 h 50.
			"2026-03-13T17:00, PT2H50M, 2026-03-16T10:20",
			// Over lunch: 10:00 + 1 h 30 to 11:30, then 13:00 + 1 h 20.
			"2026-03-09T10:00, PT2H50M, 2026-03-09T14:20",
			// Ending with the morning session: 11:30, not 13:00.
			"2026-03-09T07:30, PT4H, 2026-03-09T11:30",
			// The Friday before Tết 2026 plus 2 h 50: Monday 23/2 10:20.
			"2026-02-13T17:00, PT2H50M, 2026-02-23T10:20",
			// Three whole working days from a close: the close three working days later.
			"2026-03-12T17:00, PT24H, 2026-03-17T17:00",
			// Nothing paused: unchanged.
			"2026-03-13T17:00, PT0S, 2026-03-13T17:00" })
	void givenADueDate_whenMovedByAPause_thenItMovesByExactlyThatOfficeTime(LocalDateTime due, Duration pause,
			LocalDateTime expected) {
		assertThat(this.calendar.addWorkingTime(vn(due), pause)).isEqualTo(vn(expected));
	}

	@Test
	void givenAPauseOfTwoHoursFifty_whenTheDueDateMoves_thenByTwoHoursFiftyNotAWholeDay() {
		Duration paused = this.calendar.workingTimeBetween(at("2026-03-09T15:30"), at("2026-03-10T08:50"));
		assertThat(this.calendar.addWorkingTime(at("2026-03-13T17:00"), paused)).isEqualTo(at("2026-03-16T10:20"));
	}

	@Test
	void givenNegativeWorkingTime_whenAdded_thenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.addWorkingTime(at("2026-03-13T17:00"), Duration.ofMinutes(-1)));
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

	private static ZonedDateTime vn(LocalDateTime time) {
		return time.atZone(WorkingDayCalendar.VIETNAM);
	}

	private static ZonedDateTime at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.VIETNAM);
	}

}
