package vn.motcua.citizen;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.notify.NotificationSender;
import vn.motcua.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An online submission over HTTP on PostgreSQL, from the citizen's files to the reception
 * task of the right unit, with the look-up, an idempotent retry and refused files.
 */
@PostgresTest
@TestPropertySource(properties = { "motcua.citizen.max-file-size=200KB", "motcua.citizen.max-total-size=500KB",
		"spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class OnlineSubmissionIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationSender sender;

	@Test
	void givenAnOnlineSubmissionWithTwoFiles_whenRetriedAndLookedUp_thenOneDossierAtTheRightReception() {
		PublicApi api = new PublicApi(this.rest, "198.51.100.7");
		Procedure procedure = PublicDossierApiTest.onlineProcedure(this.catalogue);
		String body = PublicApi.dossierJson(procedure.code(), PublicApi.ID_NUMBER);
		List<Map.Entry<String, byte[]>> files = List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(40_000)),
				PublicApi.file("cccd.png", PublicApi.png()));
		String key = "it-" + System.nanoTime();

		ResponseEntity<String> created = api.submit(body, key, files);
		String code = PublicDossierApiTest.code(created);
		assertThat(created.getBody()).contains("\"status\":\"CHO_TIEP_NHAN\"").contains("\"lookupToken\":\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_file where dossier_code = ? and kind = 'NOP' and content is not null",
				Integer.class, code))
			.isEqualTo(2);

		String unit = procedure.receivingUnits().get(0);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey("receive-dossier")
			.taskCandidateGroup(unit + ":tiep-nhan")
			.count()).isEqualTo(1);

		ResponseEntity<String> found = api.get("/api/public/dossiers/" + code + "?idNumber=" + PublicApi.ID_NUMBER);
		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(found.getBody()).contains("\"code\":\"" + code + "\"").doesNotContain("Nguyễn Văn An");
		ResponseEntity<String> wrong = api.get("/api/public/dossiers/" + code + "?idNumber=079088000001");
		ResponseEntity<String> unknown = api.get("/api/public/dossiers/KHONG-CO-HO-SO?idNumber=079088000001");
		assertThat(wrong.getStatusCode().value()).isEqualTo(404);
		assertThat(PublicDossierApiTest.withoutInstance(wrong.getBody()))
			.isEqualTo(PublicDossierApiTest.withoutInstance(unknown.getBody()));

		long dossiers = this.jdbc.queryForObject("select count(*) from dossier", Long.class);
		ResponseEntity<String> retried = api.submit(body, key, files);
		assertThat(retried.getStatusCode().value()).isEqualTo(201);
		assertThat(retried.getBody()).isEqualTo(created.getBody());
		assertThat(this.jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(dossiers);

		ResponseEntity<String> tooLarge = api.submit(body, null,
				List.of(PublicApi.file("lon.pdf", PublicApi.pdf(300 * 1024))));
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(tooLarge.getBody()).contains("dung lượng");
		ResponseEntity<String> forbidden = api.submit(body, null,
				List.of(PublicApi.file("bang-tinh.pdf", "PK\u0003\u0004 a zip file".getBytes())));
		assertThat(forbidden.getStatusCode().value()).isEqualTo(415);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(dossiers);
	}

	@Test
	void givenAnOnlineDossier_whenItsResultIsReturned_thenTheCitizenIsToldOnceAndMayRateOnce() throws Exception {
		PublicApi api = new PublicApi(this.rest, "198.51.100.8");
		Procedure procedure = PublicDossierApiTest.onlineProcedure(this.catalogue);
		ResponseEntity<String> created = api.submit(PublicApi.dossierJson(procedure.code(), PublicApi.ID_NUMBER),
				"journey-" + System.nanoTime(), List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(2_000)),
						PublicApi.file("cccd.png", PublicApi.png())));
		String code = PublicDossierApiTest.code(created);
		for (String key : List.of("receive-dossier", "appraise-dossier", "approve-dossier", "collect-fee",
				"return-result")) {
			var task = this.tasks.createTaskQuery()
				.processInstanceBusinessKey(code)
				.taskDefinitionKey(key)
				.singleResult();
			if (task == null) {
				task = this.tasks.createTaskQuery()
					.processVariableValueEquals("dossierCode", code)
					.taskDefinitionKey(key)
					.singleResult();
			}
			if (task != null) {
				this.tasks.complete(task.getId(),
						Map.of("receptionDecision", "accept", "appraisalResult", "approve", "appraisalNote",
								"Đủ điều kiện", "leaderDecision", "agree", "receiptNumber", "BL-1", "feeCollected",
								true, "returnMethod", "tai-quay", "resultHandedOver", true));
				// The steps after the click run as jobs (async continuations).
				await().atMost(Duration.ofSeconds(30))
					.until(() -> this.management.createJobQuery().messages().count() == 0);
			}
		}
		assertThat(api.get("/api/public/dossiers/" + code + "?idNumber=" + PublicApi.ID_NUMBER).getBody())
			.contains("\"status\":\"DA_TRA_KET_QUA\"");

		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
		smtp.start();
		try {
			this.sender.sendDue();
			this.sender.sendDue();
			long resultReady = java.util.Arrays.stream(smtp.getReceivedMessages())
				.filter((m) -> subject(m).equals("Hồ sơ " + code + " đã có kết quả"))
				.count();
			assertThat(resultReady).isEqualTo(1);
		}
		finally {
			smtp.stop();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where dossier_code = ? "
						+ "and event_type = 'RESULT_READY' and channel = 'EMAIL' and status = 'SENT'",
				Integer.class, code))
			.isEqualTo(1);

		String rating = """
				{"idNumber": "%s", "ratings": {"time": 3, "contacts": 3, "supplements": 3, "attitude": 3,
				 "correctness": 3, "returnOfResult": 3, "feedback": 2}, "comment": "Nhanh, chu đáo"}"""
			.formatted(PublicApi.ID_NUMBER);
		assertThat(api.postJson("/api/public/dossiers/" + code + "/evaluation", rating).getStatusCode().value())
			.isEqualTo(201);
		assertThat(api.postJson("/api/public/dossiers/" + code + "/evaluation", rating).getStatusCode().value())
			.isEqualTo(409);
	}

	private static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
