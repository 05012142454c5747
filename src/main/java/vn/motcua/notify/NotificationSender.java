package vn.motcua.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Each row is first claimed with a conditional update, so
 * two nodes never send the same row; a failure is retried with growing pauses (1, 2, 4, 8
 * minutes), then marked failed for an operator. A claim left by a node that died is
 * released after ten minutes.
 */
@Component
public class NotificationSender {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<String, NotificationChannel> channels;

	private final Clock clock;

	NotificationSender(NamedParameterJdbcTemplate jdbc, List<NotificationChannel> channels, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
		this.clock = clock;
	}

	/** Sends every row due now; returns how many were sent. */
	public int sendDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update(
				"update notification set status = 'PENDING', claimed_at = null "
						+ "where status = 'SENDING' and claimed_at < :stale",
				new MapSqlParameterSource("stale", now.minus(Duration.ofMinutes(10))));
		List<Long> due = this.jdbc.queryForList(
				"select id from notification where status = 'PENDING' "
						+ "and next_attempt_at <= :now and channel in (:channels) order by id limit 50",
				new MapSqlParameterSource("now", now).addValue("channels", availableChannels()), Long.class);
		int sent = 0;
		for (Long id : due) {
			if (claim(id, now) && send(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private List<String> availableChannels() {
		List<String> names = this.channels.values()
			.stream()
			.filter(NotificationChannel::available)
			.map(NotificationChannel::name)
			.toList();
		return names.isEmpty() ? List.of("-") : names;
	}

	private boolean claim(long id, OffsetDateTime now) {
		return this.jdbc.update(
				"update notification set status = 'SENDING', claimed_at = :now "
						+ "where id = :id and status = 'PENDING'",
				new MapSqlParameterSource("id", id).addValue("now", now)) == 1;
	}

	private boolean send(long id, OffsetDateTime now) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"select dossier_code, channel, recipient, subject, body, attempts from notification where id = :id",
				new MapSqlParameterSource("id", id));
		String channel = (String) row.get("channel");
		int attempts = ((Number) row.get("attempts")).intValue() + 1;
		try {
			NotificationChannel sender = this.channels.get(channel);
			sender.send((String) row.get("recipient"), (String) row.get("subject"), (String) row.get("body"));
			this.jdbc.update(
					"update notification set status = :status, sent_at = :now, attempts = :attempts where id = :id",
					new MapSqlParameterSource("id", id).addValue("now", now)
						.addValue("attempts", attempts)
						.addValue("status", sender.sentStatus()));
			return true;
		}
		catch (Exception ex) {
			boolean last = attempts >= MAX_ATTEMPTS;
			log.warn("{} notification {} of dossier {} failed (attempt {}): {}", channel, id, row.get("dossier_code"),
					attempts, ex.getClass().getSimpleName());
			this.jdbc.update(
					"update notification set status = :status, attempts = :attempts, claimed_at = null, "
							+ "next_attempt_at = :next, last_error = :error where id = :id",
					new MapSqlParameterSource("id", id).addValue("status", last ? "FAILED" : "PENDING")
						.addValue("attempts", attempts)
						.addValue("next", now.plusMinutes(1L << (attempts - 1)))
						.addValue("error", ex.getClass().getSimpleName()));
			return false;
		}
	}

}
