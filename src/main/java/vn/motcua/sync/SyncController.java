package vn.motcua.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: the changes not yet acknowledged by the national portal (waiting,
 * being sent, failed), a retry of one or of every failed change, and the sandbox portal's
 * switch and records. Nothing here shows a request body (it holds ID numbers), except the
 * sandbox's own records.
 */
@RestController
class SyncController {

	private static final Set<String> OPEN = Set.of("PENDING", "SENDING", "FAILED");

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<SandboxSwitch> sandbox;

	SyncController(NamedParameterJdbcTemplate jdbc, Clock clock, ObjectProvider<SandboxSwitch> sandbox) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sandbox = sandbox;
	}

	@GetMapping("/api/national-sync/changes")
	Page<Change> changes(@RequestParam(required = false) String status, @RequestParam(required = false) String dossier,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		administrator();
		if (status != null && !OPEN.contains(status) && !"ACKED".equals(status)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "sync.invalid-status", status);
		}
		if (page < 0 || size < 1 || size > 100) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "sync.invalid-page");
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("statuses",
				(status != null) ? List.of(status) : OPEN)
			.addValue("limit", size)
			.addValue("offset", (long) page * size);
		String where = " where status in (:statuses)";
		if (dossier != null && !dossier.isBlank()) {
			where += " and dossier_code = :dossier";
			parameters.addValue("dossier", dossier);
		}
		List<Change> items = this.jdbc.query(
				"select id, dossier_code, seq, event_type, kind, national_status, "
						+ "status, attempts, next_attempt_at, last_error, created_at, acked_at from national_sync"
						+ where + " order by id limit :limit offset :offset",
				parameters,
				(rs, row) -> new Change(rs.getLong("id"), rs.getString("dossier_code"), rs.getInt("seq"),
						rs.getString("event_type"), rs.getString("kind"), rs.getString("national_status"),
						rs.getString("status"), rs.getInt("attempts"),
						rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
						rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("acked_at", OffsetDateTime.class)));
		Long total = this.jdbc.queryForObject("select count(*) from national_sync" + where, parameters, Long.class);
		return new Page<>(items, page, size, (total != null) ? total : 0);
	}

	/**
	 * Sends a waiting or failed change at the next run, with its attempts counted from
	 * zero again.
	 */
	@PostMapping("/api/national-sync/changes/{id}/retry")
	Map<String, Object> retry(@PathVariable long id) {
		administrator();
		List<String> status = this.jdbc.queryForList("select status from national_sync where id = :id",
				new MapSqlParameterSource("id", id), String.class);
		if (status.isEmpty()) {
			throw new ApiException(HttpStatus.NOT_FOUND, "sync-change-not-found", "sync.change.not-found", id);
		}
		int updated = this.jdbc.update(
				"update national_sync set status = 'PENDING', attempts = 0, "
						+ "next_attempt_at = :now where id = :id and status in ('PENDING', 'FAILED')",
				new MapSqlParameterSource("id", id).addValue("now", OffsetDateTime.now(this.clock)));
		if (updated == 0) {
			throw new ApiException(HttpStatus.CONFLICT, "sync-change-not-retryable", "sync.change.not-retryable", id,
					status.get(0));
		}
		return Map.of("id", id, "status", "PENDING");
	}

	/** Sends every failed change again at the next run. */
	@PostMapping("/api/national-sync/changes/retry-failed")
	Map<String, Object> retryFailed() {
		administrator();
		int updated = this.jdbc.update(
				"update national_sync set status = 'PENDING', attempts = 0, "
						+ "next_attempt_at = :now where status = 'FAILED'",
				new MapSqlParameterSource("now", OffsetDateTime.now(this.clock)));
		return Map.of("retried", updated);
	}

	@PutMapping("/api/national-sync/sandbox/mode")
	Map<String, Object> sandboxMode(@RequestBody Map<String, String> body) {
		administrator();
		SandboxSwitch sandbox = sandbox();
		try {
			sandbox.set(SandboxSwitch.Mode.valueOf(String.valueOf(body.get("mode"))));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "sync.sandbox.invalid-mode");
		}
		return Map.of("mode", sandbox.mode().name());
	}

	@GetMapping("/api/national-sync/sandbox/messages")
	List<SandboxMessage> sandboxMessages(@RequestParam String dossier) {
		administrator();
		sandbox();
		return this.jdbc.query(
				"select idempotency_key, dossier_code, seq, national_status, kind, payload, "
						+ "received_at from dvcqg_sandbox_message where dossier_code = :dossier order by id",
				new MapSqlParameterSource("dossier", dossier),
				(rs, row) -> new SandboxMessage(rs.getString("idempotency_key"), rs.getString("dossier_code"),
						rs.getInt("seq"), rs.getString("national_status"), rs.getString("kind"),
						rs.getString("payload"), rs.getObject("received_at", OffsetDateTime.class)));
	}

	@GetMapping("/api/national-sync/sandbox/documents")
	List<SandboxDocument> sandboxDocuments(@RequestParam String dossier) {
		administrator();
		sandbox();
		return this.jdbc.query(
				"select idempotency_key, kind, url, announced_sha256, received_sha256, received_size, content_type, "
						+ "error, received_at from dvcqg_sandbox_document where dossier_code = :dossier order by id",
				new MapSqlParameterSource("dossier", dossier),
				(rs, row) -> new SandboxDocument(rs.getString("idempotency_key"), rs.getString("kind"),
						rs.getString("url"), rs.getString("announced_sha256"), rs.getString("received_sha256"),
						(Long) rs.getObject("received_size", Long.class), rs.getString("content_type"),
						rs.getString("error"), rs.getObject("received_at", OffsetDateTime.class)));
	}

	/**
	 * A document the sandbox portal fetched.
	 *
	 * @param idempotencyKey the change that announced it
	 * @param kind {@code TIEP_NHAN} or {@code KET_QUA}
	 * @param url where it was fetched
	 * @param announcedSha256 the SHA-256 the change announced
	 * @param receivedSha256 the SHA-256 of the bytes fetched, null when the fetch failed
	 * @param receivedSize their size
	 * @param contentType their type
	 * @param error why the fetch failed
	 * @param receivedAt when
	 */
	record SandboxDocument(String idempotencyKey, String kind, String url, String announcedSha256,
			String receivedSha256, Long receivedSize, String contentType, String error, OffsetDateTime receivedAt) {

	}

	private SandboxSwitch sandbox() {
		SandboxSwitch sandbox = this.sandbox.getIfAvailable();
		if (sandbox == null) {
			throw new ApiException(HttpStatus.NOT_FOUND, "dvcqg-sandbox-off", "sync.sandbox.off");
		}
		return sandbox;
	}

	private static void administrator() {
		if (!Officer.current().administrator()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "sync.forbidden");
		}
	}

	/**
	 * One change for the national portal, without its body.
	 *
	 * @param id row id, for a retry
	 * @param dossierCode the dossier
	 * @param seq its number among the dossier's changes
	 * @param eventType our event ({@code ACCEPTED}, {@code RESULT_READY}, …)
	 * @param kind the national kind of update ({@code TRANG_THAI}, {@code TIEP_NHAN}, …)
	 * @param nationalStatus the national status code sent
	 * @param status {@code PENDING}, {@code SENDING}, {@code ACKED} or {@code FAILED}
	 * @param attempts attempts so far
	 * @param nextAttemptAt when it is sent next, if waiting
	 * @param lastError the kind of the last failure
	 * @param createdAt when it was queued
	 * @param ackedAt when the portal acknowledged it
	 */
	record Change(long id, String dossierCode, int seq, String eventType, String kind, String nationalStatus,
			String status, int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
			OffsetDateTime ackedAt) {

	}

	/**
	 * A change as the sandbox portal received it, in arrival order.
	 *
	 * @param idempotencyKey the change's key
	 * @param dossierCode the dossier
	 * @param seq its number among the dossier's changes
	 * @param nationalStatus the national status code received
	 * @param kind the kind of update
	 * @param payload the body received (holds the applicant's ID number)
	 * @param receivedAt when it first arrived
	 */
	record SandboxMessage(String idempotencyKey, String dossierCode, int seq, String nationalStatus, String kind,
			String payload, OffsetDateTime receivedAt) {

		@Override
		public String toString() {
			return "SandboxMessage[" + this.idempotencyKey + "]";
		}

	}

	/**
	 * One page of results.
	 *
	 * @param items the page
	 * @param page page number from 0
	 * @param size page size
	 * @param totalItems number of matches in all
	 */
	record Page<T>(List<T> items, int page, int size, long totalItems) {

	}

}
