package vn.motcua.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.catalog.Agency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date and place line of the forms (Nghị định 30/2020/NĐ-CP, Phụ lục I): a leading
 * zero only for days 1-9 and months 1-2; the place is the province's name, or the
 * commune's for a commune.
 */
class AdministrativeDateTest {

	@ParameterizedTest
	@CsvSource({ "2026-03-05, ngày 05 tháng 3 năm 2026", "2026-03-15, ngày 15 tháng 3 năm 2026",
			"2026-01-05, ngày 05 tháng 01 năm 2026", "2026-02-15, ngày 15 tháng 02 năm 2026",
			"2026-04-30, ngày 30 tháng 4 năm 2026", "2026-09-02, ngày 02 tháng 9 năm 2026",
			"2026-10-01, ngày 01 tháng 10 năm 2026", "2026-11-24, ngày 24 tháng 11 năm 2026",
			"2026-12-31, ngày 31 tháng 12 năm 2026" })
	void givenADay_whenWrittenOnADocument_thenOnlySmallDaysAndJanuaryFebruaryHaveALeadingZero(LocalDate day,
			String expected) {
		assertThat(Texts.longDay(day)).isEqualTo(expected);
	}

	@Test
	void givenLateEveningUtc_whenWrittenOnADocument_thenTheDayIsVietnams() {
		// 18:30 UTC on 28 February is 01:30 on 1 March in Hà Nội.
		assertThat(Texts.placeAndDate("Bắc Ninh", OffsetDateTime.parse("2026-02-28T18:30:00Z")))
			.isEqualTo("Bắc Ninh, ngày 01 tháng 3 năm 2026");
	}

	@ParameterizedTest
	@CsvSource({ "5, 05", "9, 09", "10, 10", "125, 125" })
	void givenANumber_whenWrittenAsSo_thenALeadingZeroUnderTen(int number, String expected) {
		assertThat(Texts.documentNumber(number)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh|tinh|Bắc Ninh",
					"Sở Tư pháp tỉnh Bắc Ninh|tinh|Bắc Ninh", "Thuế tỉnh Bắc Ninh|trung-uong|Bắc Ninh",
					"Ủy ban nhân dân xã Tiên Du|xa|Tiên Du", "Ủy ban nhân dân phường Kinh Bắc|xa|Kinh Bắc",
					"Ủy ban nhân dân phường 5|xa|Phường 5", "Sở Nội vụ thành phố Hà Nội|tinh|Hà Nội",
					"Sở Tư pháp Thành phố Hồ Chí Minh|tinh|Thành phố Hồ Chí Minh" })
	void givenAnAgency_whenItsPlaceIsWritten_thenProvinceOrCommuneName(String name, String level, String place) {
		assertThat(PlaceNames.of(new Agency("x", name, "so", level, "000.00.01.H27", List.of()))).isEqualTo(place);
	}

}
