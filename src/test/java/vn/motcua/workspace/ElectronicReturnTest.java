package vn.motcua.workspace;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Electronic return ("Trả kết quả điện tử") needs the result document: without it the
 * return task is refused with a Vietnamese message (400, never 500) and stays open; once
 * attached, it completes and the citizen downloads the document through the look-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class ElectronicReturnTest {

	static final String ID_NUMBER = "079190054321";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	DossierRegister register;

	String code;

	@BeforeEach
	void walkToTheReturn() {
		Procedure procedure = WorkspaceApiTest.counterProcedure(this.catalogue);
		ResponseEntity<String> created = reception().postForEntity("/api/dossiers", json("""
				{"procedureCode": "%s", "returnMethod": "dien-tu",
				 "applicant": {"name": "Đỗ Thị Mai", "idNumber": "%s"}}""".formatted(procedure.code(), ID_NUMBER)),
				String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		this.code = created.getBody().replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
		Map<String, Map<String, Object>> forms = Map.of("receive-dossier", Map.of("receptionDecision", "accept"),
				"appraise-dossier", Map.of("appraisalResult", "approve"), "approve-dossier",
				Map.of("leaderDecision", "agree"), "collect-fee",
				Map.of("receiptNumber", "BL-7", "feeCollected", true));
		for (Task task = openTask(); task != null
				&& !"return-result".equals(task.getTaskDefinitionKey()); task = openTask()) {
			this.tasks.complete(task.getId(), new HashMap<>(forms.get(task.getTaskDefinitionKey())));
			AsyncSteps.run(this.management);
		}
		assertThat(openTask().getTaskDefinitionKey()).isEqualTo("return-result");
	}

	@Test
	void givenNoResultDocument_whenReturnedElectronically_thenRefusedIn400AndTheTaskStaysOpen() {
		Task task = openTask();
		ResponseEntity<String> refused = submitReturn(task, "dien-tu");

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getBody()).contains("Chưa đính kèm văn bản kết quả").contains("Đính kèm văn bản kết quả");
		// Tasklist shows the message as it is: the reason alone, no English prefix.
		assertThat(refused.getBody()).contains("\"message\":\"Chưa đính kèm").doesNotContain("Cannot submit");
		assertThat(openTask()).as("the task stays open").isNotNull();
		assertThat(openTask().getId()).isEqualTo(task.getId());
		assertThat(this.register.get(this.code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);

		// Attached, the same click returns the result and the citizen downloads it.
		ResponseEntity<String> attached = attachResult();
		assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(201);
		ResponseEntity<String> completed = submitReturn(task, "dien-tu");
		assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
		AsyncSteps.run(this.management);
		assertThat(openTask()).isNull();
		assertThat(this.register.get(this.code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		HttpHeaders citizen = new HttpHeaders();
		citizen.set("X-Id-Number", ID_NUMBER);
		citizen.set("X-Forwarded-For", "203.0.113.71");
		ResponseEntity<byte[]> file = this.rest.exchange("/api/public/dossiers/" + this.code + "/result",
				HttpMethod.GET, new HttpEntity<>(citizen), byte[].class);
		assertThat(file.getStatusCode().value()).isEqualTo(200);
		assertThat(new String(file.getBody(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");

		// The file carries the center's seal: it verifies, and no longer once one byte
		// changes.
		assertThat(verify(file.getBody())).contains("\"valid\":true").contains("ETSI.CAdES.detached");
		byte[] changed = file.getBody().clone();
		int middle = changed.length / 3;
		changed[middle] = (byte) (changed[middle] ^ 0x01);
		assertThat(verify(changed)).contains("\"valid\":false");
	}

	private String verify(byte[] pdf) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", WorkspaceApiTest.file("ket-qua.pdf", pdf));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.set("X-Forwarded-For", "203.0.113.72");
		ResponseEntity<String> answer = this.rest.postForEntity("/api/public/results/verify",
				new HttpEntity<>(parts, headers), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return answer.getBody();
	}

	@Test
	void givenAPdfThatCannotBeRead_whenAttachedAsTheResult_thenRefusedRatherThanKeptUnsealed() {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("number", "16/QĐ-STP");
		parts.add("signedOn", java.time.LocalDate.now().minusDays(1).toString());
		parts.add("signer", "Nguyễn Văn Hùng");
		parts.add("file", WorkspaceApiTest.file("hong.pdf", "%PDF-1.4\n% cut short".getBytes()));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);

		ResponseEntity<String> refused = reception().postForEntity("/api/dossiers/" + this.code + "/result",
				new HttpEntity<>(parts, headers), String.class);

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getBody()).contains("không đóng dấu số được");
		assertThat(reception().getForEntity("/api/dossiers/" + this.code + "/result", String.class)
			.getStatusCode()
			.value()).isEqualTo(204);
	}

	@Test
	void givenNoResultDocument_whenReturnedAtTheCounter_thenTheTaskCompletes() {
		ResponseEntity<String> completed = submitReturn(openTask(), "tai-quay");

		assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
		AsyncSteps.run(this.management);
		assertThat(this.register.get(this.code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
	}

	/** As Tasklist does: the form's fields, through the engine's REST API. */
	private ResponseEntity<String> submitReturn(Task task, String method) {
		return reception().postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", json("""
				{"variables": {"returnMethod": {"value": "%s"}, "resultHandedOver": {"value": true}}}"""
			.formatted(method)), String.class);
	}

	private ResponseEntity<String> attachResult() {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("number", "15/QĐ-STP");
		parts.add("signedOn", java.time.LocalDate.now().minusDays(1).toString());
		parts.add("signer", "Nguyễn Văn Hùng");
		parts.add("file", WorkspaceApiTest.file("ket-qua.pdf", TestPdfs.page("Quyet dinh 15/QD-STP")));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return reception().postForEntity("/api/dossiers/" + this.code + "/result", new HttpEntity<>(parts, headers),
				String.class);
	}

	private Task openTask() {
		return this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", this.code).singleResult();
	}

	private TestRestTemplate reception() {
		return this.rest.withBasicAuth("trung-tam.tiep-nhan", "demo");
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
