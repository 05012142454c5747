package vn.motcua.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the queued changes to the national portal, as {@code NotificationSender} does for
 * the citizens' messages: each row is first claimed with a conditional update, so two
 * nodes never send it at once; a claim left by a node that died is released after
 * {@code retry.claim-timeout} and the row sent again, which the portal drops as a repeat
 * (same idempotency key): at-least-once sending, exactly-once effect. A change is sent
 * only when every earlier change of its dossier is acknowledged. A failure is retried
 * after {@code retry.first}, doubled each time up to {@code retry.max}; after
 * {@code retry.max-attempts}, or at once when the portal refuses the change for good, it
 * is {@code FAILED} and waits for an operator (and so do the later changes of its
 * dossier).
 */
@Component
public class SyncSender {

	private static final Logger log = LoggerFactory.getLogger(SyncSender.class);

	/** Rounds per run: each round may free the next change of every dossier sent. */
	private static final int MAX_ROUNDS = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final NationalPortalClient portal;

	private final NationalSyncProperties properties;

	private final Clock clock;

	SyncSender(NamedParameterJdbcTemplate jdbc, NationalPortalClient portal, NationalSyncProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.portal = portal;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends every change due now, in order per dossier; answers how many were
	 * acknowledged. Nothing is sent while the synchronisation is switched off.
	 */
	public int sendDue() {
		return this.properties.enabled() ? sendDue(OffsetDateTime.now(this.clock)) : 0;
	}

	int sendDue(OffsetDateTime now) {
		this.jdbc.update(
				"update national_sync set status = 'PENDING', claimed_at = null, claim_token = null "
						+ "where status = 'SENDING' and claimed_at < :stale",
				new MapSqlParameterSource("stale", now.minus(this.properties.retry().claimTimeout())));
		int acknowledged = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			int before = acknowledged;
			for (Long id : due(now)) {
				String token = UUID.randomUUID().toString();
				if (claim(id, now, token) && send(id, now, token)) {
					acknowledged++;
				}
			}
			if (acknowledged == before) {
				break;
			}
		}
		return acknowledged;
	}

	/** Changes due whose every earlier change of the same dossier was acknowledged. */
	private List<Long> due(OffsetDateTime now) {
		return this.jdbc.queryForList(
				"select s.id from national_sync s where s.status = 'PENDING' "
						+ "and s.next_attempt_at <= :now and not exists (select 1 from national_sync e "
						+ "where e.dossier_code = s.dossier_code and e.seq < s.seq and e.status <> 'ACKED') "
						+ "order by s.id fetch first " + this.properties.retry().batch() + " rows only",
				new MapSqlParameterSource("now", now), Long.class);
	}

	private boolean claim(long id, OffsetDateTime now, String token) {
		return this.jdbc.update(
				"update national_sync set status = 'SENDING', claimed_at = :now, claim_token = :token "
						+ "where id = :id and status = 'PENDING' and next_attempt_at <= :now",
				new MapSqlParameterSource("id", id).addValue("now", now).addValue("token", token)) == 1;
	}

	private boolean send(long id, OffsetDateTime now, String token) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"select dossier_code, idempotency_key, payload, attempts from national_sync where id = :id",
				new MapSqlParameterSource("id", id));
		int attempts = ((Number) row.get("attempts")).intValue() + 1;
		NationalPortalClient.Outcome outcome = this.portal.send((String) row.get("idempotency_key"),
				(String) row.get("payload"));
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id).addValue("now", now)
			.addValue("attempts", attempts)
			.addValue("token", token);
		if (outcome.acknowledged()) {
			// Whoever holds the row now, the portal has it: acknowledged is the truth.
			this.jdbc.update("update national_sync set status = 'ACKED', acked_at = :now, attempts = :attempts, "
					+ "claimed_at = null, claim_token = null, last_error = null where id = :id", parameters);
			return true;
		}
		boolean last = !outcome.retry() || attempts >= this.properties.retry().maxAttempts();
		log.warn("National sync {} of dossier {} failed (attempt {}): {}", row.get("idempotency_key"),
				row.get("dossier_code"), attempts, outcome.error());
		// Only while still ours: a node that took over a released claim decides.
		this.jdbc.update(
				"update national_sync set status = :status, attempts = :attempts, claimed_at = null, "
						+ "claim_token = null, next_attempt_at = :next, last_error = :error "
						+ "where id = :id and claim_token = :token",
				parameters.addValue("status", last ? "FAILED" : "PENDING")
					.addValue("next", now.plus(pause(attempts)))
					.addValue("error", outcome.error()));
		return false;
	}

	/** The pause after the n-th failed attempt: first, doubled each time, up to max. */
	Duration pause(int attempts) {
		Duration first = this.properties.retry().first();
		Duration max = this.properties.retry().max();
		Duration pause = first.multipliedBy(1L << Math.min(attempts - 1, 30));
		return (pause.compareTo(max) > 0 || pause.isNegative()) ? max : pause;
	}

}
