package vn.motcua.flow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A financial obligation (nghĩa vụ tài chính) notified during appraisal: the dossier
 * waits at the center for the proof of payment, the clock stops when the procedure says
 * so (land registration: the tax office's step), nothing watches the deadline meanwhile,
 * and the once-only supplement is still available afterwards. A procedure without an
 * obligation refuses the choice.
 */
class FinancialObligationFlowTest extends FlowTestSupport {

	@Test
	void givenTheTaxStepNotifiesAnObligation_whenTheApplicantPaysThreeWorkingDaysLater_thenTheDateMovesByThree() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.financialObligation() != null && p.financialObligation().stopsClock()
					&& p.flow().equals("lien-thong"))
			.findFirst()
			.orElseThrow();
		String reception = procedure.receivingUnits().get(0) + ":tiep-nhan";
		FlowDriver.at("2026-03-02T09:00"); // Monday
		String code = submit(procedure);
		this.flow.complete(code, "receive-dossier", reception, Map.of("receptionDecision", "accept"));
		OffsetDateTime firstDue = this.register.get(code).dueAt();
		resolve(code, procedure.steps().get(0).agency());

		String taxOffice = procedure.steps().get(1).agency();
		FlowDriver.at("2026-03-03T09:00"); // Tuesday
		this.flow.complete(code, "appraise-dossier", taxOffice + ":chuyen-vien", Map.of("appraisalResult", "obligation",
				"appraisalNote", "Thuế thu nhập cá nhân 12.000.000 đồng, lệ phí trước bạ 3.000.000 đồng"));

		Dossier waiting = this.register.get(code);
		assertThat(waiting.status()).isEqualTo(DossierStatus.TAM_DUNG);
		assertThat(waiting.supplementCount()).as("not the one supplement the law allows").isZero();
		assertThat(this.register.events(code)).filteredOn((e) -> e.type().equals("FINANCIAL_OBLIGATION"))
			.singleElement()
			.satisfies((e) -> assertThat(e.note()).contains("tạm dừng tính hạn").contains("12.000.000"));
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.list()
			.stream()
			.mapToLong((instance) -> this.flow.timers(instance.getId()).size())
			.sum()).as("no deadline timer while the clock stands still").isZero();

		FlowDriver.at("2026-03-06T09:00"); // Friday: Tue→Fri is three working days
		this.flow.complete(code, "receive-agency-supplement", reception, Map.of("supplementReceived", true));

		Dossier resumed = this.register.get(code);
		assertThat(resumed.status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(resumed.dueAt())
			.isAtSameInstantAs(closeOfWorkingDay(firstDue.atZoneSameInstant(FlowDriver.VN).toLocalDate(), 3));
		// The tax office appraises again with the proof, and may still ask for a
		// supplement.
		this.flow.complete(code, "appraise-dossier", taxOffice + ":chuyen-vien",
				Map.of("appraisalResult", "supplement", "appraisalNote", "Thiếu tờ khai lệ phí trước bạ có chữ ký"));
		assertThat(this.register.get(code).supplementCount()).isEqualTo(1);
	}

	@Test
	void givenAProcedureWithoutAnObligation_whenTheSpecialistChoosesOne_thenRefusedAndTheTaskStaysOpen() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.financialObligation() == null && p.flow().equals("mot-cua") && !p.sameDay())
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-02T09:00");
		String code = submit(procedure);
		this.flow.complete(code, "receive-dossier", procedure.receivingUnits().get(0) + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
		String specialist = procedure.agency() + ":chuyen-vien";

		assertThatThrownBy(() -> this.flow.complete(code, "appraise-dossier", specialist,
				Map.of("appraisalResult", "obligation", "appraisalNote", "Nộp thuế")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("không có nghĩa vụ tài chính");
		this.flow.task(code, "appraise-dossier", specialist);
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(this.register.events(code)).extracting(DossierEvent::type).doesNotContain("FINANCIAL_OBLIGATION");
	}

	private void resolve(String code, String agency) {
		this.flow.complete(code, "appraise-dossier", agency + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", agency + ":lanh-dao", Map.of("leaderDecision", "agree"));
	}

	private String submit(Procedure procedure) {
		Dossier dossier = this.intake.register(procedure,
				this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Đỗ Văn Hùng", "001082011223", null, null, null), null, null, "tiep-nhan");
		return dossier.code();
	}

	/**
	 * 17:00 on the working day {@code days} working days after {@code day} (March 2026).
	 */
	private static OffsetDateTime closeOfWorkingDay(LocalDate day, int days) {
		LocalDate result = day;
		for (int left = days; left > 0;) {
			result = result.plusDays(1);
			if (result.getDayOfWeek().getValue() < 6) {
				left--;
			}
		}
		return result.atTime(17, 0).atZone(FlowDriver.VN).toOffsetDateTime();
	}

}
