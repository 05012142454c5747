package vn.motcua.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune an address names: with or without diacritics, as a whole place name, and
 * none when the address names none or more than one.
 */
class CommuneNamesTest {

	private static final List<Agency> AGENCIES = List.of(
			new Agency("xa-yen-phong", "Ủy ban nhân dân xã Yên Phong", "xa", "xa", null, List.of()),
			new Agency("phuong-kinh-bac", "Ủy ban nhân dân phường Kinh Bắc", "xa", "xa", null, List.of()),
			new Agency("so-tu-phap", "Sở Tư pháp", "so", "tinh", null, List.of()));

	@Test
	void givenAnAddressNamingOneCommune_withOrWithoutDiacritics_thenItIsThatCommune() {
		assertThat(CommuneNames.inAddress(AGENCIES, "Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh")).hasValue("xa-yen-phong");
		assertThat(CommuneNames.inAddress(AGENCIES, "thon dong, YEN PHONG")).hasValue("xa-yen-phong");
		assertThat(CommuneNames.inAddress(AGENCIES, "Số 45 Lý Thái Tổ, P. Kinh Bắc")).hasValue("phuong-kinh-bac");
	}

	@Test
	void givenAnAddressNamingNoneOrTwo_thenNone() {
		assertThat(CommuneNames.inAddress(AGENCIES, "Số 1 đường Lý Thái Tổ")).isEmpty();
		assertThat(CommuneNames.inAddress(AGENCIES, "Yên Phongxx")).isEmpty();
		assertThat(CommuneNames.inAddress(AGENCIES, "Kinh Bắc hoặc Yên Phong")).isEmpty();
		assertThat(CommuneNames.inAddress(AGENCIES, null)).isEmpty();
	}

}
