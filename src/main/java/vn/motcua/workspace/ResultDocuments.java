package vn.motcua.workspace;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.PaperFile;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result document of a dossier ({@code dossier_result}): its number, date and signer,
 * and its file, a paper of kind {@code KET_QUA}.
 */
@Repository
class ResultDocuments {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final NamedParameterJdbcTemplate jdbc;

	private final DossierRegister register;

	private final Clock clock;

	ResultDocuments(NamedParameterJdbcTemplate jdbc, DossierRegister register, Clock clock) {
		this.jdbc = jdbc;
		this.register = register;
		this.clock = clock;
	}

	Optional<Result> find(String dossierCode) {
		return this.jdbc
			.query("select document_number, signed_on, signer, file_id from dossier_result where dossier_code = :code",
					new MapSqlParameterSource("code", dossierCode),
					(rs, row) -> new Result(rs.getString("document_number"), rs.getObject("signed_on", LocalDate.class),
							rs.getString("signer"), rs.getLong("file_id")))
			.stream()
			.findFirst();
	}

	/** Keeps the file as a result paper and the document as the dossier's result. */
	@Transactional
	Result attach(Dossier dossier, String number, LocalDate signedOn, String signer, PaperFile file, String actor,
			String unit) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into dossier_file (dossier_code, kind, name, copies, file_name, content_type, "
				+ "size_bytes, sha256, content, uploaded_at) values (:code, 'KET_QUA', :name, 1, :fileName, :type, "
				+ ":size, :sha256, :content, :at)",
				new MapSqlParameterSource("code", dossier.code()).addValue("name", "Văn bản kết quả số " + number)
					.addValue("fileName", file.fileName())
					.addValue("type", file.contentType())
					.addValue("size", (long) file.content().length)
					.addValue("sha256", file.sha256())
					.addValue("content", file.content(), Types.BINARY)
					.addValue("at", now),
				key, new String[] { "id" });
		long fileId = key.getKeyAs(Number.class).longValue();
		MapSqlParameterSource row = new MapSqlParameterSource("code", dossier.code()).addValue("number", number)
			.addValue("signedOn", signedOn)
			.addValue("signer", signer)
			.addValue("fileId", fileId)
			.addValue("by", actor)
			.addValue("at", now);
		this.jdbc.update("delete from dossier_result where dossier_code = :code", row);
		this.jdbc.update(
				"insert into dossier_result (dossier_code, document_number, signed_on, signer, file_id, "
						+ "recorded_by, recorded_at) values (:code, :number, :signedOn, :signer, :fileId, :by, :at)",
				row);
		this.register.append(new DossierEvent(dossier.code(), now, "RESULT_ATTACHED", null, actor, unit,
				"return-result", null, null, "Văn bản kết quả số " + number + " ngày " + signedOn.format(DAY), false));
		return new Result(number, signedOn, signer, fileId);
	}

	/**
	 * @param number the document's number, e.g. {@code 123/QĐ-UBND}
	 * @param signedOn date it was signed
	 * @param signer who signed it
	 * @param fileId its paper's id
	 */
	record Result(String number, LocalDate signedOn, String signer, long fileId) {

	}

}
