package vn.motcua.sync;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaperFile;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.TestPdfs;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synchronisation with the national portal on H2, against the sandbox portal of the
 * same application over HTTP: what is queued with each change, what arrives, and what
 * happens when the portal is down or its acknowledgement is lost. The sender is run by
 * hand with explicit times, so the pauses between attempts can be checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.national-sync.enabled=true",
				"motcua.national-sync.base-url=http://localhost:${local.server.port}/sandbox/dvcqg",
				"motcua.national-sync.token=test-token", "motcua.national-sync.sandbox.enabled=true",
				"motcua.national-sync.sandbox.token=test-token", "motcua.national-sync.retry.first=30s",
				"motcua.national-sync.retry.max=5m", "motcua.national-sync.retry.max-attempts=6",
				"motcua.national-sync.documents.base-url=http://localhost:${local.server.port}",
				"motcua.national-sync.documents.token=test-document-token" })
class NationalSyncTest {

	@LocalServerPort
	int port;

	@Autowired
	DossierRegister register;

	@Autowired
	SyncSender sender;

	@Autowired
	SandboxSwitch sandbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	ObjectMapper json;

	SyncFixture fixture;

	/** Sends what earlier tests left queued, so that counts are this test's own. */
	@BeforeEach
	void drain() {
		this.fixture = new SyncFixture(this.context);
		this.sandbox.set(SandboxSwitch.Mode.UP);
		this.sender.sendDue(SyncFixture.later(1_000_000));
	}

	@AfterEach
	void sandboxUp() {
		this.sandbox.set(SandboxSwitch.Mode.UP);
	}

