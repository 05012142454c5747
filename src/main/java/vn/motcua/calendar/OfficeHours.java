package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * Office hours of a working day: a morning and an afternoon session (by default
 * 07:30–11:30 and 13:00–17:00, eight working hours).
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 0), LocalTime.of(17, 0));

	public OfficeHours {
		if (!(morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart)
				&& afternoonStart.isBefore(afternoonEnd))) {
			throw new IllegalArgumentException("Office hours must be ordered: morning start < morning end <= "
					+ "afternoon start < afternoon end, not " + morningStart + "–" + morningEnd + ", " + afternoonStart
					+ "–" + afternoonEnd);
		}
	}

	LocalTime open() {
		return this.morningStart;
	}

	LocalTime close() {
		return this.afternoonEnd;
	}

	/** Office time of one working day, in seconds. */
	long secondsPerDay() {
		return seconds(this.morningStart, this.morningEnd) + seconds(this.afternoonStart, this.afternoonEnd);
	}

	/** Office time of a working day left after {@code time}, in seconds. */
	long secondsLeft(LocalTime time) {
		return overlap(time, this.morningStart, this.morningEnd)
				+ overlap(time, this.afternoonStart, this.afternoonEnd);
	}

	/**
	 * The time reached after {@code seconds} of office time from {@code time}, at most
	 * {@link #secondsLeft(LocalTime)}; a session's end is returned rather than the next
	 * session's start (07:30 plus four hours is 11:30, not 13:00).
	 */
	LocalTime after(LocalTime time, long seconds) {
		long morning = overlap(time, this.morningStart, this.morningEnd);
		if (seconds <= morning) {
			return later(time, this.morningStart).plusSeconds(seconds);
		}
		return later(time, this.afternoonStart).plusSeconds(seconds - morning);
	}

	private static long overlap(LocalTime time, LocalTime start, LocalTime end) {
		LocalTime from = later(time, start);
		return from.isBefore(end) ? seconds(from, end) : 0;
	}

	private static LocalTime later(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static long seconds(LocalTime from, LocalTime to) {
		return to.toSecondOfDay() - from.toSecondOfDay();
	}

}
