package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

/**
 * The public dossier API over HTTP on H2: online submission with files, idempotent
 * retries, refused files, all-or-nothing storage and the look-up by code and ID number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.citizen.max-file-size=200KB",
				"motcua.citizen.max-total-size=500KB", "motcua.citizen.rate-limit.requests=100",
				"motcua.citizen.rate-limit.lookups=30",
				// an hour's period: no token comes back while a test runs, however slow
				// the machine
				"motcua.citizen.rate-limit.period=1h" })
class PublicDossierApiTest {

	static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	/** The file of the one required paper of {@link #onlineProcedure}. */
	static final List<Map.Entry<String, byte[]>> ONE_PAPER = List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(300)));

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	SubmissionKeys keys;

	PublicApi api;

	Procedure online;

	@BeforeEach
	void setUp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.api = new PublicApi(this.rest,
				"10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
		this.online = onlineProcedure(this.catalogue);
	}

	/**
	 * A standard procedure offered fully online whose only required paper is its first:
	 * one file in the older {@code files} part makes a complete dossier.
	 */
	static Procedure onlineProcedure(Catalogue catalogue) {
		return catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.onlineLevel().equals("toan-trinh"))
			.filter((p) -> !p.documents().isEmpty() && p.documents().get(0).required()
					&& p.documents().stream().filter(Procedure.RequiredDocument::required).count() == 1)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void givenAnOnlineProcedure_whenSubmittedWithTwoFiles_thenTheDossierWaitsForReceptionWithItsFiles() {
		ResponseEntity<String> created = this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				null, List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(1000)),
						PublicApi.file("anh.png", PublicApi.png())));

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(created.getBody()).contains("\"status\":\"CHO_TIEP_NHAN\"")
			.containsPattern("\"lookupToken\":\"[A-Za-z0-9_-]{32}\"");
		String code = code(created);
		assertThat(this.jdbc.queryForList(
				"select content_type from dossier_file where dossier_code = ? and kind = 'NOP' order by id",
				String.class, code))
			.containsExactly("application/pdf", "image/png");
		String unit = this.online.receivingUnits().get(0);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey("receive-dossier")
			.taskCandidateGroup(unit + ":tiep-nhan")
			.count()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select channel from dossier where code = ?", String.class, code))
			.isEqualTo("TRUC_TUYEN");
	}

	@Test
	void givenTheSameIdempotencyKey_whenSubmittedTwice_thenOneDossierAndTheSameAnswer() {
		String body = PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER);
		List<Map.Entry<String, byte[]>> files = List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(500)));
		String key = "key-" + System.nanoTime();

		ResponseEntity<String> first = this.api.submit(body, key, files);
		ResponseEntity<String> second = this.api.submit(body, key, files);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(second.getStatusCode().value()).isEqualTo(201);
		assertThat(second.getBody()).isEqualTo(first.getBody());
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_file where dossier_code = ?", Integer.class,
				code(first)))
			.isEqualTo(1);
	}

	@Test
	void givenARetryRacingTheFirstSubmission_whenItsKeyCollides_thenItGetsTheFirstDossierAndNothingElseIsKept() {
		String body = PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER);
		List<Map.Entry<String, byte[]>> files = List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(500)));
		String key = "key-" + System.nanoTime();
		ResponseEntity<String> first = this.api.submit(body, key, files);
		long dossiersBefore = dossiers();
		// The retry looked before the first one committed: it saw no key, registered a
		// dossier and then hit the key's unique constraint.
		doReturn(Optional.empty()).doCallRealMethod().when(this.keys).find(key);

		ResponseEntity<String> retry = this.api.submit(body, key, files);

		assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(201);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(dossiers()).as("the retry's own dossier was rolled back").isEqualTo(dossiersBefore);
	}

	@Test
	void givenAKeyAlreadyUsed_whenSubmittedWithAnotherBody_thenUnprocessable() {
		String key = "key-" + System.nanoTime();
		this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), key, ONE_PAPER);

		ResponseEntity<String> other = this.api.submit(PublicApi.dossierJson(this.online.code(), "001190099999"), key,
				ONE_PAPER);

		assertThat(other.getStatusCode().value()).isEqualTo(422);
		assertThat(other.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(other.getBody()).contains("/problems/idempotency-key-reused").contains("đã được dùng");
	}

	@Test
	void givenSetsOutsideOneToNinetyNine_whenSubmitted_then400InVietnameseAndNothingStored() {
		long before = dossiers();
		String json = PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER);

		ResponseEntity<String> refused = this.api.submit(json.replaceFirst("\\{", "{\"sets\": 100, "), null, ONE_PAPER);
		ResponseEntity<String> three = this.api.submit(json.replaceFirst("\\{", "{\"sets\": 3, "), null, ONE_PAPER);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getFirst("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.getBody()).contains("\"field\":\"sets\"").contains("Số lượng hồ sơ phải từ 1 đến 99 bộ.");
		assertThat(three.getStatusCode().value()).as(three.getBody()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select sets from dossier where code = ?", Integer.class, code(three)))
			.isEqualTo(3);
		assertThat(dossiers()).isEqualTo(before + 1);
	}

	@Test
	void givenAProcedureWithoutOnlineService_whenSubmitted_thenUnprocessable() {
		Procedure offline = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.onlineLevel().equals("none"))
			.findFirst()
			.orElseThrow();

		ResponseEntity<String> refused = this.api.submit(PublicApi.dossierJson(offline.code(), PublicApi.ID_NUMBER),
				null, ONE_PAPER);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).contains("/problems/online-not-available").contains("trực tuyến");
	}

	@Test
	void givenAFileThatIsNotPdfJpegOrPng_whenSubmitted_thenUnsupportedMediaTypeAndNothingStored() {
		long before = dossiers();

		ResponseEntity<String> refused = this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				null, List.of(PublicApi.file("virus.pdf", "MZ\u0090\u0000 not a pdf".getBytes())));

		assertThat(refused.getStatusCode().value()).isEqualTo(415);
		assertThat(refused.getBody()).contains("/problems/file-type-not-allowed").contains("PDF, JPEG hoặc PNG");
		assertThat(dossiers()).isEqualTo(before);
	}

	@Test
	void givenAFileOverTheLimit_whenSubmitted_thenPayloadTooLargeInVietnamese() {
		ResponseEntity<String> refused = this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				null, List.of(PublicApi.file("lon.pdf", PublicApi.pdf(300 * 1024))));

		assertThat(refused.getStatusCode().value()).isEqualTo(413);
		assertThat(refused.getHeaders().getFirst("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.getBody()).contains("dung lượng");
	}

	@Test
	void givenAFailureAfterTheFilesAreStored_whenSubmitted_thenNothingIsKeptAndTheProblemSaysToRetry() {
		long dossiersBefore = dossiers();
		long filesBefore = this.jdbc.queryForObject("select count(*) from dossier_file", Long.class);
		long instancesBefore = this.runtime.createProcessInstanceQuery().count();
		String key = "key-" + System.nanoTime();
		doThrow(new org.springframework.jdbc.CannotGetJdbcConnectionException("database gone")).when(this.keys)
			.remember(eq(key), any(), any());

		ResponseEntity<String> failed = this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				key, List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(800))));

		assertThat(failed.getStatusCode().value()).isEqualTo(503);
		assertThat(failed.getBody()).contains("/problems/submission-failed").contains("Vui lòng gửi lại");
		assertThat(dossiers()).isEqualTo(dossiersBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_file", Long.class)).isEqualTo(filesBefore);
		assertThat(this.runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void givenABugAfterTheFilesAreStored_whenSubmitted_thenNothingIsKeptAndTheAnswerIs500NotRetry() {
		long dossiersBefore = dossiers();
		String key = "key-" + System.nanoTime();
		doThrow(new IllegalStateException("a bug")).when(this.keys).remember(eq(key), any(), any());

		ResponseEntity<String> failed = this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				key, List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(800))));

		assertThat(failed.getStatusCode().value()).isEqualTo(500);
		assertThat(failed.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(failed.getBody()).doesNotContain("a bug").doesNotContain("IllegalStateException");
		assertThat(dossiers()).isEqualTo(dossiersBefore);
	}

	@Test
	void givenASubmittedDossier_whenLookedUpWithTheRightIdNumber_thenItsProgressWithoutPersonalData() {
		String code = code(
				this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), null, ONE_PAPER));

		ResponseEntity<String> found = this.api
			.get("/api/public/dossiers/" + code + "?idNumber=" + PublicApi.ID_NUMBER);

		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(found.getBody()).contains("\"status\":\"CHO_TIEP_NHAN\"")
			.contains("\"statusLabel\":\"Chờ tiếp nhận\"")
			.contains("\"procedureName\":\"" + this.online.name() + "\"")
			.contains("\"type\":\"SUBMITTED\"")
			.doesNotContain("Nguyễn Văn An")
			.doesNotContain(PublicApi.ID_NUMBER)
			.doesNotContain("0912345678");
	}

	@Test
	void givenAWrongIdNumber_whenLookedUp_thenTheSameNotFoundAsAnUnknownCode() {
		String code = code(
				this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), null, ONE_PAPER));

		ResponseEntity<String> wrong = this.api.get("/api/public/dossiers/" + code + "?idNumber=001190099999");
		ResponseEntity<String> unknown = this.api.get("/api/public/dossiers/KHONG-CO?idNumber=001190099999");

		assertThat(wrong.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(withoutInstance(wrong.getBody())).isEqualTo(withoutInstance(unknown.getBody()));
		assertThat(wrong.getBody()).contains("Không tìm thấy hồ sơ");
	}

	@Test
	void givenAFloodOfLookups_whenOverTheLimit_thenTooManyRequestsWithRetryAfterForThatClientOnly() {
		ResponseEntity<String> last = null;
		int refused = 0;
		for (int i = 0; i < 40; i++) {
			last = this.api.get("/api/public/dossiers/KHONG-CO-" + i + "?idNumber=001190099999");
			if (last.getStatusCode().value() == 429) {
				refused++;
			}
		}

		assertThat(refused).isEqualTo(10);
		assertThat(last.getStatusCode().value()).isEqualTo(429);
		assertThat(last.getHeaders().getFirst("Retry-After")).matches("\\d+");
		assertThat(String.valueOf(last.getHeaders().getContentType())).startsWith("application/problem+json");
		assertThat(last.getBody()).contains("/problems/too-many-requests").contains("vui lòng thử lại sau");
		assertThat(new PublicApi(this.rest, "192.0.2.77").get("/api/public/dossiers/KHONG-CO?idNumber=001190099999")
			.getStatusCode()
			.value()).isEqualTo(404);
	}

	@Test
	void givenAFloodOfCitizenPageRequests_whenOverTheLimit_thenTooManyRequestsBeforeTheLoginIsAsked() {
		int refused = 0;
		int unauthorized = 0;
		for (int i = 0; i < 105; i++) {
			int status = this.api.get("/api/citizen/dossiers").getStatusCode().value();
			refused += (status == 429) ? 1 : 0;
			unauthorized += (status == 401) ? 1 : 0;
		}

		assertThat(unauthorized).isEqualTo(100);
		assertThat(refused).isEqualTo(5);
	}

	@Test
	void givenTheIdNumberInAHeader_whenLookedUp_thenTheDossierWithoutTheNumberInAnyUrl() {
		String code = code(
				this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), null, ONE_PAPER));

		ResponseEntity<String> found = this.api.withId(HttpMethod.GET, "/api/public/dossiers/" + code,
				PublicApi.ID_NUMBER, null, String.class);

		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(found.getBody()).contains("\"code\":\"" + code + "\"").doesNotContain(PublicApi.ID_NUMBER);
	}

	@Test
	void givenAWrongIdNumber_whenAnyDossierEndpointIsCalled_thenByteForByteTheAnswerToAnUnknownCode() {
		String code = code(
				this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), null, ONE_PAPER));
		String unknown = code.substring(0, code.length() - 4) + "9999";
		String wrong = "001190099999";
		String evaluation = """
				{"ratings": {"time": 3, "contacts": 3, "supplements": 3, "attitude": 3,
				 "correctness": 3, "returnOfResult": 3, "feedback": 3}}""";
		List<java.util.function.Function<String, ResponseEntity<byte[]>>> endpoints = List.of(
				(c) -> this.api.withId(HttpMethod.GET, "/api/public/dossiers/" + c, wrong, null, byte[].class),
				(c) -> this.api.withId(HttpMethod.HEAD, "/api/public/dossiers/" + c, wrong, null, byte[].class),
				(c) -> this.api.withId(HttpMethod.GET, "/api/public/dossiers/" + c + "/receipt.pdf", wrong, null,
						byte[].class),
				(c) -> this.api.withId(HttpMethod.HEAD, "/api/public/dossiers/" + c + "/receipt.pdf", wrong, null,
						byte[].class),
				(c) -> this.api.withId(HttpMethod.POST, "/api/public/dossiers/" + c + "/evaluation", wrong, evaluation,
						byte[].class),
				(c) -> this.api.withId(HttpMethod.POST, "/api/public/dossiers/" + c + "/payments", wrong, "{}",
						byte[].class),
				(c) -> this.api.withId(HttpMethod.POST, "/api/public/dossiers/" + c + "/payments?idNumber=" + wrong,
						null, null, byte[].class),
				(c) -> {
					ResponseEntity<String> sent = this.api.supplement(c, wrong, null,
							List.of(PublicApi.file("a.pdf", PublicApi.pdf(100))));
					return new ResponseEntity<>(
							(sent.getBody() != null) ? sent.getBody().getBytes(StandardCharsets.UTF_8) : null,
							sent.getHeaders(), sent.getStatusCode());
				});

		for (int i = 0; i < endpoints.size(); i++) {
			ResponseEntity<byte[]> forWrongId = endpoints.get(i).apply(code);
			ResponseEntity<byte[]> forUnknown = endpoints.get(i).apply(unknown);

			assertThat(forWrongId.getStatusCode().value()).as("endpoint %d", i).isEqualTo(404);
			assertThat(forUnknown.getStatusCode().value()).as("endpoint %d", i).isEqualTo(404);
			assertThat(body(forWrongId, code)).as("endpoint %d", i).isEqualTo(body(forUnknown, unknown));
			assertThat(headers(forWrongId)).as("endpoint %d", i).isEqualTo(headers(forUnknown));
		}
	}

	private static String body(ResponseEntity<byte[]> response, String code) {
		return (response.getBody() != null)
				? new String(response.getBody(), StandardCharsets.UTF_8).replace(code, "{code}") : "";
	}

	private static Map<String, List<String>> headers(ResponseEntity<byte[]> response) {
		Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.getHeaders());
		headers.remove(HttpHeaders.DATE);
		return headers;
	}

	@Test
	void givenGuessesByHeadAndPost_whenOverTheLookupLimit_thenTooManyRequests() {
		String code = code(
				this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER), null, ONE_PAPER));
		String wrong = "001190099999";
		List<java.util.function.Supplier<ResponseEntity<String>>> guesses = List.of(
				() -> this.api.head("/api/public/dossiers/" + code + "?idNumber=" + wrong),
				() -> this.api.head("/api/public/dossiers/" + code + "/receipt.pdf?idNumber=" + wrong),
				() -> this.api.postJson("/api/public/dossiers/" + code + "/evaluation", """
						{"idNumber": "%s", "ratings": {"time": 3, "contacts": 3, "supplements": 3, "attitude": 3,
						 "correctness": 3, "returnOfResult": 3, "feedback": 3}}""".formatted(wrong)),
				() -> this.api.supplement(code, wrong, null, List.of(PublicApi.file("a.pdf", PublicApi.pdf(100)))),
				() -> this.api.postJson("/api/public/dossiers/" + code + "/payments?idNumber=" + wrong, ""));
		int refused = 0;
		for (int i = 0; i < 40; i++) {
			ResponseEntity<String> answer = guesses.get(i % guesses.size()).get();
			if (answer.getStatusCode().value() == 429) {
				refused++;
			}
			else {
				assertThat(answer.getStatusCode().value()).as("guess %d", i).isEqualTo(404);
			}
		}

		assertThat(refused).isEqualTo(10);
	}

	static String withoutInstance(String problem) {
		return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

	long dossiers() {
		return this.jdbc.queryForObject("select count(*) from dossier", Long.class);
	}

	static String code(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		Matcher matcher = CODE.matcher(response.getBody());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
