package vn.motcua.flow;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.postal.PostalDispatch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A result returned by post: the parcel is handed to the postal operator (the sandbox)
 * when the return is recorded, its number goes into the register and the citizen follows
 * it; without an address the officer's click is refused.
 */
@AutoConfigureMockMvc
class PostalReturnFlowTest extends FlowTestSupport {

	private static final String ID_NUMBER = "001090077777";

	@Autowired
	PostalDispatch postal;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Procedure procedure;

	String reception;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.fee().amount() > 0)
			.findFirst()
			.orElseThrow();
		this.reception = this.procedure.receivingUnits().get(0) + ":tiep-nhan";
		FlowDriver.at("2026-03-09T09:00");
	}

	@Test
	void givenAResultReturnedByPost_whenTheReturnIsRecorded_thenTheParcelHasANumberTheCitizenFollows()
			throws Exception {
		String code = resultReady("Số 12 phố Nguyễn Đăng Đạo, phường Kinh Bắc");

		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "buu-chinh", "resultHandedOver", true));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		PostalDispatch.Shipment shipment = this.postal.shipment(code).orElseThrow();
		assertThat(shipment.trackingNumber()).matches("EB\\d{9}VN");
		assertThat(this.register.events(code)).filteredOn((event) -> event.type().equals("SENT_BY_POST"))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.publicStep()).isTrue();
				assertThat(event.note()).contains(shipment.trackingNumber());
			});
		this.mvc.perform(get("/api/public/dossiers/" + code + "/shipment").header("X-Id-Number", ID_NUMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingNumber").value(shipment.trackingNumber()))
			.andExpect(jsonPath("$.statusLabel").value("Bưu điện đã nhận gửi"));
		this.mvc.perform(get("/api/public/dossiers/" + code + "/shipment").header("X-Id-Number", "001090000000"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/public/dossiers/" + code).header("X-Id-Number", ID_NUMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[?(@.type == 'SENT_BY_POST')].label")
				.value(org.hamcrest.Matchers.contains("Đã gửi kết quả qua bưu chính")))
			.andExpect(jsonPath("$.steps[?(@.type == 'RETURNED')].label")
				.value(org.hamcrest.Matchers.contains("Đã trả kết quả")));
	}

	@Test
	void givenAPostalAddressChosenAtSubmission_whenReturnedByPost_thenTheParcelGoesThereNotToTheApplicantsAddress() {
		String code = resultReady("Số 12 phố Nguyễn Đăng Đạo, phường Kinh Bắc");
		this.intake.chooseReturn(this.register.get(code), "buu-chinh", "Số 8 đường Hai Bà Trưng, xã Yên Phong");

		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "buu-chinh", "resultHandedOver", true));

		assertThat(this.jdbc.queryForObject("select address from dossier_shipment where dossier_code = ?", String.class,
				code))
			.isEqualTo("Số 8 đường Hai Bà Trưng, xã Yên Phong");
	}

	@Test
	void givenOnlyAPostalAddressChosenAtSubmission_whenReturnedByPost_thenTheClickIsNotRefused() {
		String code = resultReady(null);
		this.intake.chooseReturn(this.register.get(code), "buu-chinh", "Số 8 đường Hai Bà Trưng, xã Yên Phong");

		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "buu-chinh", "resultHandedOver", true));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.postal.shipment(code)).isPresent();
	}

	@Test
	void givenNoAddress_whenTheOfficerReturnsByPost_thenRefusedAtTheClickAndTheTaskStaysOpen() {
		String code = resultReady(null);

		assertThatThrownBy(() -> this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "buu-chinh", "resultHandedOver", true)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("chưa có địa chỉ của người nhận");

		assertThat(this.flow.task(code, "return-result", this.reception)).isNotNull();
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(this.postal.shipment(code)).isEmpty();
		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
	}

	private String resultReady(String address) {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Phạm Văn Dũng", ID_NUMBER, "0912000444", null, address), null, null,
				"trung-tam.tiep-nhan");
		String code = dossier.code();
		this.flow.complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		this.flow.complete(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.procedure.agency() + ":lanh-dao",
				Map.of("leaderDecision", "agree"));
		this.flow.complete(code, "collect-fee", this.reception, Map.of("receiptNumber", "BL-9", "feeCollected", true));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		return code;
	}

}
