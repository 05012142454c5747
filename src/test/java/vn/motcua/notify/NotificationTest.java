package vn.motcua.notify;

import java.net.http.HttpResponse;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.TestHttp;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens are told by e-mail, through a real SMTP server (GreenMail), when their dossier
 * is received and when its result is ready, each exactly once however often the sender
 * runs; without an SMS provider the SMS wait in the outbox, unsent, and officers see them
 * waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
				"motcua.notify.mail-from=motcua@trungtam.example.vn" })
class NotificationTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	NotificationSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenACitizenWithEmailAndPhone_whenReceivedAndResolved_thenEachMessageIsSentOnce() throws Exception {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		Dossier dossier = this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(),
				Channel.TRUC_TIEP,
				new Dossier.Applicant("Đặng Thu Trang", "001196077777", "0987000111", "trang@example.vn", null), null,
				null, "trung-tam.tiep-nhan");
		complete(dossier, "receive-dossier", Map.of("receptionDecision", "accept"));

		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(this.sender.sendDue()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Đã tiếp nhận hồ sơ " + dossier.code());
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("trang@example.vn");

		complete(dossier, "appraise-dossier", Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		complete(dossier, "approve-dossier", Map.of("leaderDecision", "agree"));
		this.sender.sendDue();
		this.sender.sendDue();

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("Hồ sơ " + dossier.code() + " đã có kết quả");
		assertThat(this.jdbc.queryForList(
				"select channel, status, attempts from notification where dossier_code = ? order by id",
				dossier.code()))
			.extracting((row) -> row.get("CHANNEL") + ":" + row.get("STATUS") + ":" + row.get("ATTEMPTS"))
			.containsExactly("EMAIL:SENT:1", "SMS:PENDING:0", "EMAIL:SENT:1", "SMS:PENDING:0");
		HttpResponse<String> listed = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.get("/api/dossiers/" + dossier.code() + "/notifications");
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		assertThat(listed.body()).contains("\"channel\":\"SMS\",\"status\":\"PENDING\"")
			.contains("\"channel\":\"EMAIL\",\"status\":\"SENT\"")
			.doesNotContain("0987000111")
			.doesNotContain("trang@example.vn");
	}

	@Test
	void givenTheDemoLoggingGateway_whenAnSmsIsTaken_thenItIsMarkedLoggedNotSent() throws Exception {
		LoggingSmsGateway demo = new LoggingSmsGateway();
		SmsChannel channel = new SmsChannel(
				new StaticListableBeanFactory(Map.of("sms", demo)).getBeanProvider(SmsGateway.class));

		channel.send("0987000111", null, "Đã tiếp nhận hồ sơ");

		assertThat(channel.available()).isTrue();
		assertThat(channel.sentStatus()).isEqualTo("LOGGED");
	}

	@Test
	void givenNoGateway_whenTheSmsChannelIsAsked_thenItIsUnavailable() {
		SmsChannel channel = new SmsChannel(new StaticListableBeanFactory().getBeanProvider(SmsGateway.class));

		assertThat(channel.available()).isFalse();
	}

	private void complete(Dossier dossier, String key, Map<String, Object> form) {
		String id = this.tasks.createTaskQuery()
			.processVariableValueEquals("dossierCode", dossier.code())
			.taskDefinitionKey(key)
			.singleResult()
			.getId();
		this.tasks.complete(id, form);
		AsyncSteps.run(this.management);
	}

}
