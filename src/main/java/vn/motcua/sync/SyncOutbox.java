package vn.motcua.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRated;
import vn.motcua.dossier.DossierRegister;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues every change of a dossier the national portal must hear about (its status, the
 * receipt, the result, the fee, the rating) as a {@code national_sync} row, in the
 * transaction that records the change: rolled back with it, never lost after it commits.
 * The dossier's row is locked first, so the changes of one dossier are numbered 1, 2, …
 * in commit order even when two transactions touch it at once; the number makes the
 * idempotency key and the sending order. The body is built now, as the dossier stands
 * after the change.
 */
@Component
class SyncOutbox {

	private final NationalCodes codes;

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final SyncDocuments documents;

	SyncOutbox(NationalCodes codes, DossierRegister register, NamedParameterJdbcTemplate jdbc, ObjectMapper json,
			Clock clock, SyncDocuments documents) {
		this.codes = codes;
		this.documents = documents;
		this.register = register;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * After the listeners that number the papers (the receipt announced here prints its
	 * number). The receipt and the result document go with the change that issues them
	 * ({@link SyncDocuments}).
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(DossierEvent event) {
		this.codes.kind(event.type(), event.status())
			.ifPresent((kind) -> queue(event.dossierCode(), event.occurredAt(), event.type(), kind,
					(dossier) -> this.documents.issuedBy(event.type(), dossier)
						.<Map<String, Object>>map((document) -> Map.of("giayTo", document))
						.orElse(Map.of())));
	}

	@EventListener
	void on(DossierRated rated) {
		this.codes.kind(NationalCodes.RATED, null)
			.ifPresent((kind) -> queue(rated.dossierCode(), rated.ratedAt(), NationalCodes.RATED, kind,
					(dossier) -> Map.of("danhGia", rated.ratings())));
	}

	private void queue(String code, OffsetDateTime at, String type, String kind,
			Function<Dossier, Map<String, Object>> extras) {
		MapSqlParameterSource key = new MapSqlParameterSource("code", code);
		this.jdbc.queryForList("select code from dossier where code = :code for update", key, String.class);
		Dossier dossier = this.register.get(code);
		Map<String, Object> extra = extras.apply(dossier);
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(seq), 0) from national_sync where dossier_code = :code", key, Integer.class);
		int seq = ((last != null) ? last : 0) + 1;
		String idempotencyKey = code + "#" + seq;
		String nationalStatus = this.codes.status(dossier.status());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update("insert into national_sync (dossier_code, seq, idempotency_key, event_type, kind, "
				+ "national_status, occurred_at, payload, status, attempts, next_attempt_at, created_at) values "
				+ "(:code, :seq, :key, :type, :kind, :national, :at, :payload, 'PENDING', 0, :now, :now)",
				key.addValue("seq", seq)
					.addValue("key", idempotencyKey)
					.addValue("type", type)
					.addValue("kind", kind)
					.addValue("national", nationalStatus)
					.addValue("at", at)
					.addValue("payload", payload(dossier, seq, idempotencyKey, type, kind, nationalStatus, at, extra))
					.addValue("now", now));
	}

	/**
	 * The body sent: the national fields of the dossier after the change. The applicant
	 * appears by ID number only (the portal files the dossier under the citizen's account
	 * by it); no name, address, contact or free text.
	 */
	private String payload(Dossier d, int seq, String key, String type, String kind, String nationalStatus,
			OffsetDateTime at, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("maHoSo", d.code());
		body.put("thuTu", seq);
		body.put("khoaDinhDanh", key);
		body.put("loaiCapNhat", kind);
		body.put("suKien", type);
		body.put("trangThai", nationalStatus);
		body.put("trangThaiNoiBo", d.status().name());
		body.put("thoiDiem", at);
		body.put("maTTHC", d.procedureCode());
		body.put("coQuanThucHien", d.agency());
		body.put("donViTiepNhan", d.receivingUnit());
		body.put("kenhThucHien", d.channel().nationalCode());
		body.put("soGiayToChuHoSo", d.applicant().idNumber());
		body.put("ngayNop", d.submittedAt());
		body.put("ngayTiepNhan", d.acceptedAt());
		body.put("ngayHenTra", d.dueAt());
		body.put("ngayCoKetQua", d.finishedAt());
		body.put("ngayTraKetQua", d.returnedAt());
		body.put("phiLePhi", d.feeAmount());
		body.put("daKetThuc", d.status().closed());
		body.putAll(extra);
		try {
			return this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Sync body of dossier " + d.code(), ex);
		}
	}

}
