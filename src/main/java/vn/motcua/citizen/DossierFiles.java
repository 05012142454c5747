package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The files of a dossier, content in the database ({@code dossier_file}). */
@Repository
class DossierFiles {

	static final String SUBMITTED = "NOP";

	static final String SUPPLEMENT = "BO_SUNG";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	DossierFiles(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void store(String dossierCode, String kind, List<Upload> uploads) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (Upload upload : uploads) {
			this.jdbc.update("insert into dossier_file (dossier_code, kind, name, copies, file_name, content_type, "
					+ "size_bytes, sha256, content, uploaded_at) values (:code, :kind, :name, 1, :fileName, :type, "
					+ ":size, :sha256, :content, :at)",
					new MapSqlParameterSource("code", dossierCode).addValue("kind", kind)
						.addValue("name", upload.fileName())
						.addValue("fileName", upload.fileName())
						.addValue("type", upload.contentType())
						.addValue("size", upload.content().length)
						.addValue("sha256", upload.sha256())
						.addValue("content", upload.content())
						.addValue("at", now));
		}
	}

	/**
	 * The files of an online submission, each under the name, form and copies of the
	 * paper it stands for (a further file under its own name).
	 * @return the id each file got
	 */
	Map<Upload, Long> storePapers(String dossierCode, List<SubmittedPapers.PaperUpload> papers) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<Upload, Long> ids = new IdentityHashMap<>();
		for (SubmittedPapers.PaperUpload paper : papers) {
			Upload upload = paper.upload();
			boolean named = paper.paper() != null;
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update("insert into dossier_file (dossier_code, kind, name, form, copies, file_name, "
					+ "content_type, size_bytes, sha256, content, uploaded_at) values (:code, :kind, :name, :form, "
					+ ":copies, :fileName, :type, :size, :sha256, :content, :at)",
					new MapSqlParameterSource("code", dossierCode).addValue("kind", SUBMITTED)
						.addValue("name", named ? paper.paper().name() : upload.fileName())
						.addValue("form", named ? paper.paper().form() : null)
						.addValue("copies", (named && paper.paper().count() != null) ? (int) paper.paper().count() : 1)
						.addValue("fileName", upload.fileName())
						.addValue("type", upload.contentType())
						.addValue("size", upload.content().length)
						.addValue("sha256", upload.sha256())
						.addValue("content", upload.content())
						.addValue("at", now),
					key, new String[] { "id" });
			ids.put(upload, key.getKeyAs(Number.class).longValue());
		}
		return ids;
	}

	int count(String dossierCode, String kind) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from dossier_file where dossier_code = :code and kind = :kind",
				new MapSqlParameterSource("code", dossierCode).addValue("kind", kind), Integer.class);
		return (count != null) ? count : 0;
	}

}
