package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vietnam's working days for state agencies, 1900–2199, and deadline arithmetic on them.
 * <p>
 * Non-working: Saturdays and Sundays; the public holidays of Bộ luật Lao động 2019, Điều
 * 112 ({@link Occasions}), a holiday on a weekend moved to the next working day; and, for
 * a year with an official schedule in {@code vn-holidays.yaml}, that schedule instead of
 * the rule for each occasion it lists (extra days off, make-up working Saturdays).
 * <p>
 * Deadlines, one rule for every path (the counter, the public calculator, the timers; see
 * {@code docs/deadlines.md}):
 * <ol>
 * <li><b>Day of receipt.</b> A dossier received on a working day, before the close of
 * office hours (strictly before 17:00) and not after the procedure's cut-off (15:00 is
 * still in time, 15:01 is not), is received that day. Otherwise it counts as received the
 * next working day, at the opening of office hours. The shift happens once.</li>
 * <li><b>Working days.</b> With {@link StartDay#NEXT_WORKING_DAY} (Bộ luật Dân sự 2015,
 * Điều 147) day 1 is the first working day after the calendar day of receipt. A dossier
 * moved to the next working day by the cut-off, the close of office hours or a day off
 * counts from that day: it does not skip another one, so for these procedures the time of
 * day does not move the date. With {@link StartDay#RECEIPT_DAY} day 1 is the day of
 * receipt of rule 1. The result is due at the close of office hours of the last day.</li>
 * <li><b>Same day.</b> Due at the close of office hours of the day of receipt of rule
 * 1.</li>
 * <li><b>Working hours.</b> Counted in office time from the time of receipt of rule 1,
 * lunch break, evenings and days off excluded.</li>
 * <li><b>Pauses.</b> The time a dossier waits for a supplement is measured in office time
 * ({@link #workingTimeBetween}) and the due instant moves by exactly that much
 * ({@link #addWorkingTime}): hours and minutes, not whole days.</li>
 * </ol>
 * <p>
 * Immutable and thread-safe. The days are precomputed into prefix counts of working days,
 * so every question is O(1).
 */
public final class WorkingDayCalendar {

	/** Vietnam's time zone, in which every date of the calendar is meant. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String COMPENSATION_SOURCE = "Bộ luật Lao động 2019, Điều 112 khoản 3 (nghỉ bù)";

	private static final LocalDate FIRST = LocalDate.of(LunarCalendar.FIRST_YEAR, 1, 1);

	private static final LocalDate LAST = LocalDate.of(LunarCalendar.LAST_YEAR, 12, 31);

	private final LunarCalendar lunar;

	private final OfficeHours hours;

	private final StartDay startDay;

	private final long base;

	/** {@code workingBefore[i]}: working days before day {@code base + i}. */
	private final int[] workingBefore;

	/** Day offsets (from {@code base}) of all working days, ascending. */
	private final int[] workingDays;

	/** Named days: holidays, compensations and make-up working days. */
	private final Map<Integer, String> reasons;

	private final Map<Integer, List<Holiday>> holidays;

	public WorkingDayCalendar(LunarCalendar lunar, HolidaySchedule schedule, OfficeHours hours, StartDay startDay) {
		this.lunar = lunar;
		this.hours = hours;
		this.startDay = startDay;
		this.base = FIRST.toEpochDay();
		int length = (int) (LAST.toEpochDay() - this.base + 1);
		boolean[] off = new boolean[length];
		this.reasons = new HashMap<>();
		this.holidays = new HashMap<>();
		for (int year = LunarCalendar.FIRST_YEAR; year <= LunarCalendar.LAST_YEAR; year++) {
			plan(year, schedule, off);
		}
		for (int i = 0; i < length; i++) {
			DayOfWeek day = LocalDate.ofEpochDay(this.base + i).getDayOfWeek();
			boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
			if (weekend && !this.reasons.containsKey(i)) {
				off[i] = true;
			}
		}
		this.workingBefore = new int[length + 1];
		int[] working = new int[length];
		int n = 0;
		for (int i = 0; i < length; i++) {
			this.workingBefore[i] = n;
			if (!off[i]) {
				working[n++] = i;
			}
		}
		this.workingBefore[length] = n;
		this.workingDays = Arrays.copyOf(working, n);
	}

	/** Marks the days off and make-up days of one year; fills reasons and holidays. */
	private void plan(int year, HolidaySchedule schedule, boolean[] off) {
		Map<LocalDate, Holiday> daysOff = new LinkedHashMap<>();
		Map<LocalDate, String> makeUp = new HashMap<>();
		List<String> scheduled = new ArrayList<>();
		for (HolidaySchedule.Occasion occasion : schedule.occasions(year)) {
			scheduled.add(occasion.id());
			String source = (occasion.assumption() != null)
					? occasion.source() + " (giả định: " + occasion.assumption() + ")" : occasion.source();
			for (LocalDate day : occasion.off()) {
				daysOff.putIfAbsent(day, new Holiday(day, occasion.name(), source));
			}
			for (LocalDate day : occasion.working()) {
				makeUp.put(day, "Ngày làm bù (" + occasion.name() + ")");
			}
		}
		List<Occasions.RuleDay> rule = Occasions.byRule(year, this.lunar)
			.stream()
			.filter((day) -> !scheduled.contains(day.occasion()))
			.toList();
		for (Occasions.RuleDay day : rule) {
			daysOff.putIfAbsent(day.date(), new Holiday(day.date(), day.name(), Occasions.LAW));
		}
		for (Occasions.RuleDay day : rule) {
			if (isWeekend(day.date())) {
				LocalDate next = day.date().plusDays(1);
				while (isWeekend(next) || daysOff.containsKey(next) || makeUp.containsKey(next)) {
					next = next.plusDays(1);
				}
				daysOff.put(next, new Holiday(next, "Nghỉ bù " + day.name(), COMPENSATION_SOURCE));
			}
		}
		List<Holiday> weekdays = new ArrayList<>();
		for (Holiday holiday : new TreeMap<>(daysOff).values()) {
			int i = index(holiday.date());
			off[i] = true;
			this.reasons.put(i, holiday.name());
			if (!isWeekend(holiday.date())) {
				weekdays.add(holiday);
			}
		}
		makeUp.forEach((day, reason) -> this.reasons.put(index(day), reason));
		this.holidays.put(year, List.copyOf(weekdays));
	}

	public boolean isWorkingDay(LocalDate date) {
		int i = index(date);
		return this.workingBefore[i + 1] > this.workingBefore[i];
	}

	/**
	 * Why a day is not a working day ("Tết Nguyên đán", "Thứ Bảy"), or why a weekend day
	 * is one ("Ngày làm bù (…)"); {@code null} for an ordinary working day.
	 */
	public String reason(LocalDate date) {
		String reason = this.reasons.get(index(date));
		if (reason != null) {
			return reason;
		}
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> "Thứ Bảy";
			case SUNDAY -> "Chủ nhật";
			default -> null;
		};
	}

	/** The lunar date of a day. */
	public LunarDate lunar(LocalDate date) {
		return this.lunar.toLunar(date);
	}

	/** Every non-working weekday of a year, with its name and source, in date order. */
	public List<Holiday> holidays(int year) {
		List<Holiday> list = this.holidays.get(year);
		if (list == null) {
			throw new CalendarRangeException(year);
		}
		return list;
	}

	/**
	 * The working day {@code days} working days after {@code date} (before it when
	 * negative); {@code date} itself for 0.
	 */
	public LocalDate addWorkingDays(LocalDate date, int days) {
		int i = index(date);
		int k = (days >= 0) ? this.workingBefore[i + 1] + days - 1 : this.workingBefore[i] + days;
		if (days == 0) {
			return date;
		}
		if (k < 0 || k >= this.workingDays.length) {
			throw new CalendarRangeException((days > 0) ? LunarCalendar.LAST_YEAR + 1 : LunarCalendar.FIRST_YEAR - 1);
		}
		return LocalDate.ofEpochDay(this.base + this.workingDays[k]);
	}

	/**
	 * Working days in {@code (from, to]}, negative when {@code to} is before
	 * {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return this.workingBefore[index(to) + 1] - this.workingBefore[index(from) + 1];
	}

	/**
	 * How many working days before its due date a result came: positive when early,
	 * negative when late, 0 when finished on the due day (before or after the hour; the
	 * on-time question compares instants). Finished Wednesday for a Friday due date gives
	 * +2; finished the Monday after gives −1.
	 */
	public int daysEarly(ZonedDateTime dueAt, ZonedDateTime finishedAt) {
		return workingDaysBetween(finishedAt.withZoneSameInstant(VIETNAM).toLocalDate(),
				dueAt.withZoneSameInstant(VIETNAM).toLocalDate());
	}

	/**
	 * Close of office hours of {@code date}, or of the next working day if it is not one.
	 */
	public ZonedDateTime endOfDay(LocalDate date) {
		return close(isWorkingDay(date) ? date : addWorkingDays(date, 1));
	}

	/**
	 * The same time of day {@code days} working days before {@code instant}: one working
	 * day before a Friday 17:00 due date is Thursday 17:00.
	 */
	public ZonedDateTime before(ZonedDateTime instant, int days) {
		ZonedDateTime local = instant.withZoneSameInstant(VIETNAM);
		return addWorkingDays(local.toLocalDate(), -days).atTime(local.toLocalTime()).atZone(VIETNAM);
	}

	public ZonedDateTime dueAt(Instant receivedAt, DeadlineSpec spec) {
		return dueAt(receivedAt.atZone(VIETNAM), spec);
	}

	/**
	 * When a dossier received at {@code receivedAt} is due, by the rule of the class
	 * documentation.
	 */
	public ZonedDateTime dueAt(ZonedDateTime receivedAt, DeadlineSpec spec) {
		ZonedDateTime local = receivedAt.withZoneSameInstant(VIETNAM);
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		boolean shifted = !isWorkingDay(day) || !time.isBefore(this.hours.close())
				|| (spec.cutoff() != null && time.isAfter(spec.cutoff()));
		LocalDate received = shifted ? addWorkingDays(day, 1) : day;
		if (spec.inHours()) {
			return addWorkingTime(received.atTime(shifted ? this.hours.open() : time).atZone(VIETNAM),
					Duration.ofHours(spec.workingHours()));
		}
		if (spec.sameDay() || spec.workingDays() == 0) {
			return close(received);
		}
		LocalDate first = (this.startDay == StartDay.NEXT_WORKING_DAY) ? addWorkingDays(day, 1) : received;
		return close(addWorkingDays(first, spec.workingDays() - 1));
	}

	/**
	 * Office time of working days between two instants, as a due date moved by a pause
	 * needs it: the paused 15:30 Monday to 08:50 Tuesday is 1 h 30 + 1 h 20 = 2 h 50;
	 * lunch breaks, nights and days off do not count. Zero when {@code to} is not after
	 * {@code from}.
	 */
	public Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		ZonedDateTime start = from.withZoneSameInstant(VIETNAM);
		ZonedDateTime end = to.withZoneSameInstant(VIETNAM);
		LocalDate first = start.toLocalDate();
		LocalDate last = end.toLocalDate();
		long seconds;
		if (first.equals(last)) {
			seconds = isWorkingDay(first)
					? this.hours.secondsLeft(start.toLocalTime()) - this.hours.secondsLeft(end.toLocalTime()) : 0;
		}
		else {
			int fullDays = workingDaysBetween(first, last) - (isWorkingDay(last) ? 1 : 0);
			seconds = (isWorkingDay(first) ? this.hours.secondsLeft(start.toLocalTime()) : 0)
					+ fullDays * this.hours.secondsPerDay()
					+ (isWorkingDay(last) ? this.hours.secondsPerDay() - this.hours.secondsLeft(end.toLocalTime()) : 0);
		}
		return Duration.ofSeconds(seconds);
	}

	/**
	 * The instant {@code time} of office time after {@code from}: a due date moved by a
	 * pause, or a deadline in working hours. Office time ending with a session ends at
	 * its close (Friday 17:00 plus 2 h 50 is Monday 10:20; 07:30 plus 8 h is 17:00 the
	 * same day). {@code from} itself for zero.
	 */
	public ZonedDateTime addWorkingTime(ZonedDateTime from, Duration time) {
		if (time.isNegative()) {
			throw new IllegalArgumentException("Working time cannot be negative: " + time);
		}
		if (time.isZero()) {
			return from;
		}
		ZonedDateTime local = from.withZoneSameInstant(VIETNAM);
		LocalDate day = local.toLocalDate();
		LocalTime start = local.toLocalTime();
		if (!isWorkingDay(day)) {
			day = addWorkingDays(day, 1);
			start = this.hours.open();
		}
		long remaining = time.toSeconds();
		long left = this.hours.secondsLeft(start);
		if (remaining <= left) {
			return day.atTime(this.hours.after(start, remaining)).atZone(VIETNAM);
		}
		remaining -= left;
		long perDay = this.hours.secondsPerDay();
		long fullDays = (remaining - 1) / perDay;
		LocalDate dueDay = addWorkingDays(day, Math.toIntExact(fullDays + 1));
		return dueDay.atTime(this.hours.after(this.hours.open(), remaining - fullDays * perDay)).atZone(VIETNAM);
	}

	/** Office time of one working day (8 h with the default hours). */
	public Duration workingDay() {
		return Duration.ofSeconds(this.hours.secondsPerDay());
	}

	private ZonedDateTime close(LocalDate day) {
		return day.atTime(this.hours.close()).atZone(VIETNAM);
	}

	/** The non-working days from {@code from} to {@code to}, both included. */
	public List<Holiday> nonWorkingDays(LocalDate from, LocalDate to) {
		List<Holiday> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				days.add(new Holiday(day, reason(day), null));
			}
		}
		return days;
	}

	private int index(LocalDate date) {
		if (date.isBefore(FIRST) || date.isAfter(LAST)) {
			throw new CalendarRangeException(date.getYear());
		}
		return (int) (date.toEpochDay() - this.base);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
