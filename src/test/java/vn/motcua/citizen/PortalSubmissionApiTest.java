package vn.motcua.citizen;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal sends on H2, through the public API and the engine: the applicant's
 * commune routes a commune-level dossier, one file per paper of the catalogue (a required
 * one missing is refused, naming it), the way the result goes back, the ranked search and
 * the list of communes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.public-url=https://dichvucong.example.vn" })
class PortalSubmissionApiTest {

	static final String HOUSEHOLD_BUSINESS = "Đăng ký thành lập hộ kinh doanh";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	FormService forms;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	PublicApi api;

	Procedure household;

	@BeforeEach
	void setUp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.api = new PublicApi(this.rest,
				"10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
		this.household = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.name().equals(HOUSEHOLD_BUSINESS))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void givenAResidentOfYenPhong_whenACommuneLevelDossierIsSubmittedOnline_thenYenPhongReceivesAndResolvesIt()
			throws Exception {
		assertThat(this.household.level()).isEqualTo("xa");
		assertThat(this.household.agency()).as("the catalogue names another commune").isNotEqualTo("xa-yen-phong");

		ResponseEntity<String> created = this.api.submitParts(dossier("xa-yen-phong", null, null),
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String code = this.json.readTree(created.getBody()).get("code").asText();
		assertThat(this.jdbc.queryForMap("select receiving_unit, agency, applicant_commune from dossier where code = ?",
				code))
			.containsEntry("receiving_unit", "xa-yen-phong")
			.containsEntry("agency", "xa-yen-phong")
			.containsEntry("applicant_commune", "xa-yen-phong");
		Task reception = task(code, "receive-dossier");
		assertThat(groups(reception)).containsExactly("xa-yen-phong:tiep-nhan");

		this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
		AsyncSteps.run(this.management);

		assertThat(groups(task(code, "appraise-dossier"))).containsExactly("xa-yen-phong:chuyen-vien");
	}

	@Test
	void givenNoCommuneAndAnAddressNamingNone_whenACommuneLevelDossierIsSubmitted_thenRefusedAskingForIt()
			throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from dossier", Integer.class);
		String noCommune = """
				{"procedureCode": "%s",
				 "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s", "address": "Số 1 đường Lý Thái Tổ"}}"""
			.formatted(this.household.code(), PublicApi.ID_NUMBER);

		ResponseEntity<String> refused = this.api.submitParts(noCommune,
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = this.json.readTree(refused.getBody());
		assertThat(problem.get("type").asText()).isEqualTo("/problems/commune-required");
		assertThat(problem.get("detail").asText()).contains(this.household.code()).contains("chọn xã, phường");
		assertThat(this.jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(before);
	}

	@Test
	void givenNoCommuneButAnAddressNamingOne_whenSubmitted_thenThatCommuneReceivesIt() throws Exception {
		String fromAddress = """
				{"procedureCode": "%s",
				 "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s", "address": "Thon Dong, xa Yen Phong, Bac Ninh"}}"""
			.formatted(this.household.code(), PublicApi.ID_NUMBER);

		ResponseEntity<String> created = this.api.submitParts(fromAddress,
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String code = this.json.readTree(created.getBody()).get("code").asText();
		assertThat(groups(task(code, "receive-dossier"))).containsExactly("xa-yen-phong:tiep-nhan");
		assertThat(this.jdbc.queryForObject("select applicant_commune from dossier where code = ?", String.class, code))
			.isEqualTo("xa-yen-phong");
	}

	@Test
	void givenARequiredPaperWithoutAFile_whenSubmitted_thenRefusedNamingItAndNothingIsStored() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from dossier", Integer.class);

		// only the optional paper (number 1, "nếu có") is sent
		ResponseEntity<String> refused = this.api.submitParts(dossier("xa-yen-phong", null, null),
				List.of(Map.entry("paper-1", PublicApi.file("bien-ban.pdf", PublicApi.pdf(800)))));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = this.json.readTree(refused.getBody());
		assertThat(problem.get("type").asText()).isEqualTo("/problems/missing-papers");
		assertThat(problem.get("detail").asText()).startsWith("Hồ sơ còn thiếu tệp của giấy tờ bắt buộc")
			.contains("Giấy đề nghị đăng ký hộ kinh doanh")
			.doesNotContain("Biên bản họp");
		assertThat(problem.get("missingPapers")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(before);
	}

	@Test
	void givenNoFileAtAll_whenSubmitted_thenRefusedNamingEveryRequiredPaper() throws Exception {
		Procedure threePapers = this.catalogue.procedures()
			.stream()
			.filter((p) -> !p.onlineLevel().equals("none")
					&& p.documents().stream().filter(Procedure.RequiredDocument::required).count() >= 3)
			.findFirst()
			.orElseThrow();

		ResponseEntity<String> refused = this.api.submitParts(PublicApi.dossierJson(threePapers.code(), "001190054321"),
				List.of());

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = this.json.readTree(refused.getBody());
		assertThat(problem.get("missingPapers"))
			.hasSize((int) threePapers.documents().stream().filter(Procedure.RequiredDocument::required).count());
	}

	@Test
	void givenAFilePerPaperAndAnOlderFilesPart_whenSubmitted_thenEachFileIsKeptUnderItsPaper() throws Exception {
		ResponseEntity<String> created = this.api.submitParts(dossier("xa-tien-du", null, null),
				List.of(Map.entry("paper-1", PublicApi.file("bien-ban.png", PublicApi.png())),
						Map.entry("files", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(700))),
						Map.entry("files", PublicApi.file("them.pdf", PublicApi.pdf(600)))));

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String code = this.json.readTree(created.getBody()).get("code").asText();
		assertThat(this.jdbc
			.queryForList("select name || ' | ' || coalesce(form, '-') || ' | ' || file_name from dossier_file "
					+ "where dossier_code = ? and kind = 'NOP' order by id", String.class, code))
			.containsExactly(
					"Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu có) | bản chính | bien-ban.png",
					"Giấy đề nghị đăng ký hộ kinh doanh | bản chính | giay-de-nghi.pdf", "them.pdf | - | them.pdf");
	}

	@Test
	void givenAPaperTheProcedureHasNotOrAnUnknownPart_whenSubmitted_thenRefusedIn400() {
		ResponseEntity<String> unknownPaper = this.api.submitParts(dossier("xa-yen-phong", null, null),
				List.of(Map.entry("paper-0", PublicApi.file("a.pdf", PublicApi.pdf(500))),
						Map.entry("paper-7", PublicApi.file("b.pdf", PublicApi.pdf(500)))));
		ResponseEntity<String> unknownPart = this.api.submitParts(dossier("xa-yen-phong", null, null),
				List.of(Map.entry("paper-0", PublicApi.file("a.pdf", PublicApi.pdf(500))),
						Map.entry("giay-to", PublicApi.file("b.pdf", PublicApi.pdf(500)))));

		assertThat(unknownPaper.getStatusCode().value()).isEqualTo(400);
		assertThat(unknownPaper.getBody()).contains("/problems/unknown-paper").contains("không có giấy tờ số 7");
		assertThat(unknownPart.getStatusCode().value()).isEqualTo(400);
		assertThat(unknownPart.getBody()).contains("/problems/unknown-file-part");
	}

	@Test
	void givenElectronicReturn_whenSubmitted_thenKeptPreselectedForTheOfficerAndShownInTheLookup() throws Exception {
		ResponseEntity<String> created = this.api.submitParts(dossier("xa-yen-phong", "dien-tu", null),
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));

		String code = this.json.readTree(created.getBody()).get("code").asText();
		assertThat(this.jdbc.queryForObject("select return_method from dossier where code = ?", String.class, code))
			.isEqualTo("dien-tu");
		assertThat(this.runtime.getVariable(task(code, "receive-dossier").getProcessInstanceId(), "returnMethod"))
			.isEqualTo("dien-tu");
		JsonNode lookup = this.json.readTree(
				this.api.withId(HttpMethod.GET, "/api/public/dossiers/" + code, PublicApi.ID_NUMBER, null, String.class)
					.getBody());
		assertThat(lookup.get("returnMethod").asText()).isEqualTo("dien-tu");
		assertThat(lookup.get("returnMethodLabel").asText()).isEqualTo("Trả kết quả điện tử");
		assertThat(lookup.get("feeAmount").asLong()).isEqualTo(this.household.fee().amount()).isPositive();
		assertThat(lookup.get("feePaid").asBoolean()).isFalse();
	}

	@Test
	void givenReturnByPost_whenSubmitted_thenTheAddressIsKeptAndWithoutAnyAddressRefused() throws Exception {
		ResponseEntity<String> created = this.api.submitParts(
				dossier("xa-yen-phong", "buu-chinh", "Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh"),
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));
		String code = this.json.readTree(created.getBody()).get("code").asText();
		assertThat(this.jdbc.queryForMap("select return_method, return_address from dossier where code = ?", code))
			.containsEntry("return_method", "buu-chinh")
			.containsEntry("return_address", "Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh");
		// the reception officer of Yên Phong reads it on the task form
		Task reception = task(code, "receive-dossier");
		this.identity.setAuthentication("xa-yen-phong.tiep-nhan", List.of("xa-yen-phong:tiep-nhan"));
		String returnText;
		try {
			returnText = (String) this.forms.getTaskFormVariables(reception.getId()).get("returnText");
		}
		finally {
			this.identity.clearAuthentication();
		}
		assertThat(returnText)
			.isEqualTo("Qua dịch vụ bưu chính công ích, gửi đến: Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh");
		assertThat(this.rest.withBasicAuth("xa-yen-phong.tiep-nhan", "demo")
			.getForObject("/api/dossiers/" + code, String.class)).contains("\"returnMethod\":\"buu-chinh\"")
			.contains("\"returnAddress\":\"Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh\"");

		String noAddress = """
				{"procedureCode": "%s", "returnMethod": "buu-chinh",
				 "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s", "commune": "xa-yen-phong"}}"""
			.formatted(this.household.code(), PublicApi.ID_NUMBER);
		ResponseEntity<String> refused = this.api.submitParts(noAddress,
				List.of(Map.entry("paper-0", PublicApi.file("giay-de-nghi.pdf", PublicApi.pdf(800)))));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("cần địa chỉ nhận");
	}

