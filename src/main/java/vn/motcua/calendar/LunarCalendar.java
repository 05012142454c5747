package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The Vietnamese lunar calendar, computed with the astronomical algorithm published by Hồ
 * Ngọc Đức ("Thuật toán tính âm lịch", after Jean Meeus, <i>Astronomical Algorithms</i>):
 * a month starts on the day of the new moon; month 11 contains the winter solstice; a
 * year of 13 months repeats the first month that contains no major solar term (trung
 * khí).
 * <p>
 * The day of a new moon depends on the time zone. Vietnam counts in UTC+7 while the
 * Chinese calendar counts in UTC+8, so a new moon shortly after 23:00 in Hà Nội falls on
 * different days and Tết can differ (for example 1985, 2007, 2030). {@link #vietnam()} is
 * what the application uses; other offsets exist only for comparison.
 * <p>
 * Immutable: the month starts of 1898–2200 are computed once, at construction, so a
 * conversion is a binary search.
 */
public final class LunarCalendar {

	/** First Gregorian year whose dates can be converted. */
	public static final int FIRST_YEAR = 1900;

	/** Last Gregorian year whose dates can be converted. */
	public static final int LAST_YEAR = 2199;

	private static final long JULIAN_DAY_OF_EPOCH = 2440588;

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double NEW_MOON_K0 = 2415021.076998695;

	private final double timeZone;

	/** Epoch day of the first day of each lunar month, ascending. */
	private final long[] monthStart;

	private final byte[] monthNumber;

	private final boolean[] leap;

	private final short[] lunarYear;

	/**
	 * @param timeZoneHours offset from UTC in hours (7 for Vietnam, 8 for China)
	 */
	public LunarCalendar(double timeZoneHours) {
		this.timeZone = timeZoneHours;
		int cycles = LAST_YEAR - FIRST_YEAR + 4;
		long[] starts = new long[cycles * 13 + 1];
		byte[] numbers = new byte[starts.length];
		boolean[] leaps = new boolean[starts.length];
		short[] years = new short[starts.length];
		int n = 0;
		// A cycle runs from month 11 of year y (it holds the winter solstice of y) to
		// month
		// 11 of y + 1; months 11 and 12 belong to lunar year y, the following ones to y +
		// 1.
		for (int y = FIRST_YEAR - 2; y <= LAST_YEAR + 1; y++) {
			long a11 = lunarMonth11(y);
			long b11 = lunarMonth11(y + 1);
			long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_K0) / SYNODIC_MONTH);
			int months = (b11 - a11 > 365) ? 13 : 12;
			int leapOffset = (months == 13) ? leapMonthOffset(a11) : -1;
			int label = 11;
			int year = y;
			for (int i = 0; i < months; i++) {
				boolean isLeap = (i == leapOffset);
				if (i > 0 && !isLeap) {
					label = (label % 12) + 1;
					if (label == 1) {
						year = y + 1;
					}
				}
				starts[n] = newMoonDay(k + i) - JULIAN_DAY_OF_EPOCH;
				numbers[n] = (byte) label;
				leaps[n] = isLeap;
				years[n] = (short) year;
				n++;
			}
		}
		this.monthStart = Arrays.copyOf(starts, n);
		this.monthNumber = Arrays.copyOf(numbers, n);
		this.leap = Arrays.copyOf(leaps, n);
		this.lunarYear = Arrays.copyOf(years, n);
	}

	/** The calendar of Vietnam, UTC+7. */
	public static LunarCalendar vietnam() {
		return new LunarCalendar(7);
	}

	/**
	 * The lunar date of a Gregorian date of 1900–2199.
	 * @throws CalendarRangeException outside that range
	 */
	public LunarDate toLunar(LocalDate date) {
		checkYear(date.getYear());
		int i = monthIndex(date.toEpochDay());
		return new LunarDate((int) (date.toEpochDay() - this.monthStart[i] + 1), this.monthNumber[i], this.lunarYear[i],
				this.leap[i]);
	}

	/**
	 * The Gregorian date of a lunar date.
	 * @throws IllegalArgumentException if the lunar date does not exist (a 30th in a
	 * 29-day month, a leap month in a year without it)
	 */
	public LocalDate toSolar(LunarDate lunar) {
		checkYear(lunar.year());
		for (int i = firstMonthOf(lunar.year()); i < this.monthStart.length - 1
				&& this.lunarYear[i] == lunar.year(); i++) {
			if (this.monthNumber[i] == lunar.month() && this.leap[i] == lunar.leapMonth()) {
				long length = this.monthStart[i + 1] - this.monthStart[i];
				if (lunar.day() < 1 || lunar.day() > length) {
					throw new IllegalArgumentException("No day " + lunar.day() + " in " + lunar);
				}
				return LocalDate.ofEpochDay(this.monthStart[i] + lunar.day() - 1);
			}
		}
		throw new IllegalArgumentException("No such lunar month: " + lunar);
	}

	/** Mùng 1 Tết, the first day of lunar year {@code year}. */
	public LocalDate newYear(int year) {
		return toSolar(new LunarDate(1, 1, year, false));
	}

	/** The leap month of lunar year {@code year}, or 0 when it has none. */
	public int leapMonth(int year) {
		checkYear(year);
		for (int i = firstMonthOf(year); i < this.monthStart.length && this.lunarYear[i] == year; i++) {
			if (this.leap[i]) {
				return this.monthNumber[i];
			}
		}
		return 0;
	}

	private int firstMonthOf(int year) {
		int i = monthIndex(LocalDate.of(year, 1, 20).toEpochDay());
		while (this.lunarYear[i] < year || this.monthNumber[i] != 1 || this.leap[i]) {
			i++;
		}
		return i;
	}

	private int monthIndex(long epochDay) {
		int i = Arrays.binarySearch(this.monthStart, epochDay);
		return (i >= 0) ? i : -i - 2;
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new CalendarRangeException(year);
		}
	}

	/** Julian day number of the local day of the k-th new moon after 1900-01-01. */
	private long newMoonDay(long k) {
		return (long) Math.floor(newMoon(k) + 0.5 + this.timeZone / 24);
	}

	/**
	 * Julian date (UT) of the k-th new moon after the one of 1900-01-01: Meeus,
	 * <i>Astronomical Algorithms</i> (2nd ed.), chapter 49, with all periodic terms and
	 * the fourteen planetary corrections, converted from TT to UT with {@link #deltaT}.
	 */
	static double newMoon(long k1900) {
		double k = k1900 - 1237;
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double t4 = t3 * t;
		double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
		double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
		double c = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
		double a = 0.000325 * Math.sin(rad(299.77 + 0.107408 * k - 0.009173 * t2))
				+ 0.000165 * Math.sin(rad(251.88 + 0.016321 * k)) + 0.000164 * Math.sin(rad(251.83 + 26.651886 * k))
				+ 0.000126 * Math.sin(rad(349.42 + 36.412478 * k)) + 0.000110 * Math.sin(rad(84.66 + 18.206239 * k))
				+ 0.000062 * Math.sin(rad(141.74 + 53.303771 * k)) + 0.000060 * Math.sin(rad(207.14 + 2.453732 * k))
				+ 0.000056 * Math.sin(rad(154.84 + 7.306860 * k)) + 0.000047 * Math.sin(rad(34.52 + 27.261239 * k))
				+ 0.000042 * Math.sin(rad(207.19 + 0.121824 * k)) + 0.000040 * Math.sin(rad(291.34 + 1.844379 * k))
				+ 0.000037 * Math.sin(rad(161.72 + 24.198154 * k)) + 0.000035 * Math.sin(rad(239.56 + 25.513099 * k))
				+ 0.000023 * Math.sin(rad(331.55 + 3.592518 * k));
		jde = jde + c + a;
		return jde - deltaT(jde) / 86400;
	}

	/**
	 * TT − UT in seconds at Julian date {@code jd}: the polynomials of Espenak and Meeus
	 * (NASA, "Five Millennium Canon of Solar Eclipses", 2006) for 1900–2200.
	 */
	static double deltaT(double jd) {
		double y = 2000 + (jd - 2451544.5) / 365.2425;
		double t;
		if (y < 1920) {
			t = y - 1900;
			return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
		}
		if (y < 1941) {
			t = y - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (y < 1961) {
			t = y - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (y < 1986) {
			t = y - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (y < 2005) {
			t = y - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
					+ 0.00002373599 * t * t * t * t * t;
		}
		if (y < 2050) {
			t = y - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		double u = (y - 1820) / 100;
		if (y < 2150) {
			return -20 + 32 * u * u - 0.5628 * (2150 - y);
		}
		return -20 + 32 * u * u;
	}

	/**
	 * Apparent geocentric longitude of the sun, radians in [0, 2π), at Julian date
	 * {@code jd} (UT): Meeus chapter 25, with nutation and aberration.
	 */
	static double sunLongitude(double jd) {
		double t = (jd + deltaT(jd) / 86400 - 2451545.0) / 36525;
		double t2 = t * t;
		double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
		double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
		double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
				+ 0.000289 * Math.sin(3 * m);
		double om = rad(125.04 - 1934.136 * t);
		double l = rad(l0 + c - 0.00569 - 0.00478 * Math.sin(om));
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

	private static double rad(double degrees) {
		return degrees * Math.PI / 180;
	}

	/**
	 * The major solar term (0 to 11, in 30° steps of the sun's longitude) in force at the
	 * start of local day {@code dayNumber}.
	 */
	private int solarTerm(long dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - this.timeZone / 24) / Math.PI * 6);
	}

	/** Julian day number of the first day of the lunar month 11 of Gregorian year y. */
	private long lunarMonth11(int y) {
		long off = LocalDate.of(y, 12, 31).toEpochDay() + JULIAN_DAY_OF_EPOCH - 2415021;
		long k = (long) Math.floor(off / SYNODIC_MONTH);
		long nm = newMoonDay(k);
		if (solarTerm(nm) >= 9) {
			nm = newMoonDay(k - 1);
		}
		return nm;
	}

	/**
	 * In a 13-month cycle starting at month 11 {@code a11}, the offset of the leap month:
	 * the first month without a major solar term.
	 */
	private int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - NEW_MOON_K0) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = solarTerm(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = solarTerm(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}
