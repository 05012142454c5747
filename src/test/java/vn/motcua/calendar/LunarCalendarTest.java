package vn.motcua.calendar;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Expected values come from references, never from this code: Hồ Ngọc Đức's tables of the
 * Vietnamese calendar (https://www.informatik.uni-leipzig.de/~duc/amlich/, year codes
 * TK20–TK22 decoded into {@code calendar/hnd-lunar-months.csv}) and, for the Chinese
 * side, the published dates of the Chinese New Year (Hong Kong Observatory tables).
 */
class LunarCalendarTest {

	private final LunarCalendar vietnam = LunarCalendar.vietnam();

	private final LunarCalendar china = new LunarCalendar(8);

	/**
	 * New moons closer to midnight than the precision of the computation: a 4th month of
	 * 2054 that the reference starts on 7/5 while Meeus' new moon with the Espenak–Meeus
	 * ΔT falls 22 s after midnight in Hà Nội, at 00:00:22 on 8/5. ΔT in 2054 is uncertain
	 * by far more than that; no holiday depends on it.
	 */
	private static final Map<LocalDate, String> WITHIN_PRECISION = Map.of(LocalDate.of(2054, 5, 7),
			"new moon at 00:00:22 UTC+7");

	@Test
	void givenHoNgocDucTables_whenEveryLunarMonthOf1929To2199IsConverted_thenItStartsOnTheSameDay() throws Exception {
		List<String> mismatches = new ArrayList<>();
		int rows = 0;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/calendar/hnd-lunar-months.csv"), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				rows++;
				String[] f = line.split(",");
				LunarCalendar calendar = "8".equals(f[0]) ? this.china : this.vietnam;
				LunarDate expected = new LunarDate(1, Integer.parseInt(f[2]), Integer.parseInt(f[1]), "1".equals(f[3]));
				LocalDate date = LocalDate.parse(f[4]);
				if (date.getYear() > LunarCalendar.LAST_YEAR || WITHIN_PRECISION.containsKey(date)) {
					continue;
				}
				if (!calendar.toLunar(date).equals(expected)) {
					mismatches.add(date + " is " + calendar.toLunar(date) + ", reference " + expected);
				}
				else if (!calendar.toSolar(expected).equals(date)) {
					mismatches.add(expected + " gives " + calendar.toSolar(expected) + ", reference " + date);
				}
			}
		}
		assertThat(rows).isGreaterThan(3300);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void givenTheNewMoonOf8May2054_whenConverted_thenDiffersFromTheReferenceByOneDayOnly() {
		assertThat(this.vietnam.toLunar(LocalDate.of(2054, 5, 8))).isEqualTo(new LunarDate(1, 4, 2054, false));
		assertThat(this.vietnam.newYear(2054)).isEqualTo(LocalDate.of(2054, 2, 8));
	}

	// Tết (mùng 1 tháng Giêng) and Giỗ Tổ Hùng Vương (10/3) from Hồ Ngọc Đức's tables;
	// 2020–2026 also as announced in the yearly holiday notices.
	@ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
	@CsvSource({ "1968, 1968-01-29, 1968-04-07", "1975, 1975-02-11, 1975-04-20", "1985, 1985-01-21, 1985-04-29",
			"1990, 1990-01-27, 1990-04-05", "2000, 2000-02-05, 2000-04-14", "2007, 2007-02-17, 2007-04-26",
			"2010, 2010-02-14, 2010-04-23", "2019, 2019-02-05, 2019-04-14", "2020, 2020-01-25, 2020-04-02",
			"2021, 2021-02-12, 2021-04-21", "2022, 2022-02-01, 2022-04-10", "2023, 2023-01-22, 2023-04-29",
			"2024, 2024-02-10, 2024-04-18", "2025, 2025-01-29, 2025-04-07", "2026, 2026-02-17, 2026-04-26",
			"2027, 2027-02-06, 2027-04-16", "2028, 2028-01-26, 2028-04-04", "2030, 2030-02-02, 2030-04-12",
			"2033, 2033-01-31, 2033-04-09", "2045, 2045-02-17, 2045-04-26", "2053, 2053-02-18, 2053-04-28",
			"2075, 2075-02-15, 2075-04-24", "2100, 2100-02-09, 2100-04-18", "2101, 2101-01-29, 2101-04-08",
			"2148, 2148-01-21, 2148-04-27", "2150, 2150-01-29, 2150-04-07", "2153, 2153-01-24, 2153-04-03",
			"2175, 2175-01-22, 2175-03-31", "2199, 2199-01-26, 2199-04-05" })
	void givenALunarYear_whenTetAndGioToAreConverted_thenTheyFallOnTheReferenceDates(int year, LocalDate tet,
			LocalDate gioTo) {
		assertThat(this.vietnam.newYear(year)).isEqualTo(tet);
		assertThat(this.vietnam.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(gioTo);
		assertThat(this.vietnam.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
		assertThat(this.vietnam.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
	}

	@ParameterizedTest(name = "{0}: leap month {1}")
	@CsvSource({ "1968, 7", "1985, 2", "1990, 5", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2033, 11", "2101, 7",
			"2148, 1", "2175, 3", "2024, 0", "2026, 0" })
	void givenALunarYear_whenAskedForItsLeapMonth_thenReferenceMonthOrNone(int year, int leapMonth) {
		assertThat(this.vietnam.leapMonth(year)).isEqualTo(leapMonth);
	}

	@Test
	void givenTheLeapSixthMonthOf2025_whenItsFirstDayIsConverted_thenItIsTheLeapMonth() {
		assertThat(this.vietnam.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
		assertThat(this.vietnam.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(new LunarDate(30, 6, 2025, false));
		assertThat(this.vietnam.toSolar(new LunarDate(1, 6, 2025, true))).isEqualTo(LocalDate.of(2025, 7, 25));
	}

	// Years whose Tết differs between Vietnam (UTC+7, Hồ Ngọc Đức's tables) and China
	// (UTC+8, published Chinese New Year dates), 1968–2100.
	@ParameterizedTest(name = "{0}: Việt Nam {1}, China {2}")
	@CsvSource({ "1968, 1968-01-29, 1968-01-30", "1969, 1969-02-16, 1969-02-17", "1985, 1985-01-21, 1985-02-20",
			"2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03", "2053, 2053-02-18, 2053-02-19" })
	void givenAYearWhereTheCalendarsDiffer_whenTetIsComputedForEachZone_thenVietnamAndChinaDiffer(int year,
			LocalDate vietnamTet, LocalDate chinaTet) {
		assertThat(this.vietnam.newYear(year)).isEqualTo(vietnamTet);
		assertThat(this.china.newYear(year)).isEqualTo(chinaTet);
	}

	// The same difference after 2100, where only the Vietnamese reference is at hand.
	@ParameterizedTest(name = "{0}: Việt Nam {1}")
	@CsvSource({ "2148, 2148-01-21", "2153, 2153-01-24", "2175, 2175-01-22", "2199, 2199-01-26" })
	void givenAYearAfter2100WhereTheCalendarsDiffer_whenTetIsComputed_thenVietnamIsEarlierThanUtc8(int year,
			LocalDate vietnamTet) {
		assertThat(this.vietnam.newYear(year)).isEqualTo(vietnamTet);
		assertThat(this.china.newYear(year)).isAfter(vietnamTet);
	}

	@Test
	void givenEveryYearFrom1968To2199_whenTetIsComputedForBothZones_thenOnlyTheKnownYearsDiffer() {
		List<Integer> differing = new ArrayList<>();
		for (int year = 1968; year <= LunarCalendar.LAST_YEAR; year++) {
			if (!this.vietnam.newYear(year).equals(this.china.newYear(year))) {
				differing.add(year);
			}
		}
		assertThat(differing).containsExactly(1968, 1969, 1985, 2007, 2030, 2053, 2148, 2153, 2175, 2199);
	}

	@Test
	void givenA30thInA29DayMonth_whenConvertedToSolar_thenRejected() {
		// Tháng Chạp of Ất Tỵ (2025) has 29 days: Tết Bính Ngọ is 17/2/2026.
		assertThat(this.vietnam.toSolar(new LunarDate(29, 12, 2025, false))).isEqualTo(LocalDate.of(2026, 2, 16));
		assertThatIllegalArgumentException().isThrownBy(() -> this.vietnam.toSolar(new LunarDate(30, 12, 2025, false)));
	}

	@Test
	void givenAYearOutsideTheRange_whenConverted_thenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.vietnam.toLunar(LocalDate.of(2200, 1, 1)))
			.isInstanceOf(CalendarRangeException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> this.vietnam.toLunar(LocalDate.of(1899, 12, 31)));
	}

}
