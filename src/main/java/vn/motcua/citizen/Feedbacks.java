package vn.motcua.citizen;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.security.EngineActions;

import org.springframework.beans.factory.annotation.Value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
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

	/** The provincial center, which handles feedback naming no known agency. */
	static final String CENTER = "trung-tam";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final NamedParameterJdbcTemplate jdbc;

	private final LookupTokens tokens;

	private final Clock clock;

	private final Catalogue catalogue;

	private final RuntimeService runtime;

	private final EngineActions engine;

	private final int answerDays;

	Feedbacks(NamedParameterJdbcTemplate jdbc, LookupTokens tokens, Clock clock, Catalogue catalogue,
			RuntimeService runtime, EngineActions engine,
			@Value("${motcua.citizen.feedback-answer-days:15}") int answerDays) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.clock = clock;
		this.catalogue = catalogue;
		this.runtime = runtime;
		this.engine = engine;
		this.answerDays = answerDays;
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
		startHandling(code, blankToNull(request.agency()), request.content().strip(), now);
		log.info("Feedback {} received", code);
		return code;
	}

	/**
	 * The agency concerned (the center when none is named or known) answers within the
	 * PAKN deadline.
	 */
	private void startHandling(String code, String agency, String content, OffsetDateTime now) {
		String handler = handler(agency);
		Map<String, Object> variables = new HashMap<>();
		variables.put("feedbackCode", code);
		variables.put("agency", handler);
		variables.put("agencyName", agencyName(handler));
		// The answer form shows what the citizen wrote (Camunda Forms read variables
		// only); never the sender's name or contact, which stay in the register.
		variables.put("feedbackContent", MarkdownText.literal(content));
		variables.put("handlerGroup", handler + ":lanh-dao");
		variables.put("receivedAt", Date.from(now.toInstant()));
		variables.put("answerDays", this.answerDays);
		this.engine.asSystem(() -> this.runtime.startProcessInstanceByKey("phan-anh-kien-nghi", code, variables));
	}

	/** The published answer: no sender data. */
	Optional<Map<String, Object>> publicView(String code) {
		return this.jdbc.query("select code, status, answer, answered_at from feedback where code = :code",
				new MapSqlParameterSource("code", code), (rs, row) -> {
					Map<String, Object> view = new LinkedHashMap<>();
					view.put("code", rs.getString("code"));
					view.put("status", rs.getString("status"));
					view.put("answer", rs.getString("answer"));
					view.put("answeredAt", vietnam(rs, "answered_at"));
					return view;
				})
			.stream()
			.findFirst();
	}

	/**
	 * The whole feedback, for the officers who handle it: the same keys and the same
	 * times (Vietnam's offset) on every database.
	 */
	Optional<FeedbackView> full(String code) {
		return this.jdbc.query(
				"select code, sender_name, contact, dossier_code, agency, content, status, created_at, "
						+ "answer, answered_at, answered_by, urge_note, urged_at from feedback where code = :code",
				new MapSqlParameterSource("code", code), (rs, row) -> {
					String handler = handler(rs.getString("agency"));
					return new FeedbackView(rs.getString("code"), rs.getString("sender_name"), rs.getString("contact"),
							rs.getString("dossier_code"), rs.getString("agency"), handler, agencyName(handler),
							rs.getString("content"), rs.getString("status"), vietnam(rs, "created_at"),
							rs.getString("answer"), vietnam(rs, "answered_at"), rs.getString("answered_by"),
							rs.getString("urge_note"), vietnam(rs, "urged_at"));
				})
			.stream()
			.findFirst();
	}

	private static OffsetDateTime vietnam(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.atZoneSameInstant(VIETNAM).toOffsetDateTime() : null;
	}

	private String agencyName(String code) {
		return this.catalogue.agency(code).map(Agency::name).orElse(code);
	}

	/**
	 * The agency that handles a feedback: the one it names when the catalogue knows it,
	 * otherwise the center.
	 */
	String handler(String agency) {
		return (agency != null && this.catalogue.agency(agency).isPresent()) ? agency : CENTER;
	}

	/**
	 * The center's urge to an agency late with its answer ("Đôn đốc"), kept with the
	 * feedback for the officers who handle it.
	 */
	void urged(String code, String note, String actor) {
		this.jdbc.update("update feedback set urge_note = :note, urged_at = :at, urged_by = :actor where code = :code",
				new MapSqlParameterSource("code", code).addValue("note", note)
					.addValue("at", OffsetDateTime.now(this.clock))
					.addValue("actor", actor));
	}

	void answer(String code, String status, String answer, String actor) {
		this.jdbc.update(
				"update feedback set status = :status, answer = :answer, answered_at = :at, "
						+ "answered_by = :actor where code = :code",
				new MapSqlParameterSource("code", code).addValue("status", status)
					.addValue("answer", answer)
					.addValue("at", OffsetDateTime.now(this.clock))
					.addValue("actor", actor));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
