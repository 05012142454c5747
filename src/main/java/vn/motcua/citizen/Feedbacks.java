package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Phản ánh, kiến nghị received from the portal ({@code feedback}), status {@code MOI}
 * until an officer takes them up.
 */
@Repository
class Feedbacks {

	private static final Logger log = LoggerFactory.getLogger(Feedbacks.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final NamedParameterJdbcTemplate jdbc;

	private final LookupTokens tokens;

	private final Clock clock;

	Feedbacks(NamedParameterJdbcTemplate jdbc, LookupTokens tokens, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.clock = clock;
	}

	String receive(FeedbackRequest request) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String code = "PAKN-" + now.format(DAY) + "-" + this.tokens.next().substring(0, 8).toUpperCase();
		this.jdbc.update(
				"insert into feedback (code, sender_name, contact, dossier_code, agency, content, status, "
						+ "created_at) values (:code, :name, :contact, :dossier, :agency, :content, 'MOI', :at)",
				new MapSqlParameterSource("code", code).addValue("name", request.name().strip())
					.addValue("contact", request.contact().strip())
					.addValue("dossier", blankToNull(request.dossierCode()))
					.addValue("agency", blankToNull(request.agency()))
					.addValue("content", request.content().strip())
					.addValue("at", now));
		log.info("Feedback {} received", code);
		return code;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
