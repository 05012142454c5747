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

	int minutesPerDay() {
		return minutes(this.morningStart, this.morningEnd) + minutes(this.afternoonStart, this.afternoonEnd);
	}

	/** Working minutes of a day left after {@code time}. */
	int minutesLeft(LocalTime time) {
		return overlap(time, this.morningStart, this.morningEnd)
				+ overlap(time, this.afternoonStart, this.afternoonEnd);
	}

	/**
	 * The time reached after {@code minutes} working minutes from {@code time}, at most
	 * {@link #minutesLeft(LocalTime)}; a session's end is returned rather than the next
	 * session's start.
	 */
	LocalTime after(LocalTime time, int minutes) {
		int morning = overlap(time, this.morningStart, this.morningEnd);
		if (minutes <= morning) {
			return later(time, this.morningStart).plusMinutes(minutes);
		}
		return later(time, this.afternoonStart).plusMinutes(minutes - morning);
	}

	private static int overlap(LocalTime time, LocalTime start, LocalTime end) {
		LocalTime from = later(time, start);
		return from.isBefore(end) ? minutes(from, end) : 0;
	}

	private static LocalTime later(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static int minutes(LocalTime from, LocalTime to) {
		return (to.toSecondOfDay() - from.toSecondOfDay()) / 60;
	}

}