	@Test
	void givenWordsWithoutDiacritics_whenTheCatalogueIsSearchedOverHttp_thenTheBestMatchComesFirst() throws Exception {
		JsonNode found = this.json
			.readTree(this.api.get("/api/public/procedures?q=dang ky kinh doanh&level=xa").getBody());

		assertThat(found.get(0).get("name").asText()).isEqualTo(HOUSEHOLD_BUSINESS);
		assertThat(found.get(0).get("documents").get(1).get("required").asBoolean()).isFalse();
	}

	@Test
	void givenThePortal_whenItAsksForCommunes_thenEveryCommuneOfTheAgencyListByItsShortName() throws Exception {
		JsonNode communes = this.json.readTree(this.api.get("/api/public/communes").getBody());

		assertThat(communes.findValuesAsText("code")).contains("xa-yen-phong", "phuong-kinh-bac")
			.doesNotContain("trung-tam", "so-tu-phap");
		assertThat(communes.findValuesAsText("name")).contains("Xã Yên Phong", "Phường Kinh Bắc");
	}

	private String dossier(String commune, String returnMethod, String returnAddress) {
		return """
				{"procedureCode": "%s", "returnMethod": %s, "returnAddress": %s,
				 "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s", "phone": "0912345678",
				               "address": "Thôn Đông, xã Yên Phong", "commune": %s}}""".formatted(this.household.code(),
				quoted(returnMethod), quoted(returnAddress), PublicApi.ID_NUMBER, quoted(commune));
	}

	private static String quoted(String value) {
		return (value == null) ? "null" : "\"" + value + "\"";
	}

	private Task task(String code, String key) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
	}

	private List<String> groups(Task task) {
		assertThat(task).isNotNull();
		return this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> "candidate".equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
