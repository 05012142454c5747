package vn.motcua.calendar;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayScheduleReaderTest {

	private static final String FILE = "vn-holidays.yaml";

	@Test
	void givenTheShippedFile_whenRead_thenEveryYearHasSourcedOccasions() {
		assertThat(Calendars.SHIPPED.years()).containsKeys(2025, 2026);
		assertThat(Calendars.SHIPPED.occasions(2026)).extracting(HolidaySchedule.Occasion::id)
			.containsExactly("tet-duong-lich", "tet-nguyen-dan", "quoc-khanh");
		assertThat(Calendars.SHIPPED.occasions(2026)).allSatisfy((o) -> assertThat(o.source()).isNotBlank());
	}

	@Test
	void givenAnUnparseableDate_whenRead_thenTheMessageNamesFileYearAndEntry() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: quoc-khanh
				      source: test
				      off: [2026-02-30]
				""")).isInstanceOf(CalendarException.class)
			.hasMessageContaining(FILE)
			.hasMessageContaining("năm 2026")
			.hasMessageContaining("mục 1 (quoc-khanh)")
			.hasMessageContaining("2026-02-30");
	}

	@Test
	void givenAnIndentationError_whenRead_thenTheMessageNamesLineAndColumnInVietnamese() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: quoc-khanh
				      source: test
				     off: [2026-09-01]
				""")).isInstanceOf(CalendarException.class)
			.hasMessageStartingWith(FILE + ", dòng 5, cột")
			.hasMessageContaining("thụt lề")
			.hasMessageNotContaining("expected")
			.hasMessageNotContaining("while parsing");
	}

	@Test
	void givenADayBothOffAndWorking_whenRead_thenRejected() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: tet-duong-lich
				      source: test
				      off: [2026-01-10]
				    - occasion: quoc-khanh
				      source: test
				      working: [2026-01-10]
				""")).isInstanceOf(CalendarException.class)
			.hasMessageContaining("mục 2 (quoc-khanh)")
			.hasMessageContaining("2026-01-10 vừa là ngày nghỉ vừa là ngày làm việc");
	}

	@Test
	void givenAMakeUpDayOnAWeekday_whenRead_thenRejected() {
		assertThatThrownBy(() -> read("""
				years:
				  2025:
				    - occasion: le-30-4-1-5
				      source: test
				      working: [2025-04-28]
				""")).isInstanceOf(CalendarException.class)
			.hasMessageContaining("năm 2025, mục 1 (le-30-4-1-5)")
			.hasMessageContaining("2025-04-28 không phải thứ Bảy hoặc Chủ nhật");
	}

	@Test
	void givenAnUnknownField_whenRead_thenRejected() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: quoc-khanh
				      source: test
				      days: [2026-09-01]
				""")).isInstanceOf(CalendarException.class).hasMessageContaining("trường không được biết 'days'");
	}

	@Test
	void givenADateOutsideItsYearOrAYearOutOfRange_whenRead_thenRejected() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: quoc-khanh
				      source: test
				      off: [2027-09-01]
				""")).hasMessageContaining("không thuộc năm 2026");
		assertThatThrownBy(() -> read("""
				years:
				  2300: []
				""")).hasMessageContaining("năm '2300' không hợp lệ");
	}

	@Test
	void givenANewOccasionWithoutNameOrAMissingSource_whenRead_thenRejected() {
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: ngay-van-hoa-viet-nam
				      source: test
				      off: [2026-11-24]
				""")).hasMessageContaining("cần trường 'name'");
		assertThatThrownBy(() -> read("""
				years:
				  2026:
				    - occasion: quoc-khanh
				      off: [2026-09-01]
				""")).hasMessageContaining("thiếu trường 'source'");
	}

	@Test
	void givenAScheduledExtraDayOff_whenTheCalendarIsBuilt_thenItIsNotAWorkingDay() {
		HolidaySchedule schedule = read("""
				years:
				  2026:
				    - occasion: ngay-van-hoa-viet-nam
				      name: Ngày Văn hóa Việt Nam
				      source: test
				      off: [2026-11-24]
				""");
		WorkingDayCalendar calendar = new WorkingDayCalendar(Calendars.LUNAR, schedule, OfficeHours.DEFAULT,
				StartDay.NEXT_WORKING_DAY);
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 11, 24))).isFalse();
		assertThat(calendar.reason(java.time.LocalDate.of(2026, 11, 24))).isEqualTo("Ngày Văn hóa Việt Nam");
		// Occasions it does not list still follow the rule: Tết 2026 by the rule.
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 2, 16))).isFalse();
	}

	private static HolidaySchedule read(String yaml) {
		return HolidayScheduleReader.read(new StringReader(yaml), FILE);
	}

}
