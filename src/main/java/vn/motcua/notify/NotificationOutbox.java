package vn.motcua.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.VietnameseTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the dossier events a citizen must hear about into outbox rows, in the transaction
 * that records the event: received (with the appointment and the look-up link),
 * supplement requested, result ready, apology with the new date. Only the contact data
 * the citizen gave is used.
 */
@Component
public class NotificationOutbox {

	/** Event types announced, and the template of each. */
	static final Map<String, String> TEMPLATES = Map.of("ACCEPTED", "received", "SUPPLEMENT_REQUESTED", "supplement",
			"RESULT_READY", "result-ready", "APOLOGY", "apology");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	NotificationOutbox(DossierRegister register, NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.register = register;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void on(DossierEvent event) {
		String template = TEMPLATES.get(event.type());
		if (template == null) {
			return;
		}
		Dossier dossier = this.register.get(event.dossierCode());
		Object[] args = { dossier.code(), dossier.procedureName(), (dossier.dueAt() != null)
				? VietnameseTime.HOUR_AND_DAY.format(dossier.dueAt().atZoneSameInstant(this.clock.getZone())) : "",
				(event.note() != null) ? event.note() : "", this.publicUrl + "/?ma=" + dossier.code() };
		if (dossier.applicant().email() != null) {
			add(event, "EMAIL", dossier.applicant().email(), text("notify." + template + ".subject", args),
					text("notify." + template + ".email", args));
		}
		if (dossier.applicant().phone() != null) {
			add(event, "SMS", dossier.applicant().phone(), null, text("notify." + template + ".sms", args));
		}
	}

	/**
	 * Tells the sender of a phản ánh, kiến nghị that it was answered, by e-mail or SMS
	 * depending on the contact they gave; called in the transaction that publishes the
	 * answer.
	 */
	public void feedbackAnswered(String feedbackCode, String contact, String answer) {
		boolean email = contact.contains("@");
		Object[] args = { feedbackCode, answer, this.publicUrl };
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update("insert into notification (feedback_code, event_type, event_at, channel, recipient, subject, "
				+ "body, status, next_attempt_at, created_at) values (:code, 'FEEDBACK_ANSWERED', :now, :channel, "
				+ ":recipient, :subject, :body, 'PENDING', :now, :now)",
				new MapSqlParameterSource("code", feedbackCode).addValue("now", now)
					.addValue("channel", email ? "EMAIL" : "SMS")
					.addValue("recipient", contact.strip())
					.addValue("subject", email ? text("notify.feedback-answered.subject", args) : null)
					.addValue("body",
							text(email ? "notify.feedback-answered.email" : "notify.feedback-answered.sms", args)));
	}

	private void add(DossierEvent event, String channel, String recipient, String subject, String body) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update(
				"insert into notification (dossier_code, event_type, event_at, channel, recipient, subject, "
						+ "body, status, next_attempt_at, created_at) values (:code, :type, :at, :channel, :recipient, "
						+ ":subject, :body, 'PENDING', :now, :now)",
				new MapSqlParameterSource("code", event.dossierCode()).addValue("type", event.type())
					.addValue("at", event.occurredAt())
					.addValue("channel", channel)
					.addValue("recipient", recipient)
					.addValue("subject", subject)
					.addValue("body", body)
					.addValue("now", now));
	}

	private String text(String key, Object[] args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
