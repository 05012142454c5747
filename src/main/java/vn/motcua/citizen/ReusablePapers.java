package vn.motcua.citizen;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.motcua.catalog.VietnameseText;
import vn.motcua.dossier.PaperFile;
import vn.motcua.workspace.ElectronicResults;
import vn.motcua.dossier.DossierRegister;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The papers a citizen handed in before and may use again in a new dossier: the files of
 * their earlier dossiers (sent online, scanned at the counter, supplemented) and the
 * electronic results they received. Only dossiers whose applicant has the citizen's ID
 * number count; a file kept twice (already reused once) is offered once, the newest.
 */
@Repository
class ReusablePapers {

	static final String RESULT = "KET_QUA";

	private static final int MOST = 200;

	private final NamedParameterJdbcTemplate jdbc;

	private final DossierRegister register;

	private final ElectronicResults results;

	ReusablePapers(NamedParameterJdbcTemplate jdbc, DossierRegister register, ElectronicResults results) {
		this.jdbc = jdbc;
		this.register = register;
		this.results = results;
	}

	/** The citizen's reusable papers, newest first. */
	List<ReusablePaper> of(String idNumber) {
		List<ReusablePaper> rows = this.jdbc.query("select f.id, f.dossier_code, f.kind, f.name, f.file_name, "
				+ "f.content_type, f.size_bytes, f.sha256, f.uploaded_at, d.procedure_name from dossier_file f "
				+ "join dossier d on d.code = f.dossier_code where d.applicant_id_number = :id "
				+ "and f.content is not null and (f.kind in ('NOP', 'BO_SUNG') or (f.kind = 'KET_QUA' "
				+ "and d.status = 'DA_TRA_KET_QUA' and exists (select 1 from dossier_result r where r.file_id = f.id))) "
				+ "order by f.uploaded_at desc, f.id desc", new MapSqlParameterSource("id", idNumber),
				(rs, row) -> new ReusablePaper(rs.getLong("id"), rs.getString("dossier_code"),
						rs.getString("procedure_name"), rs.getString("kind"), kindLabel(rs.getString("kind")),
						rs.getString("name"), rs.getString("file_name"), rs.getString("content_type"),
						rs.getLong("size_bytes"), rs.getString("sha256"),
						rs.getObject("uploaded_at", OffsetDateTime.class), List.of()));
		Map<String, Boolean> electronic = new HashMap<>();
		Set<String> seen = new HashSet<>();
		List<ReusablePaper> reusable = new ArrayList<>();
		for (ReusablePaper paper : rows) {
			// A result counts only once it went back electronically: the citizen holds
			// it.
			if (RESULT.equals(paper.kind()) && !electronic.computeIfAbsent(paper.dossierCode(),
					(code) -> this.results.returnedElectronically(this.register.get(code)))) {
				continue;
			}
			if (seen.add(paper.sha256()) && reusable.size() < MOST) {
				reusable.add(paper);
			}
		}
		return reusable;
	}

	/** The file of paper {@code id}, as checked at upload. */
	Optional<Upload> file(long id) {
		return this.jdbc
			.query("select file_name, content from dossier_file where id = :id and content is not null",
					new MapSqlParameterSource("id", id),
					(rs, row) -> PaperFile.of(rs.getString("file_name"), rs.getBytes("content"))
						.map((file) -> new Upload(file.fileName(), file.contentType(), file.content(), file.sha256())))
			.stream()
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static String kindLabel(String kind) {
		return switch (kind) {
			case "NOP" -> "Giấy tờ đã nộp";
			case "BO_SUNG" -> "Giấy tờ đã bổ sung";
			default -> "Kết quả điện tử";
		};
	}

	/**
	 * Whether a paper named {@code offered} is the paper a slot named {@code slot} asks
	 * for: the same name once diacritics, case and remarks in brackets are left aside, or
	 * one name within the other ("Giấy xác nhận tình trạng hôn nhân" in "Cấp Giấy xác
	 * nhận tình trạng hôn nhân").
	 */
	static boolean sameKind(String slot, String offered) {
		String wanted = core(slot);
		String given = core(offered);
		if (wanted.length() < 8 || given.length() < 8) {
			return wanted.equals(given);
		}
		return wanted.equals(given) || wanted.contains(given) || given.contains(wanted);
	}

	private static String core(String name) {
		return VietnameseText.fold(name).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
	}

	/**
	 * A paper the citizen may use again.
	 *
	 * @param id the file's id, what a reuse names
	 * @param dossierCode the earlier dossier it was handed in with
	 * @param procedureName that dossier's procedure
	 * @param kind {@code NOP}, {@code BO_SUNG} or {@code KET_QUA}
	 * @param kindLabel the kind in Vietnamese
	 * @param name the paper's name (for a result: "Văn bản kết quả số …")
	 * @param fileName the file's name
	 * @param contentType PDF, JPEG or PNG
	 * @param sizeBytes its size
	 * @param sha256 hex SHA-256 of the file
	 * @param handedInAt when it was stored
	 * @param matches the papers of the procedure asked about (by number, from 0) it is
	 * the same kind as
	 */
	record ReusablePaper(long id, String dossierCode, String procedureName, String kind, String kindLabel, String name,
			String fileName, String contentType, long sizeBytes, String sha256, OffsetDateTime handedInAt,
			List<Integer> matches) {

		/** The names it may go by: its own, and a result's procedure. */
		boolean isKindOf(String slot) {
			return sameKind(slot, this.name) || (RESULT.equals(this.kind) && sameKind(slot, this.procedureName));
		}

		ReusablePaper matching(List<Integer> slots) {
			return new ReusablePaper(this.id, this.dossierCode, this.procedureName, this.kind, this.kindLabel,
					this.name, this.fileName, this.contentType, this.sizeBytes, this.sha256, this.handedInAt,
					List.copyOf(slots));
		}

	}

}
