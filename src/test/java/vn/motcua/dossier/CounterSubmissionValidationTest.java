package vn.motcua.dossier;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad counter submissions get a Vietnamese problem naming the field, and leave nothing
 * behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class CounterSubmissionValidationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RepositoryService repository;

	@Test
	void givenMissingNameAndABadIdNumber_whenSubmitted_then400NamingBothFields() {
		HttpResponse<String> response = officer().postJson("/api/dossiers", """
				{"procedureCode": "%s", "applicant": {"name": " ", "idNumber": "12AB", "phone": "0900000001"}}"""
			.formatted(procedure()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"applicant.name\"")
			.contains("Cần nhập họ tên người nộp hồ sơ")
			.contains("\"field\":\"applicant.idNumber\"")
			.contains("CCCD gồm 12 chữ số");
		assertThat(
				this.jdbc.queryForObject("select count(*) from dossier where applicant_id_number = '12AB'", Long.class))
			.isZero();
	}

	@Test
	void givenSetsOutsideOneToNinetyNine_whenSubmitted_then400NamingTheFieldAndNothingWritten() {
		for (String sets : new String[] { "0", "100", "-1" }) {
			HttpResponse<String> response = officer().postJson("/api/dossiers", """
					{"procedureCode": "%s", "sets": %s,
					 "applicant": {"name": "Phạm Thị Dung", "idNumber": "001190000071"}}""".formatted(procedure(),
					sets));

			assertThat(response.statusCode()).as(sets).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(sets)
				.startsWith("application/problem+json");
			assertThat(response.body()).as(sets)
				.contains("\"field\":\"sets\"")
				.contains("Số lượng hồ sơ phải từ 1 đến 99 bộ.");
		}
		assertThat(dossiersOf("001190000071")).isZero();
	}

	@Test
	void givenTwoSetsOrNone_whenSubmitted_thenTheDossierKeepsTwoOrOne() {
		HttpResponse<String> two = officer().postJson("/api/dossiers", """
				{"procedureCode": "%s", "sets": 2,
				 "applicant": {"name": "Phạm Thị Dung", "idNumber": "001190000078"}}""".formatted(procedure()));
		HttpResponse<String> none = officer().postJson("/api/dossiers", """
				{"procedureCode": "%s", "applicant": {"name": "Phạm Thị Dung", "idNumber": "001190000079"}}"""
			.formatted(procedure()));

		assertThat(two.statusCode()).as(two.body()).isEqualTo(201);
		assertThat(two.body()).contains("\"sets\":2");
		assertThat(none.statusCode()).as(none.body()).isEqualTo(201);
		assertThat(none.body()).contains("\"sets\":1");
		assertThat(this.jdbc.queryForObject("select sets from dossier where applicant_id_number = '001190000078'",
				Integer.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select sets from dossier where applicant_id_number = '001190000079'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void givenAnUnknownProcedure_whenSubmitted_then400AndNothingWritten() {
		HttpResponse<String> response = officer().postJson("/api/dossiers",
				"{\"procedureCode\": \"9.999999\", \"applicant\": {\"name\": \"Phạm Thị Dung\", \"idNumber\": \"001190000001\"}}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Không có thủ tục hành chính mã '9.999999'");
		assertThat(dossiersOf("001190000001")).isZero();
	}

	@Test
	void givenBrokenJson_whenSubmitted_then400ProblemWithoutInternals() {
		HttpResponse<String> response = officer().postJson("/api/dossiers", "{\"procedureCode\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("JSON không hợp lệ").doesNotContain("Exception").doesNotContain("at ");
	}

	@Test
	void givenAProcedureTheUnitDoesNotReceive_whenSubmitted_then403() {
		String elsewhere = this.catalogue.procedures()
			.stream()
			.filter((p) -> !p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow()
			.code();
		HttpResponse<String> response = officer().postJson("/api/dossiers", """
				{"procedureCode": "%s", "receivingUnit": "trung-tam",
				 "applicant": {"name": "Phạm Thị Dung", "idNumber": "001190000001"}}""".formatted(elsewhere));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("không tiếp nhận thủ tục");
		assertThat(dossiersOf("001190000001")).isZero();
	}

	@Test
	void givenARoutingTableWithNoRowForTheProcedure_whenSubmitted_then422NamingTheTableAndNothingWritten()
			throws Exception {
		// A designer deployed phan-cong.dmn without its province-level row.
		String table = Files.readString(Path.of("processes", "dmn", "phan-cong.dmn"));
		String withoutProvinceRow = table.replaceAll("(?s)<rule id=\"rule-province-level\">.*?</rule>", "");
		assertThat(withoutProvinceRow).isNotEqualTo(table);
		Deployment deployment = this.repository.createDeployment()
			.addString("phan-cong.dmn", withoutProvinceRow)
			.name("routing-without-a-row")
			.deploy();
		Long codesBefore = this.jdbc.queryForObject("select count(*) from dossier", Long.class);
		try {
			HttpResponse<String> response = officer().postJson("/api/dossiers", """
					{"procedureCode": "%s", "applicant": {"name": "Phạm Thị Dung", "idNumber": "001190000091"}}"""
				.formatted(procedure()));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.body()).contains("/problems/routing-no-rule")
				.contains("Bảng phân công cơ quan giải quyết (phan-cong.dmn) không có dòng nào cho thủ tục "
						+ procedure())
				.contains("hồ sơ chưa được ghi nhận");
			assertThat(dossiersOf("001190000091")).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(codesBefore);
		}
		finally {
			this.repository.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void givenAnUnknownDossier_whenRead_then404InVietnamese() {
		HttpResponse<String> response = officer().get("/api/dossiers/KHONG-CO");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy hồ sơ có mã 'KHONG-CO'");
	}

	private String procedure() {
		return this.catalogue.procedures()
			.stream()
			.filter((p) -> p.receivingUnits().contains("trung-tam") && p.flow().equals("mot-cua"))
			.findFirst()
			.orElseThrow()
			.code();
	}

	private TestHttp officer() {
		return new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo");
	}

	private long dossiersOf(String idNumber) {
		return this.jdbc.queryForObject("select count(*) from dossier where applicant_id_number = ?", Long.class,
				idNumber);
	}

}
