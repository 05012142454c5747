package vn.motcua.notify;

import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notifications of one dossier for the officers who see it, and what became of each:
 * {@code PENDING} (waiting, also while no provider is configured for its channel),
 * {@code SENDING}, {@code SENT}, {@code LOGGED} (the demo's log-only SMS: not received by
 * anyone) or {@code FAILED}. The recipient is left out.
 */
@RestController
class NotificationController {

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	NotificationController(DossierRegister register, NamedParameterJdbcTemplate jdbc) {
		this.register = register;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/dossiers/{code}/notifications")
	List<Notification> of(@PathVariable String code) {
		Officer officer = Officer.current();
		this.register.find(code)
			.filter((dossier) -> officer.sees(dossier.receivingUnit(), dossier.agency()))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "dossier.not-found", code));
		return this.jdbc.query(
				"select event_type, event_at, channel, status, attempts, sent_at, last_error from notification "
						+ "where dossier_code = :code order by id",
				new MapSqlParameterSource("code", code),
				(rs, row) -> new Notification(rs.getString("event_type"),
						rs.getObject("event_at", OffsetDateTime.class), rs.getString("channel"), rs.getString("status"),
						rs.getInt("attempts"), rs.getObject("sent_at", OffsetDateTime.class),
						rs.getString("last_error")));
	}

	/**
	 * One outbox row as officers see it.
	 *
	 * @param event the dossier event announced ({@code ACCEPTED}, {@code RESULT_READY},
	 * …)
	 * @param eventAt when it happened
	 * @param channel {@code EMAIL} or {@code SMS}
	 * @param status {@code PENDING}, {@code SENDING}, {@code SENT}, {@code LOGGED} or
	 * {@code FAILED}
	 * @param attempts sending attempts so far
	 * @param sentAt when it was handed to the provider (or logged)
	 * @param lastError the kind of the last failure, if any
	 */
	record Notification(String event, OffsetDateTime eventAt, String channel, String status, int attempts,
			OffsetDateTime sentAt, String lastError) {

	}

}
