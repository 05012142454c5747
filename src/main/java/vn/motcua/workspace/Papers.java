package vn.motcua.workspace;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The papers of a dossier ({@code dossier_file}) as officers read them: what was handed
 * in, supplemented or issued as the result, with the scanned or uploaded file when there
 * is one, and who digitised it at reception ({@code paper_digitisation}).
 */
@Repository
class Papers {

	private final NamedParameterJdbcTemplate jdbc;

	Papers(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Paper> of(String dossierCode) {
		return this.jdbc.query("select f.id, f.kind, f.name, f.form, f.copies, f.file_name, f.content_type, "
				+ "f.size_bytes, f.sha256, d.digitised_by, d.digitised_at, r.source_dossier_code, r.consented_at "
				+ "from dossier_file f left join paper_digitisation d on d.file_id = f.id "
				+ "left join paper_reuse r on r.file_id = f.id where f.dossier_code = :code order by f.id",
				new MapSqlParameterSource("code", dossierCode),
				(rs, row) -> new Paper(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
						rs.getString("form"), rs.getInt("copies"), rs.getString("file_name"),
						rs.getString("content_type"), (Long) rs.getObject("size_bytes"), rs.getString("sha256"),
						rs.getString("digitised_by"), rs.getObject("digitised_at", OffsetDateTime.class),
						rs.getString("source_dossier_code"), rs.getObject("consented_at", OffsetDateTime.class)));
	}

	/** The stored file of one paper of this dossier, if it has one. */
	Optional<StoredFile> file(String dossierCode, long id) {
		return this.jdbc
			.query("select file_name, content_type, content from dossier_file where id = :id and dossier_code = :code "
					+ "and content is not null", new MapSqlParameterSource("id", id).addValue("code", dossierCode),
					(rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
							rs.getBytes("content")))
			.stream()
			.findFirst();
	}

	/**
	 * One paper.
	 *
	 * @param id row id, the {@code {id}} of its file's address
	 * @param kind {@code NOP}, {@code BO_SUNG} or {@code KET_QUA}
	 * @param name name of the paper
	 * @param form original, copy, certified copy
	 * @param copies copies handed in
	 * @param fileName name of the file, {@code null} for paper only
	 * @param contentType type of the file
	 * @param sizeBytes its size
	 * @param sha256 hex SHA-256 of the file
	 * @param digitisedBy officer who scanned or uploaded it at reception
	 * @param digitisedAt when
	 * @param reusedFrom the earlier dossier of the citizen's it was reused from, or null
	 * @param consentedAt when the citizen consented to that reuse
	 */
	record Paper(long id, String kind, String name, String form, int copies, String fileName, String contentType,
			Long sizeBytes, String sha256, String digitisedBy, OffsetDateTime digitisedAt, String reusedFrom,
			OffsetDateTime consentedAt) {

		public boolean hasFile() {
			return this.fileName != null && this.contentType != null;
		}

		/** Where an officer opens the file. */
		public String url(String dossierCode) {
			return "/api/dossiers/" + dossierCode + "/files/" + this.id;
		}

	}

	/**
	 * @param fileName file name
	 * @param contentType type recorded at upload
	 * @param content bytes
	 */
	record StoredFile(String fileName, String contentType, byte[] content) {

		@Override
		public String toString() {
			return "StoredFile[" + this.contentType + ", " + this.content.length + " bytes]";
		}

	}

}
