package vn.motcua.calendar;

import java.time.DayOfWeek;
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
 * Deadlines (DESIGN.md): N working days counted from the working day after receipt (or
 * from the day of receipt, see {@link StartDay}); due at the close of office hours of the
 * N-th working day. Received on a non-working day, after the close of office hours or
 * after the procedure's cut-off time counts as received the next working day. Paused
 * working days are added back.
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
		LocalDate day = isWorkingDay(date) ? date : addWorkingDays(date, 1);
		return day.atTime(this.hours.close()).atZone(VIETNAM);
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

	/** When a dossier received at {@code receivedAt} is due. */
	public ZonedDateTime dueAt(ZonedDateTime receivedAt, DeadlineSpec spec) {
		ZonedDateTime local = receivedAt.withZoneSameInstant(VIETNAM);
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		boolean nextDay = !isWorkingDay(day) || !time.isBefore(this.hours.close())
				|| (spec.cutoff() != null && time.isAfter(spec.cutoff()));
		LocalDate received = nextDay ? addWorkingDays(day, 1) : day;
		if (spec.inHours()) {
			return inHours(received, nextDay ? this.hours.open() : time, spec);
		}
		LocalDate due;
		if (spec.sameDay()) {
			due = addWorkingDays(received, spec.pausedWorkingDays());
		}
		else {
			int n = spec.workingDays() + spec.pausedWorkingDays();
			due = addWorkingDays(received, (this.startDay == StartDay.RECEIPT_DAY) ? Math.max(n - 1, 0) : n);
		}
		return due.atTime(this.hours.close()).atZone(VIETNAM);
	}

	private ZonedDateTime inHours(LocalDate day, LocalTime from, DeadlineSpec spec) {
		int remaining = spec.workingHours() * 60;
		int left = this.hours.minutesLeft(from);
		LocalDate dueDay;
		LocalTime dueTime;
		if (remaining <= left) {
			dueDay = day;
			dueTime = this.hours.after(from, remaining);
		}
		else {
			remaining -= left;
			int perDay = this.hours.minutesPerDay();
			int fullDays = (remaining - 1) / perDay;
			dueDay = addWorkingDays(day, fullDays + 1);
			dueTime = this.hours.after(this.hours.open(), remaining - fullDays * perDay);
		}
		return addWorkingDays(dueDay, spec.pausedWorkingDays()).atTime(dueTime).atZone(VIETNAM);
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
