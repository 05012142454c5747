package vn.motcua.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.web.ApiException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the national portal's synchronisation API, for the demo and the tests
 * ({@code motcua.national-sync.sandbox.enabled}): it records each change it receives once
 * per idempotency key and acknowledges repeats without storing them again. It answers
 * only a caller with its bearer token, and only writes: what it recorded (which holds ID
 * numbers) is read by an administrator through
 * {@code /api/national-sync/sandbox/messages}. A change that announces a document has it
 * fetched, as the portal would ({@link SandboxDocuments}).
 */
@RestController
@ConditionalOnProperty("motcua.national-sync.sandbox.enabled")
class SandboxController {

	private static final Logger log = LoggerFactory.getLogger(SandboxController.class);

	/** The column's size (V161). */
	private static final int MAX_BODY = 8000;

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final SandboxSwitch sandbox;

	private final Clock clock;

	private final SandboxDocuments documents;

	private final byte[] token;

	SandboxController(NamedParameterJdbcTemplate jdbc, ObjectMapper json, SandboxSwitch sandbox, Clock clock,
			NationalSyncProperties properties, SandboxDocuments documents) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.json = json;
		this.sandbox = sandbox;
		this.clock = clock;
		String expected = properties.sandbox().token();
		if (expected == null || expected.isBlank()) {
			throw new NationalSyncSetupException(
					"Cổng DVCQG thử nghiệm đang bật (motcua.national-sync.sandbox.enabled) "
							+ "nhưng chưa có mã truy cập motcua.national-sync.sandbox.token.");
		}
		this.token = ("Bearer " + expected).getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("/sandbox/dvcqg" + NationalPortalClient.PATH)
	Map<String, Object> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody String body) {
		SandboxSwitch.Mode mode = this.sandbox.mode();
		if (mode == SandboxSwitch.Mode.DOWN) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "dvcqg-sandbox-down", "sync.sandbox.down");
		}
		if (authorization == null
				|| !MessageDigest.isEqual(this.token, authorization.getBytes(StandardCharsets.UTF_8))) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "dvcqg-sandbox-unauthorized", "sync.sandbox.unauthorized");
		}
		if (key == null || key.isBlank() || key.length() > 100) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "dvcqg-sandbox-no-key", "sync.sandbox.no-key");
		}
		JsonNode change = parse(body);
		boolean repeat = false;
		try {
			this.jdbc.update(
					"insert into dvcqg_sandbox_message (idempotency_key, dossier_code, seq, national_status, "
							+ "kind, payload, received_at) values (:key, :code, :seq, :status, :kind, :payload, :at)",
					new MapSqlParameterSource("key", key).addValue("code", change.get("maHoSo").asText())
						.addValue("seq", change.get("thuTu").asInt())
						.addValue("status", change.path("trangThai").asText(null))
						.addValue("kind", change.path("loaiCapNhat").asText(null))
						.addValue("payload", body)
						.addValue("at", OffsetDateTime.now(this.clock)));
		}
		catch (DuplicateKeyException ex) {
			repeat = true;
		}
		if (!repeat) {
			this.documents.fetch(key, change);
		}
		if (mode == SandboxSwitch.Mode.ACK_LOST) {
			log.info("DVCQG sandbox stored {} and loses its acknowledgement", key);
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "dvcqg-sandbox-down", "sync.sandbox.down");
		}
		return Map.of("ketQua", "DA_NHAN", "khoaDinhDanh", key, "trungLap", repeat);
	}

	private JsonNode parse(String body) {
		if (body.length() > MAX_BODY) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "dvcqg-sandbox-bad-body", "sync.sandbox.bad-body");
		}
		try {
			JsonNode change = this.json.readTree(body);
			if (change != null && change.hasNonNull("maHoSo") && change.path("thuTu").canConvertToInt()
					&& change.get("thuTu").isIntegralNumber() && change.get("maHoSo").asText().length() <= 64) {
				return change;
			}
		}
		catch (java.io.IOException ex) {
			// answered below
		}
		throw new ApiException(HttpStatus.BAD_REQUEST, "dvcqg-sandbox-bad-body", "sync.sandbox.bad-body");
	}

}
