package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.motcua.support.ProcessFolderCopy;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that reads an external {@code processes/} folder
 * ({@code motcua.processes.location=file:…}), as the jar and the Docker image do: its
 * edited catalogue, calendar and forms are what the application serves, not the copy in
 * the jar. The same server refuses a deployment from Camunda Modeler.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false",
				"camunda.bpm.process-engine-name=" + ExternalProcessesFolderTest.ENGINE })
class ExternalProcessesFolderTest {

	static final String ENGINE = "externalFolder";

	static final String PROCEDURE = "1.001877.000.00.00.H27";

	static Path folder;

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	ObjectMapper json;

	@DynamicPropertySource
	static void externalFolder(DynamicPropertyRegistry registry) throws IOException {
		folder = Files.createTempDirectory("motcua-processes");
		ProcessFolderCopy copy = ProcessFolderCopy.of(folder.resolve("processes"))
			.replace("catalogue/procedures.yaml",
					"code: " + PROCEDURE + "\n    name: Đăng ký hành nghề và cấp Thẻ công chứng viên\n"
							+ "    field: Công chứng\n    level: tinh\n    agency: so-tu-phap\n"
							+ "    receivingUnits: [trung-tam]\n    flow: mot-cua\n    statutoryDays: 10\n"
							+ "    committedDays: 7",
					"code: " + PROCEDURE + "\n    name: Đăng ký hành nghề và cấp Thẻ công chứng viên\n"
							+ "    field: Công chứng\n    level: tinh\n    agency: so-tu-phap\n"
							+ "    receivingUnits: [trung-tam]\n    flow: mot-cua\n    statutoryDays: 10\n"
							+ "    committedDays: 9")
			.replace("calendar/vn-holidays.yaml", "years:\n",
					"years:\n  2030:\n    - occasion: ngay-nghi-thu\n      name: Ngày nghỉ đặt thêm\n"
							+ "      source: \"Quyết định thử\"\n      off: [2030-06-12]\n")
			.replace("forms/collect-fee.form", "\"Số biên lai thu phí, lệ phí\"", "\"Số biên lai (bản của máy chủ)\"");
		registry.add("motcua.processes.location", copy::location);
	}

	@AfterAll
	static void removeFolder() throws IOException {
		FileSystemUtils.deleteRecursively(folder);
	}

	@Test
	void givenAnEditedCatalogue_thenTheProcedureHasItsNewDeadline() throws Exception {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/procedures/" + PROCEDURE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("committedDays").asInt()).isEqualTo(9);
	}

	@Test
	void givenAnEditedHolidayFile_thenTheNewDayIsOff() throws Exception {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/calendar/days/2030-06-12");
		JsonNode day = this.json.readTree(response.body());
		assertThat(day.path("workingDay").asBoolean()).isFalse();
		assertThat(day.path("reason").asText()).isEqualTo("Ngày nghỉ đặt thêm");
	}

	@Test
	void givenAnEditedForm_thenTheDeployedFormIsTheFolders() throws IOException {
		Deployment deployment = this.repository.createDeploymentQuery()
			.deploymentName(ProcessesDeployment.NAME)
			.singleResult();
		try (InputStream form = this.repository.getResourceAsStream(deployment.getId(), "forms/collect-fee.form")) {
			assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
				.contains("Số biên lai (bản của máy chủ)");
		}
	}

	@Test
	void givenAServer_whenTheAdministratorDeploysFromModeler_thenTheRestApiRefusesIt() throws Exception {
		long before = this.repository.createDeploymentQuery().count();
		String boundary = "motcua-boundary";
		String model = Files.readString(Path.of("processes/bpmn/mot-cua.bpmn"), StandardCharsets.UTF_8);
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmot-cua\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\n" + "Camunda Modeler\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"mot-cua.bpmn\"; filename=\"mot-cua.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/engine-rest/engine/" + ENGINE + "/deployment/create"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(response.body()).path("message").asText()).isEqualTo(RestDeploymentGuard.MESSAGE);
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

}
