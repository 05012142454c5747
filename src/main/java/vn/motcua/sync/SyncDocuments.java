package vn.motcua.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.document.ReceiptDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.PaperFile;

import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents a change announces to the national portal
 * ({@code national_sync_document}): the Giấy tiếp nhận (Mẫu 01) when the dossier is
 * received, kept as issued since it is printed from a register that moves on, and the
 * result document when it is attached (its bytes, sealed, are the very file the citizen
 * downloads). The change carries what the portal shows and checks (number, name, SHA-256,
 * size, type) and an absolute address; the portal fetches the bytes there with its token
 * ({@link NationalDocumentController}). An address, not the bytes: a change is a row of
 * at most 8,000 characters sent again on every retry, a result may weigh 10 MB, and the
 * portal fetches only what it shows.
 */
@Component
class SyncDocuments {

	static final String PATH = "/dvcqg/documents/";

	static final String RECEIPT = "TIEP_NHAN";

	static final String RESULT = "KET_QUA";

	private final ReceiptDocument receipts;

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final NationalSyncProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final ObjectMapper json;

	SyncDocuments(ReceiptDocument receipts, DossierRegister register, NamedParameterJdbcTemplate jdbc,
			NationalSyncProperties properties, Environment environment, Clock clock, ObjectMapper json) {
		this.json = json;
		this.receipts = receipts;
		this.register = register;
		this.jdbc = jdbc;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * The document an event issues, kept and described for the body (key {@code giayTo}),
	 * or empty for an event that issues none.
	 */
	Optional<Map<String, Object>> issuedBy(String eventType, Dossier dossier) {
		return switch (eventType) {
			case "ACCEPTED" -> receipt(dossier);
			case "RESULT_ATTACHED" -> result(dossier);
			default -> Optional.empty();
		};
	}

	/**
	 * The receipt is announced by its number and address only: rendering a PDF in the
	 * officer's click would slow every acceptance, so it is rendered when the portal
	 * first fetches it ({@link #served}) and kept as then issued.
	 */
	private Optional<Map<String, Object>> receipt(Dossier dossier) {
		if (!this.receipts.issued(dossier)) {
			return Optional.empty();
		}
		String name = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
		Row row = new Row(RECEIPT, null, name, "giay-tiep-nhan-" + dossier.code() + ".pdf", "application/pdf", null,
				null);
		long id = keep(dossier, row, null, null);
		Map<String, Object> described = describe(id, row);
		numberAtCommit(dossier.code(), id, (String) described.get("duongDanTaiVe"));
		return Optional.of(described);
	}

	/**
	 * The receipt's Số is taken as the acceptance commits ({@code FormNumbers}, first of
	 * the before-commit steps), after this change was queued: it is written into the kept
	 * document and the queued change just after, in the same transaction.
	 */
	private void numberAtCommit(String dossierCode, long documentId, String address) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public int getOrder() {
				return Ordered.LOWEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				SyncDocuments.this.receipts.number(dossierCode)
					.ifPresent((number) -> writeNumber(dossierCode, documentId, address, number));
			}
		});
	}

	private void writeNumber(String dossierCode, long documentId, String address, String number) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", documentId).addValue("code", dossierCode)
			.addValue("number", number);
		this.jdbc.update("update national_sync_document set number = :number where id = :id", params);
		List<Map<String, Object>> queued = this.jdbc.queryForList(
				"select id, payload from national_sync where dossier_code = :code and status = 'PENDING'", params);
		for (Map<String, Object> change : queued) {
			ObjectNode body = readBody(String.valueOf(change.get("payload")));
			JsonNode document = body.path("giayTo");
			if (document.isObject() && address.equals(document.path("duongDanTaiVe").asText())) {
				((ObjectNode) document).put("soKyHieu", number);
				this.jdbc.update("update national_sync set payload = :payload where id = :row",
						new MapSqlParameterSource("row", ((Number) change.get("id")).longValue()).addValue("payload",
								body.toString()));
			}
		}
	}

	private ObjectNode readBody(String payload) {
		try {
			return (ObjectNode) this.json.readTree(payload);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable queued change", ex);
		}
	}

	private Optional<Map<String, Object>> result(Dossier dossier) {
		MapSqlParameterSource code = new MapSqlParameterSource("code", dossier.code());
		return this.jdbc
			.query("select r.document_number, f.id, f.name, f.file_name, f.content_type, f.size_bytes, f.sha256 "
					+ "from dossier_result r join dossier_file f on f.id = r.file_id where r.dossier_code = :code",
					code,
					(rs, n) -> Map.entry(rs.getLong("id"),
							new Row(RESULT, rs.getString("document_number"), rs.getString("name"),
									rs.getString("file_name"), rs.getString("content_type"),
									rs.getObject("size_bytes", Long.class), rs.getString("sha256"))))
			.stream()
			.findFirst()
			.map((file) -> describe(keep(dossier, file.getValue(), null, file.getKey()), file.getValue()));
	}

	private long keep(Dossier dossier, Row row, byte[] content, Long fileId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into national_sync_document (dossier_code, kind, number, name, file_name, "
				+ "content_type, size_bytes, sha256, content, file_id, created_at) values (:code, :kind, :number, "
				+ ":name, :fileName, :type, :size, :sha256, :content, :fileId, :at)",
				new MapSqlParameterSource("code", dossier.code()).addValue("kind", row.kind())
					.addValue("number", row.number())
					.addValue("name", row.name())
					.addValue("fileName", row.fileName())
					.addValue("type", row.contentType())
					.addValue("size", row.size(), java.sql.Types.BIGINT)
					.addValue("sha256", row.sha256())
					.addValue("content", content, java.sql.Types.BINARY)
					.addValue("fileId", fileId, java.sql.Types.BIGINT)
					.addValue("at", OffsetDateTime.now(this.clock)),
				key, new String[] { "id" });
		return key.getKeyAs(Number.class).longValue();
	}

	private Map<String, Object> describe(long id, Row row) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("loaiGiayTo", row.kind());
		document.put("soKyHieu", row.number());
		document.put("tenGiayTo", row.name());
		document.put("tenTep", row.fileName());
		document.put("loaiNoiDung", row.contentType());
		if (row.sha256() != null) {
			document.put("kichThuoc", row.size());
			document.put("sha256", row.sha256());
		}
		document.put("duongDanTaiVe", baseUrl() + PATH + id);
		return document;
	}

	private String baseUrl() {
		String base = this.environment.resolveRequiredPlaceholders(this.properties.documents().baseUrl());
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * The bytes of an announced document, with its name and type; a receipt not fetched
	 * before is rendered now and kept, so every later fetch gets the same bytes.
	 */
	Optional<Served> served(long id) {
		renderReceiptIfNew(id);
		return this.jdbc
			.query("select d.file_name, d.content_type, coalesce(d.content, f.content) as bytes "
					+ "from national_sync_document d left join dossier_file f on f.id = d.file_id where d.id = :id",
					new MapSqlParameterSource("id", id),
					(rs, n) -> new Served(rs.getString("file_name"), rs.getString("content_type"),
							rs.getBytes("bytes")))
			.stream()
			.findFirst();
	}

	private void renderReceiptIfNew(long id) {
		MapSqlParameterSource key = new MapSqlParameterSource("id", id);
		List<String> codes = this.jdbc.queryForList("select dossier_code from national_sync_document "
				+ "where id = :id and content is null and file_id is null", key, String.class);
		if (codes.isEmpty()) {
			return;
		}
		byte[] pdf = this.receipts.pdf(this.register.get(codes.get(0)));
		// Only the first fetch keeps its rendering, should two arrive at once.
		this.jdbc.update(
				"update national_sync_document set content = :content, size_bytes = :size, sha256 = :sha256 "
						+ "where id = :id and content is null",
				key.addValue("content", pdf, java.sql.Types.BINARY)
					.addValue("size", (long) pdf.length)
					.addValue("sha256", PaperFile.sha256(pdf)));
	}

	private record Row(String kind, String number, String name, String fileName, String contentType, Long size,
			String sha256) {

	}

	/**
	 * @param fileName file name
	 * @param contentType its type
	 * @param content bytes
	 */
	record Served(String fileName, String contentType, byte[] content) {

	}

}
