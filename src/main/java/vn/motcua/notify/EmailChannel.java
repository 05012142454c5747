package vn.motcua.notify;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail. Available when SMTP is configured
 * ({@code spring.mail.host}); until then e-mails wait in the outbox.
 */
@Component
class EmailChannel implements NotificationChannel {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> mail,
			@Value("${motcua.notify.mail-from:motcua@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public boolean available() {
		return this.mail.getIfAvailable() != null;
	}

	@Override
	public String name() {
		return "EMAIL";
	}

	@Override
	public void send(String recipient, String subject, String body) throws Exception {
		JavaMailSender sender = this.mail.getObject();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(recipient);
		helper.setSubject(subject);
		helper.setText(body, false);
		sender.send(message);
	}

}
