package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of online submissions with the hash of the body they came with, under
 * a unique constraint ({@code submission_key}).
 */
@Repository
class SubmissionKeys {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SubmissionKeys(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Stored> find(String key) {
		return this.jdbc
			.query("select body_hash, dossier_code from submission_key where idempotency_key = :key",
					new MapSqlParameterSource("key", key),
					(rs, row) -> new Stored(rs.getString("body_hash"), rs.getString("dossier_code")))
			.stream()
			.findFirst();
	}

	void remember(String key, String bodyHash, String dossierCode) {
		this.jdbc.update(
				"insert into submission_key (idempotency_key, body_hash, dossier_code, created_at) "
						+ "values (:key, :hash, :code, :at)",
				new MapSqlParameterSource("key", key).addValue("hash", bodyHash)
					.addValue("code", dossierCode)
					.addValue("at", OffsetDateTime.now(this.clock)));
	}

	record Stored(String bodyHash, String dossierCode) {

	}

}
