package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The hand-over rows of the Phiếu kiểm soát (Mẫu 06), from a history written here. */
class ControlSheetTest {

	static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T09:00:00+07:00");

	static final Dossier DOSSIER = new Dossier("000.00.01.H27-260309-0001", "2.000488", "Cấp Phiếu lý lịch tư pháp",
			"2.000488@2025-07-01", new Dossier.Applicant("Lê Văn Hùng", "001090012345", null, null, null),
			Channel.TRUC_TIEP, "trung-tam", "so-tu-phap", "tinh", DossierStatus.DUNG_XU_LY, 0, MONDAY, MONDAY, null,
			null, null, null, null, 0, 0, 0, null, null, null);

	@Test
	void givenALateStepThenAnEarlyOne_whenTheUnitHandsOver_thenTheRowIsLate() {
		List<DossierEvent> events = List.of(event("SUBMITTED", "trung-tam", null, null, 0),
				event("TASK_COMPLETED", "trung-tam", null, null, 0), event("ACCEPTED", "trung-tam", null, null, 0),
				event("FORWARDED", "so-tu-phap", null, null, 1),
				event("TASK_COMPLETED", "so-tu-phap", "QUA_HAN", null, 2),
				event("TASK_COMPLETED", "so-tu-phap", "TRUOC_HAN", null, 3),
				event("STOPPED", "so-tu-phap", null, "Không đủ điều kiện", 3));

		List<ControlSheet.Row> rows = ControlSheet.rows(DOSSIER, events, ControlSheetTest::name);

		assertThat(rows).extracting(ControlSheet.Row::giver, ControlSheet.Row::receiver, ControlSheet.Row::result)
			.containsExactly(tuple("Trung tâm", "Sở Tư pháp", ""), tuple("Sở Tư pháp", "Trung tâm", "Quá hạn"));
		assertThat(rows.get(1).time()).isEqualTo("12:00 ngày 09/03/2026");
		assertThat(rows.get(1).notes()).containsExactly("Dừng giải quyết: Không đủ điều kiện");
	}

	@Test
	void givenADossierNotYetAccepted_whenItsSheetIsBuilt_thenItHasNoRows() {
		List<DossierEvent> events = List.of(event("SUBMITTED", "trung-tam", null, null, 0),
				event("TASK_COMPLETED", "trung-tam", "QUA_HAN", null, 1),
				event("REFUSED", "so-tu-phap", null, "Sai thẩm quyền", 1));

		assertThat(ControlSheet.rows(DOSSIER, events, ControlSheetTest::name)).isEmpty();
	}

	@Test
	void givenAReceptionShare_whenTheCenterForwardsAfterIt_thenItsRowIsLateAndWithinItOnTime() {
		List<DossierEvent> late = List.of(event("ACCEPTED", "trung-tam", null, null, 0),
				event("FORWARDED", "so-tu-phap", null, null, 5));
		List<DossierEvent> onTime = List.of(event("ACCEPTED", "trung-tam", null, null, 0),
				event("FORWARDED", "so-tu-phap", null, null, 4));

		assertThat(ControlSheet.rows(DOSSIER, late, ControlSheetTest::name, (start) -> start.plusHours(4)))
			.extracting(ControlSheet.Row::result)
			.containsExactly("Quá hạn");
		assertThat(ControlSheet.rows(DOSSIER, onTime, ControlSheetTest::name, (start) -> start.plusHours(4)))
			.extracting(ControlSheet.Row::result)
			.containsExactly("Đúng hạn");
	}

	@Test
	void givenAResumedDossier_whenTheCenterForwardsAgain_thenItsShareCountsFromTheResumption() {
		List<DossierEvent> events = List.of(event("ACCEPTED", "trung-tam", null, null, 0),
				event("FORWARDED", "so-tu-phap", null, null, 1),
				event("SUPPLEMENT_REQUESTED", "so-tu-phap", null, null, 2),
				event("RESUMED", "trung-tam", null, "Đã nhận hồ sơ bổ sung", 30),
				event("FORWARDED", "so-tu-phap", null, null, 31));

		assertThat(ControlSheet.rows(DOSSIER, events, ControlSheetTest::name, (start) -> start.plusHours(4)))
			.extracting(ControlSheet.Row::result)
			.containsExactly("Đúng hạn", "", "Đúng hạn");
	}

	private static DossierEvent event(String type, String unit, String result, String note, int hoursLater) {
		return new DossierEvent(DOSSIER.code(), MONDAY.plusHours(hoursLater), type, null, "can-bo", unit, null, null,
				result, note, false);
	}

	private static String name(String code) {
		return switch (code) {
			case "trung-tam" -> "Trung tâm";
			case "so-tu-phap" -> "Sở Tư pháp";
			default -> code;
		};
	}

}
