package vn.motcua.flow;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dossiers of a standard procedure ({@code mot-cua}, whole working days, a fee) taken
 * step by step through the real flow, for tests about versions of the models rather than
 * about the steps themselves.
 */
final class StandardDossiers {

	final Procedure procedure;

	final String reception;

	private final Catalogue catalogue;

	private final DossierIntake intake;

	private final FlowDriver flow;

	private final JdbcTemplate jdbc;

	StandardDossiers(Catalogue catalogue, DossierIntake intake, FlowDriver flow, JdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.flow = flow;
		this.jdbc = jdbc;
		this.procedure = catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.committedHours() == null
					&& p.committedDays() != null && p.committedDays() >= 2 && p.fee().amount() > 0)
			.findFirst()
			.orElseThrow();
		this.reception = this.procedure.receivingUnits().get(0) + ":tiep-nhan";
	}

	/** Registered at the counter: waits at {@code receive-dossier}. */
	String submit() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null, null,
				"trung-tam.tiep-nhan");
		return dossier.code();
	}

	/** Accepted at reception: handed over to the agency. */
	void accept(String code) {
		this.flow.complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
	}

	/** Appraised and approved by the agency: waits for the fee. */
	void approve(String code) {
		this.flow.complete(code, "appraise-dossier", specialist(),
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.procedure.agency() + ":lanh-dao",
				Map.of("leaderDecision", "agree"));
	}

	String specialist() {
		return this.procedure.agency() + ":chuyen-vien";
	}

	/**
	 * The result document, as the counter officer attaches it before an electronic return
	 * (ElectronicReturnTest drives the page's API).
	 */
	void attachResult(String code) {
		this.jdbc.update(
				"insert into dossier_file (dossier_code, kind, name, copies, file_name, content_type, "
						+ "size_bytes, sha256, content, uploaded_at) values (?, 'KET_QUA', 'Văn bản kết quả số 1', 1, "
						+ "'ket-qua.pdf', 'application/pdf', 9, null, ?, current_timestamp)",
				code, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		Long file = this.jdbc.queryForObject(
				"select max(id) from dossier_file where dossier_code = ? and kind = 'KET_QUA'", Long.class, code);
		this.jdbc.update("insert into dossier_result (dossier_code, document_number, signed_on, signer, file_id, "
				+ "recorded_by, recorded_at) values (?, '1/QĐ', current_date, 'Lãnh đạo', ?, 'trung-tam.tiep-nhan', "
				+ "current_timestamp)", code, file);
	}

}
