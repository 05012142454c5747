package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every day of 2025 and 2026 against the official schedules, typed here from the notices
 * (not from the YAML file): Công văn 8726/VPCP-KGVX and Thông báo 6150/TB-BLĐTBXH for
 * 2025; Công văn 12729/VPCP-KGVX (Tết Dương lịch) and the VPCP letter of 10/2025 (Tết,
 * Quốc khánh) for 2026, with Giỗ Tổ and 30/4–1/5 2026 by the Labour Code.
 */
class OfficialSchedulesTest {

	private final WorkingDayCalendar calendar = Calendars.shipped();

	@Test
	void given2025_whenEveryDayIsChecked_thenWorkingDaysMatchTheOfficialSchedule() {
		Set<LocalDate> weekdaysOff = Set.of(LocalDate.of(2025, 1, 1),
				// Tết Ất Tỵ: 28 tháng Chạp to mùng 3 (Mon 27/1 – Fri 31/1)
				LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
				LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
				// Giỗ Tổ Hùng Vương, Monday 7/4
				LocalDate.of(2025, 4, 7),
				// 30/4, 1/5 and Friday 2/5 swapped
				LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
				// Quốc khánh: Monday 1/9 and Tuesday 2/9
				LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
		Set<LocalDate> saturdaysWorked = Set.of(LocalDate.of(2025, 4, 26));
		assertThat(differences(2025, weekdaysOff, saturdaysWorked)).isEmpty();
		assertThat(this.calendar.holidays(2025)).hasSize(12);
	}

	@Test
	void given2026_whenEveryDayIsChecked_thenWorkingDaysMatchTheOfficialSchedule() {
		Set<LocalDate> weekdaysOff = Set.of(
				// Tết Dương lịch: Thursday 1/1 and Friday 2/1 swapped
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
				// Tết Bính Ngọ: 29 tháng Chạp to mùng 4 (Mon 16/2 – Fri 20/2)
				LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
				LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
				// Giỗ Tổ on Sunday 26/4, compensated Monday 27/4
				LocalDate.of(2026, 4, 27),
				// 30/4 Thursday, 1/5 Friday
				LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
				// Quốc khánh: Monday 31/8 swapped, Tuesday 1/9, Wednesday 2/9
				LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
		Set<LocalDate> saturdaysWorked = Set.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
		assertThat(differences(2026, weekdaysOff, saturdaysWorked)).isEmpty();
		assertThat(this.calendar.holidays(2026)).hasSize(13);
	}

	@Test
	void givenTheDaysOfTet2026_whenAskedWhy_thenTetNguyenDanWithItsLunarDate() {
		LocalDate mung3 = LocalDate.of(2026, 2, 19);
		assertThat(this.calendar.isWorkingDay(mung3)).isFalse();
		assertThat(this.calendar.reason(mung3)).isEqualTo("Tết Nguyên đán");
		assertThat(this.calendar.lunar(mung3)).isEqualTo(new LunarDate(3, 1, 2026, false));
		assertThat(this.calendar.reason(LocalDate.of(2026, 2, 14))).isEqualTo("Tết Nguyên đán");
		assertThat(this.calendar.reason(LocalDate.of(2026, 4, 27))).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
		assertThat(this.calendar.reason(LocalDate.of(2026, 8, 22))).isEqualTo("Ngày làm bù (Quốc khánh)");
		assertThat(this.calendar.reason(LocalDate.of(2026, 3, 7))).isEqualTo("Thứ Bảy");
		assertThat(this.calendar.reason(LocalDate.of(2026, 3, 9))).isNull();
	}

	@Test
	void given2027WithoutSchedule_whenHolidaysAreListed_thenTheLabourCodeRuleWithCompensations() {
		// Tết Đinh Mùi is Saturday 6/2/2027: Friday 5/2 (last day of Bính Ngọ) and mùng
		// 1–4;
		// Saturday and Sunday are compensated on Wednesday 10/2 and Thursday 11/2.
		// Giỗ Tổ 16/4 (Hồ Ngọc Đức's tables). 1/5 is a Saturday: Monday 3/5 off.
		// 2/9 is a Thursday: the adjacent day is Friday 3/9.
		assertThat(this.calendar.holidays(2027)).extracting(Holiday::date)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
					LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
					LocalDate.of(2027, 4, 16), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3),
					LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));
		assertThat(this.calendar.reason(LocalDate.of(2027, 2, 10))).isEqualTo("Nghỉ bù Tết Nguyên đán");
		assertThat(this.calendar.holidays(2027).get(0).source()).contains("Bộ luật Lao động 2019");
	}

	@Test
	void givenQuocKhanhOnEachWeekday_whenNoSchedule_thenTheAdjacentDayJoinsAWeekend() {
		// 2/9 on Sunday (2029): 3/9 Monday, 2/9 compensated Tuesday 4/9.
		assertThat(offAround(2029)).containsExactly(LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4));
		// Monday (2030): 2/9 and Tuesday 3/9.
		assertThat(offAround(2030)).containsExactly(LocalDate.of(2030, 9, 2), LocalDate.of(2030, 9, 3));
		// Tuesday (2031): Monday 1/9 and 2/9.
		assertThat(offAround(2031)).containsExactly(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 2));
		// Friday (2033): Thursday 1/9 and 2/9.
		assertThat(offAround(2033)).containsExactly(LocalDate.of(2033, 9, 1), LocalDate.of(2033, 9, 2));
		// Saturday (2034): Friday 1/9, and 2/9 compensated Monday 4/9.
		assertThat(offAround(2034)).containsExactly(LocalDate.of(2034, 9, 1), LocalDate.of(2034, 9, 4));
	}

	private List<LocalDate> offAround(int year) {
		return this.calendar.holidays(year).stream().map(Holiday::date).filter((d) -> d.getMonthValue() >= 8).toList();
	}

	private List<String> differences(int year, Set<LocalDate> weekdaysOff, Set<LocalDate> saturdaysWorked) {
		List<String> differences = new ArrayList<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean expected = (!weekend && !weekdaysOff.contains(day)) || saturdaysWorked.contains(day);
			if (this.calendar.isWorkingDay(day) != expected) {
				differences.add(day + " " + day.getDayOfWeek() + " should be " + (expected ? "working" : "off"));
			}
		}
		return differences;
	}

}
