package vn.motcua.workspace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.PaperFile;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' workspace over HTTP: a counter intake with scans, the files and the
 * dossier page for the agencies that handle the dossier only, the same in the officer's
 * Tasklist session, and the dossier inside the task form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class WorkspaceApiTest {

	static final byte[] PDF = "%PDF-1.4\n% lý lịch tư pháp\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	FormService forms;

	@Autowired
	IdentityService identity;

	Procedure procedure;

	String code;

	@BeforeEach
	void setUp() {
		this.procedure = counterProcedure(this.catalogue);
		ResponseEntity<String> created = intake(List.of(file("ly-lich.pdf", PDF), file("anh.png", PNG)));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		Matcher matcher = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created.getBody());
		assertThat(matcher.find()).isTrue();
		this.code = matcher.group(1);
	}

	/** A standard procedure received at the center and resolved by a department. */
	static Procedure counterProcedure(Catalogue catalogue) {
		return catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam")
					&& !p.agency().equals("trung-tam") && p.documents().size() >= 2)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void givenTwoScans_whenTheCounterReceives_thenEachPaperKeepsItsFileAndWhoDigitisedIt() {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select f.name, f.content_type, f.sha256, d.digitised_by, d.sha256 as digitised_sha from dossier_file f "
						+ "left join paper_digitisation d on d.file_id = f.id where f.dossier_code = ? order by f.id",
				this.code);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("CONTENT_TYPE", "application/pdf")
			.containsEntry("SHA256", PaperFile.sha256(PDF))
			.containsEntry("DIGITISED_SHA", PaperFile.sha256(PDF))
			.containsEntry("DIGITISED_BY", "trung-tam.tiep-nhan");
		assertThat(rows.get(1)).containsEntry("CONTENT_TYPE", "image/png");
		assertThat(
				this.jdbc.queryForObject("select return_method from dossier where code = ?", String.class, this.code))
			.isEqualTo("dien-tu");
	}

	@Test
	void givenTheAgencyThatResolvesIt_whenItsSpecialistOpensAFile_thenItIsServedInlineAndNeverSniffed() {
		ResponseEntity<byte[]> file = get(specialist(), fileUrl(0), byte[].class);

		assertThat(file.getStatusCode().value()).isEqualTo(200);
		assertThat(file.getBody()).isEqualTo(PDF);
		assertThat(file.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline")
			.contains("ly-lich.pdf");
		assertThat(get(reception(), fileUrl(1), byte[].class).getHeaders().getContentType()).hasToString("image/png");
	}

	@Test
	void givenAnotherAgency_whenItsOfficerAsksForTheFileOrThePage_thenBothAre404() {
		TestRestTemplate other = this.rest.withBasicAuth("so-y-te.chuyen-vien", "demo");
		assertThat(get(other, fileUrl(0), String.class).getStatusCode().value()).isEqualTo(404);
		assertThat(get(other, "/api/dossiers/" + this.code + "/page", String.class).getStatusCode().value())
			.isEqualTo(404);
		assertThat(
				get(specialist(), "/api/dossiers/" + this.code + "/files/999999", String.class).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void givenNoOfficerLogin_whenAFileIsAsked_thenItIsRefused() {
		assertThat(this.rest.getForEntity(fileUrl(0), String.class).getStatusCode().value()).isEqualTo(401);
		// The citizen's own credential (code and ID number) opens the public look-up, not
		// this.
		HttpHeaders citizen = new HttpHeaders();
		citizen.set("X-Id-Number", "001090099999");
		assertThat(this.rest.exchange(fileUrl(0), HttpMethod.GET, new HttpEntity<>(citizen), String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	@Test
	void givenAFileThatIsNoPdfOrImage_whenScannedAtTheCounter_thenTheIntakeIsRefused() {
		ResponseEntity<String> refused = intake(
				List.of(file("virus.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
						file("anh.png", PNG)));
		assertThat(refused.getStatusCode().value()).isEqualTo(415);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.getBody()).contains("virus.html");
	}

	@Test
	void givenTheDossierPage_whenTheSpecialistOpensIt_thenItIsReadableHtmlWithTheApplicantAndLinks() {
		ResponseEntity<String> page = get(specialist(), "/api/dossiers/" + this.code + "/page", String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
		assertThat(page.getBody()).contains("Nguyễn Thị Bình")
			.contains("079190012345")
			.contains("/api/dossiers/" + this.code + "/files/")
			.contains("&lt;b&gt;")
			.contains("Số lượng hồ sơ: <span>01</span> bộ.")
			.doesNotContain("<b>Phố");
	}

	@Test
	void givenTheAppraisalTask_whenItsFormOpens_thenItShowsTheApplicantAndLinksThePapers() {
		Task reception = this.tasks.createTaskQuery().processInstanceBusinessKey(this.code).singleResult();
		this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
		AsyncSteps.run(this.management);
		Task appraisal = this.tasks.createTaskQuery().processInstanceBusinessKey(this.code).singleResult();
		if (appraisal == null) {
			appraisal = this.tasks.createTaskQuery()
				.taskDefinitionKey("appraise-dossier")
				.list()
				.stream()
				.filter((t) -> t.getProcessInstanceId() != null)
				.reduce((a, b) -> b)
				.orElseThrow();
		}
		String taskId = appraisal.getId();
		this.identity.setAuthentication("so-tu-phap.chuyen-vien", List.of(this.procedure.agency() + ":chuyen-vien"));
		VariableMap values;
		try {
			values = this.forms.getTaskFormVariables(taskId);
		}
		finally {
			this.identity.clearAuthentication();
		}
		assertThat(values.get("applicantName")).isEqualTo("Nguyễn Thị Bình");
		assertThat(values.get("applicantIdNumber")).isEqualTo("079190012345");
		assertThat((String) values.get("papersText")).contains("href=\"/api/dossiers/" + this.code + "/files/")
			.contains("target=\"_blank\"");
		assertThat((String) values.get("dueInfo")).contains("còn");
		assertThat((String) values.get("feeText")).doesNotContain("00000");
	}

	@Test
	void givenATasklistLogin_whenTheOfficerOpensAFile_thenNoSecondLoginAndNoWriteWithoutTheToken() {
		TestHttp browser = new TestHttp(this.port);
		assertThat(browser.webappLogin("tasklist", "trung-tam.tiep-nhan", "demo").statusCode()).isEqualTo(200);

		assertThat(browser.get(fileUrl(0)).statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/dossiers/" + this.code + "/page").statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/session").body()).contains("\"user\":\"trung-tam.tiep-nhan\"");
		// A write rides the session only with the CSRF token of GET /api/session.
		assertThat(browser.postJson("/api/dossiers/" + this.code + "/withdrawal", "{}").statusCode()).isEqualTo(403);
	}

	private ResponseEntity<String> intake(List<HttpEntity<ByteArrayResource>> scans) {
		String dossier = """
				{"procedureCode": "%s", "returnMethod": "dien-tu",
				 "applicant": {"name": "Nguyễn Thị Bình", "idNumber": "079190012345", "phone": "0912345678",
				               "address": "<b>Phố</b> Hàng Bạc"},
				 "documents": [{"name": "%s", "form": "Bản chính", "copies": 1, "scan": 0},
				               {"name": "%s", "form": "Bản sao", "copies": 2, "scan": 1}]}""".formatted(
				this.procedure.code(), this.procedure.documents().get(0).name(),
				this.procedure.documents().get(1).name());
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>(dossier, json));
		scans.forEach((scan) -> parts.add("files", scan));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return reception().postForEntity("/api/dossiers", new HttpEntity<>(parts, headers), String.class);
	}

	static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

	private String fileUrl(int index) {
		Long id = this.jdbc
			.queryForList("select id from dossier_file where dossier_code = ? order by id", Long.class, this.code)
			.get(index);
		return "/api/dossiers/" + this.code + "/files/" + id;
	}

	private TestRestTemplate reception() {
		return this.rest.withBasicAuth("trung-tam.tiep-nhan", "demo");
	}

	private TestRestTemplate specialist() {
		return this.rest.withBasicAuth(this.procedure.agency() + ".chuyen-vien", "demo");
	}

	private static <T> ResponseEntity<T> get(TestRestTemplate rest, String path, Class<T> type) {
		return rest.getForEntity(path, type);
	}

}