	@Test
	void givenADossierRunItsCourse_whenSent_thenThePortalHoldsEveryChangeOnceInOrder() {
		Dossier dossier = this.fixture.aDossier();
		this.fixture.complete(dossier, "receive-dossier", Map.of("receptionDecision", "accept"));
		this.fixture.complete(dossier, "appraise-dossier",
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		this.fixture.complete(dossier, "approve-dossier", Map.of("leaderDecision", "agree"));

		int sent = this.sender.sendDue(SyncFixture.later(0));

		List<String> queued = this.jdbc.queryForList(
				"select kind || ':' || national_status || ':' || status from national_sync where dossier_code = ? "
						+ "order by seq",
				String.class, dossier.code());
		assertThat(queued).startsWith("TRANG_THAI:1:ACKED", "TIEP_NHAN:4:ACKED").contains("TRANG_THAI:9:ACKED");
		assertThat(sent).isEqualTo(queued.size());
		assertThat(this.fixture.received(dossier)).containsExactlyElementsOf(this.fixture.keys(dossier));
		assertThat(this.sender.sendDue(SyncFixture.later(60))).isZero();
		assertThat(this.fixture.received(dossier)).hasSize(queued.size());
	}

	@Test
	void givenAResultReturnedElectronically_whenSent_thenThePortalFetchedTheReceiptAndTheSealedPdfTheCitizenGets()
			throws Exception {
		Dossier dossier = this.fixture.aDossier();
		Map<String, Map<String, Object>> forms = Map.of("receive-dossier", Map.of("receptionDecision", "accept"),
				"appraise-dossier", Map.of("appraisalResult", "approve"), "approve-dossier",
				Map.of("leaderDecision", "agree"), "collect-fee", Map.of("receiptNumber", "BL-9", "feeCollected", true),
				"return-result", Map.of("returnMethod", "dien-tu", "resultHandedOver", true));
		for (Task task = openTask(dossier); task != null; task = openTask(dossier)) {
			if ("return-result".equals(task.getTaskDefinitionKey())) {
				assertThat(attachResult(dossier).getStatusCode().value()).isEqualTo(201);
			}
			this.tasks.complete(task.getId(), new HashMap<>(forms.get(task.getTaskDefinitionKey())));
			AsyncSteps.run(this.management);
		}
		assertThat(this.register.get(dossier.code()).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);

		this.sender.sendDue(SyncFixture.later(0));

		HttpHeaders citizen = new HttpHeaders();
		citizen.set("X-Id-Number", SyncFixture.ID_NUMBER);
		citizen.set("X-Forwarded-For", "203.0.113.91");
		ResponseEntity<byte[]> served = this.rest.exchange("/api/public/dossiers/" + dossier.code() + "/result",
				HttpMethod.GET, new HttpEntity<>(citizen), byte[].class);
		assertThat(served.getStatusCode().value()).isEqualTo(200);
		String sealed = PaperFile.sha256(served.getBody());
		JsonNode fetched = this.json.readTree(this.rest.withBasicAuth("admin", "admin-test-password")
			.getForObject("/api/national-sync/sandbox/documents?dossier=" + dossier.code(), String.class));
		assertThat(fetched).hasSize(2);
		JsonNode receipt = fetched.get(0);
		JsonNode result = fetched.get(1);
		assertThat(receipt.get("kind").asText()).isEqualTo("TIEP_NHAN");
		assertThat(receipt.get("contentType").asText()).isEqualTo("application/pdf");
		// The receipt is rendered at the portal's first fetch and kept: a later fetch
		// gets
		// the same bytes.
		assertThat(receipt.get("announcedSha256").isNull()).isTrue();
		assertThat(receipt.get("receivedSha256").asText()).hasSize(64);
		HttpHeaders portal = new HttpHeaders();
		portal.setBearerAuth("test-document-token");
		byte[] again = this.rest
			.exchange(receipt.get("url").asText(), HttpMethod.GET, new HttpEntity<>(portal), byte[].class)
			.getBody();
		assertThat(PaperFile.sha256(again)).isEqualTo(receipt.get("receivedSha256").asText());
		assertThat(new String(again, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(result.get("kind").asText()).isEqualTo("KET_QUA");
		assertThat(result.get("receivedSha256").asText()).as("what the portal got is the sealed PDF the citizen gets")
			.isEqualTo(sealed)
			.isEqualTo(result.get("announcedSha256").asText());
		assertThat(result.get("receivedSize").asLong()).isEqualTo(served.getBody().length);

		JsonNode announced = this.json.readTree(this.jdbc.queryForObject(
				"select payload from dvcqg_sandbox_message where dossier_code = ? and kind = 'KET_QUA'", String.class,
				dossier.code()))
			.get("giayTo");
		assertThat(announced.get("soKyHieu").asText()).isEqualTo("21/QĐ-STP");
		// The receipt goes with the number it is printed with: the dossier's entry in the
		// receiving unit's book, taken as the acceptance committed.
		Integer entry = this.jdbc.queryForObject("select entry_number from register_entry where dossier_code = ?",
				Integer.class, dossier.code());
		JsonNode receiptAnnounced = this.json.readTree(this.jdbc.queryForObject(
				"select payload from dvcqg_sandbox_message where dossier_code = ? and kind = 'TIEP_NHAN'", String.class,
				dossier.code()))
			.get("giayTo");
		assertThat(receiptAnnounced.get("soKyHieu").asText()).isEqualTo((entry < 10) ? "0" + entry : "" + entry);
		assertThat(this.jdbc.queryForObject(
				"select number from national_sync_document where dossier_code = ? and kind = 'TIEP_NHAN'", String.class,
				dossier.code()))
			.isEqualTo(receiptAnnounced.get("soKyHieu").asText());
		assertThat(announced.get("loaiNoiDung").asText()).isEqualTo("application/pdf");
		assertThat(announced.get("duongDanTaiVe").asText())
			.startsWith("http://localhost:" + this.port + "/dvcqg/documents/");
		assertThat(this.fixture.received(dossier)).as("in order, once each")
			.containsExactlyElementsOf(this.fixture.keys(dossier));

		// Without the portal's document token, nothing is served.
		String address = announced.get("duongDanTaiVe").asText();
		assertThat(this.rest.getForEntity(address, String.class).getStatusCode().value()).isEqualTo(401);
		HttpHeaders wrong = new HttpHeaders();
		wrong.setBearerAuth("test-token");
		assertThat(this.rest.exchange(address, HttpMethod.GET, new HttpEntity<>(wrong), String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	private Task openTask(Dossier dossier) {
		return this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", dossier.code()).singleResult();
	}

	private ResponseEntity<String> attachResult(Dossier dossier) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("number", "21/QĐ-STP");
		parts.add("signedOn", LocalDate.now().minusDays(1).toString());
		parts.add("signer", "Nguyễn Văn Hùng");
		HttpHeaders type = new HttpHeaders();
		type.setContentType(MediaType.APPLICATION_PDF);
		parts.add("file", new HttpEntity<>(new ByteArrayResource(TestPdfs.page("Quyet dinh 21/QD-STP")) {
			@Override
			public String getFilename() {
				return "ket-qua.pdf";
			}
		}, type));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth("trung-tam.tiep-nhan", "demo")
			.postForEntity("/api/dossiers/" + dossier.code() + "/result", new HttpEntity<>(parts, headers),
					String.class);
	}

	@Test
	void givenAChangeInATransactionRolledBack_whenLooked_thenNothingIsQueued() {
		Dossier dossier = this.fixture.aDossier();
		int before = this.fixture.keys(dossier).size();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		int inside = transaction.execute((status) -> {
			this.register.record(SyncFixture.event(dossier, "REFUSED", DossierStatus.TU_CHOI), DossierChange.none());
			int queued = this.fixture.keys(dossier).size();
			status.setRollbackOnly();
			return queued;
		});

		assertThat(inside).isEqualTo(before + 1);
		assertThat(this.fixture.keys(dossier)).hasSize(before);
	}

	@Test
	void givenThePortalDown_whenSentForAWhile_thenRetriedWithGrowingPausesAndAllArriveOnceAfterItReturns() {
		Dossier dossier = this.fixture.aDossier();
		this.fixture.record(dossier, "ACCEPTED", DossierStatus.DANG_XU_LY);
		this.fixture.record(dossier, "RESULT_READY", DossierStatus.CHO_TRA_KET_QUA);
		this.sandbox.set(SandboxSwitch.Mode.DOWN);
		OffsetDateTime start = SyncFixture.later(0);

		assertThat(this.sender.sendDue(start)).isZero();
		assertThat(first(dossier)).containsEntry("ATTEMPTS", 1).containsEntry("STATUS", "PENDING");
		assertThat(nextAttempt(dossier)).isAtSameInstantAs(start.plusSeconds(30));
		assertThat(this.sender.sendDue(start.plusSeconds(20))).as("not due yet").isZero();
		assertThat(first(dossier)).containsEntry("ATTEMPTS", 1);
		this.sender.sendDue(start.plusSeconds(31));
		assertThat(first(dossier)).containsEntry("ATTEMPTS", 2).containsEntry("LAST_ERROR", "HTTP 503");
		assertThat(nextAttempt(dossier)).isAtSameInstantAs(start.plusSeconds(31 + 60));
		this.sender.sendDue(start.plusSeconds(92));
		assertThat(nextAttempt(dossier)).isAtSameInstantAs(start.plusSeconds(92 + 120));
		assertThat(this.fixture.received(dossier)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from national_sync where dossier_code = ? and seq > 1 and attempts > 0", Long.class,
				dossier.code()))
			.as("later changes wait for the first")
			.isZero();

		this.sandbox.set(SandboxSwitch.Mode.UP);
		assertThat(this.sender.sendDue(start.plusSeconds(100))).as("the pause is kept").isZero();
		assertThat(this.sender.sendDue(start.plusSeconds(213))).isEqualTo(3);

		assertThat(this.fixture.received(dossier)).containsExactlyElementsOf(this.fixture.keys(dossier));
		assertThat(this.jdbc.queryForList("select status from national_sync where dossier_code = ?", String.class,
				dossier.code()))
			.containsOnly("ACKED");
	}

	@Test
	void givenALostAcknowledgement_whenSentAgain_thenThePortalStoresTheChangeOnce() {
		Dossier dossier = this.fixture.aDossier();
		this.sandbox.set(SandboxSwitch.Mode.ACK_LOST);

		assertThat(this.sender.sendDue(SyncFixture.later(0))).isZero();
		assertThat(this.fixture.received(dossier)).hasSize(1);
		assertThat(first(dossier)).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);

		this.sandbox.set(SandboxSwitch.Mode.UP);
		assertThat(this.sender.sendDue(SyncFixture.later(31))).isEqualTo(1);
		assertThat(this.fixture.received(dossier)).containsExactly(dossier.code() + "#1");
		assertThat(first(dossier)).containsEntry("STATUS", "ACKED").containsEntry("ATTEMPTS", 2);
	}

	@Test
	void givenARepeatOfAStoredChange_whenPosted_thenAcknowledgedAsARepeat() {
		Dossier dossier = this.fixture.aDossier();
		this.sender.sendDue(SyncFixture.later(0));
		String body = this.jdbc.queryForObject("select payload from national_sync where idempotency_key = ?",
				String.class, dossier.code() + "#1");
		TestHttp portal = new TestHttp(this.port).header("Authorization", "Bearer test-token")
			.header("Idempotency-Key", dossier.code() + "#1");

		HttpResponse<String> repeat = portal.postJson("/sandbox/dvcqg/dong-bo-ho-so", body);

		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(repeat.body()).contains("\"trungLap\":true");
		assertThat(this.fixture.received(dossier)).hasSize(1);
	}

	/**
	 * A node claimed the first change, the portal stored it, and the node died before it
	 * wrote the acknowledgement down: after the claim timeout another run sends it again,
	 * and the portal keeps it once.
	 */
	@Test
	void givenAClaimLeftByANodeThatDied_whenTheClaimIsStale_thenSentAgainAndStoredOnce() {
		Dossier dossier = this.fixture.aDossier();
		this.fixture.record(dossier, "ACCEPTED", DossierStatus.DANG_XU_LY);
		OffsetDateTime start = SyncFixture.later(0);
		this.sandbox.set(SandboxSwitch.Mode.ACK_LOST);
		this.sender.sendDue(start);
		this.jdbc.update("update national_sync set status = 'SENDING', claimed_at = ?, claim_token = 'dead-node' "
				+ "where idempotency_key = ?", start, dossier.code() + "#1");
		this.sandbox.set(SandboxSwitch.Mode.UP);

		assertThat(this.sender.sendDue(start.plusSeconds(119))).as("claim still fresh").isZero();
		assertThat(first(dossier)).containsEntry("STATUS", "SENDING");
		assertThat(this.sender.sendDue(start.plusSeconds(121))).isEqualTo(2);

		assertThat(this.fixture.received(dossier)).containsExactly(dossier.code() + "#1", dossier.code() + "#2");
		assertThat(first(dossier)).containsEntry("STATUS", "ACKED");
	}

	@Test
	void givenAnEarlierChangeNotAcknowledged_whenTheLaterIsDue_thenItWaits() {
		Dossier dossier = this.fixture.aDossier();
		this.fixture.record(dossier, "ACCEPTED", DossierStatus.DANG_XU_LY);
		this.jdbc.update("update national_sync set next_attempt_at = ? where idempotency_key = ?",
				SyncFixture.later(3600), dossier.code() + "#1");

		assertThat(this.sender.sendDue(SyncFixture.later(0))).isZero();
		assertThat(this.fixture.received(dossier)).isEmpty();

		assertThat(this.sender.sendDue(SyncFixture.later(3601))).isEqualTo(2);
		assertThat(this.fixture.received(dossier)).containsExactly(dossier.code() + "#1", dossier.code() + "#2");
	}

	@Test
	void givenAChangeThePortalRefuses_whenSent_thenFailedAtOnceAndAnAdministratorRetriesIt() {
		Dossier dossier = this.fixture.aDossier();
		this.jdbc.update("update national_sync set payload = '{}' where idempotency_key = ?", dossier.code() + "#1");

		this.sender.sendDue(SyncFixture.later(0));

		assertThat(first(dossier)).containsEntry("STATUS", "FAILED").containsEntry("LAST_ERROR", "HTTP 400");
		TestHttp admin = new TestHttp(this.port).as("admin", "admin-test-password");
		HttpResponse<String> failed = admin.get("/api/national-sync/changes?status=FAILED&dossier=" + dossier.code());
		assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
		assertThat(failed.body()).contains("\"totalItems\":1").contains("\"lastError\":\"HTTP 400\"");
		long id = ((Number) first(dossier).get("ID")).longValue();
		restorePayload(dossier);

		HttpResponse<String> retried = admin.postJson("/api/national-sync/changes/" + id + "/retry", "");
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(this.sender.sendDue(SyncFixture.later(1))).isEqualTo(1);
		assertThat(first(dossier)).containsEntry("STATUS", "ACKED");
		assertThat(admin.postJson("/api/national-sync/changes/" + id + "/retry", "").statusCode()).isEqualTo(409);
		assertThat(admin.postJson("/api/national-sync/changes/999999/retry", "").statusCode()).isEqualTo(404);
	}

	@Test
	void givenTheSandbox_whenCalledWithoutItsTokenOrReadByAnOfficer_thenRefused() {
		Dossier dossier = this.fixture.aDossier();
		this.sender.sendDue(SyncFixture.later(0));

		HttpResponse<String> anonymous = new TestHttp(this.port).header("Idempotency-Key", "x#1")
			.postJson("/sandbox/dvcqg/dong-bo-ho-so", "{\"maHoSo\":\"x\",\"thuTu\":1}");
		HttpResponse<String> wrongToken = new TestHttp(this.port).header("Authorization", "Bearer nope")
			.header("Idempotency-Key", "x#1")
			.postJson("/sandbox/dvcqg/dong-bo-ho-so", "{\"maHoSo\":\"x\",\"thuTu\":1}");
		HttpResponse<String> read = new TestHttp(this.port)
			.get("/api/national-sync/sandbox/messages?dossier=" + dossier.code());
		HttpResponse<String> officer = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.get("/api/national-sync/sandbox/messages?dossier=" + dossier.code());
		HttpResponse<String> admin = new TestHttp(this.port).as("admin", "admin-test-password")
			.get("/api/national-sync/sandbox/messages?dossier=" + dossier.code());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(read.statusCode()).isEqualTo(401);
		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(officer.body()).doesNotContain("001196");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("\"idempotencyKey\":\"" + dossier.code() + "#1\"").contains("\"seq\":1");
		assertThat(this.jdbc.queryForObject("select count(*) from dvcqg_sandbox_message where dossier_code = 'x'",
				Long.class))
			.isZero();
	}

	@Test
	void givenTheResultAndTheRating_whenRecorded_thenEachIsQueuedAsAnUpdateOfItsKind() throws Exception {
		Dossier dossier = this.fixture.aDossier();
		this.fixture.record(dossier, "ACCEPTED", DossierStatus.DANG_XU_LY);
		this.fixture.record(dossier, "TASK_COMPLETED", null);
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> this.register.append(
				new DossierEvent(dossier.code(), OffsetDateTime.now(), "RESULT_ATTACHED", null, "trung-tam.tiep-nhan",
						"trung-tam", "return-result", null, null, "Văn bản kết quả số 12/QĐ", false)));
		this.fixture.record(dossier, "RETURNED", DossierStatus.DA_TRA_KET_QUA);

		HttpResponse<String> rated = new TestHttp(this.port).header("X-Id-Number", "001196077777")
			.postJson("/api/public/dossiers/" + dossier.code() + "/evaluation",
					"{\"ratings\":{\"time\":3,\"contacts\":3,\"supplements\":2,\"attitude\":3,"
							+ "\"correctness\":3,\"returnOfResult\":1,\"feedback\":3},\"comment\":\"Nguyễn Văn A\"}");

		assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
		assertThat(
				this.jdbc.queryForList("select event_type || ':' || kind || ':' || national_status from national_sync "
						+ "where dossier_code = ? order by seq", String.class, dossier.code()))
			.containsExactly("SUBMITTED:TRANG_THAI:1", "ACCEPTED:TIEP_NHAN:4", "RESULT_ATTACHED:KET_QUA:4",
					"RETURNED:TRANG_THAI:10", "RATED:DANH_GIA:10");
		String rating = this.jdbc.queryForObject("select payload from national_sync where idempotency_key = ?",
				String.class, dossier.code() + "#5");
		assertThat(rating).contains("\"danhGia\":[3,3,2,3,3,1,3]")
			.contains("\"soGiayToChuHoSo\":\"001196077777\"")
			.doesNotContain("Nguyễn Văn A")
			.doesNotContain("Đặng Thu Trang");
	}

	private void restorePayload(Dossier dossier) {
		// The refused body was '{}'; put back a valid one, as an operator's fix would.
		this.jdbc.update("update national_sync set payload = ? where idempotency_key = ?",
				"{\"maHoSo\":\"" + dossier.code() + "\",\"thuTu\":1,\"trangThai\":\"1\"}", dossier.code() + "#1");
	}

	private Map<String, Object> first(Dossier dossier) {
		return this.jdbc.queryForMap(
				"select id, status, attempts, last_error from national_sync where idempotency_key = ?",
				dossier.code() + "#1");
	}

	private OffsetDateTime nextAttempt(Dossier dossier) {
		return this.jdbc.queryForObject("select next_attempt_at from national_sync where idempotency_key = ?",
				OffsetDateTime.class, dossier.code() + "#1");
	}

}
