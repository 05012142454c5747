package vn.motcua.security;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation on a real PostgreSQL: the app starts, the catalogue is loaded, groups
 * are seeded, the APIs answer 401 without a login and the webapps let the right people
 * in.
 */
@PostgresTest
class FoundationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	IdentityService identity;

	@Test
	void givenPostgres_whenStarted_thenTheEngineTablesLiveThere() {
		String product = this.jdbc
			.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
		assertThat(product).isEqualTo("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

	@Test
	void givenPostgres_whenStarted_thenTheEngineTablesHaveOurIndexes() {
		// The acquisition's "exclusive job in progress" check reads only the locked jobs
		// (vn.motcua.engine.EngineIndexes); without it each acquisition reads the whole
		// job
		// table.
		assertThat(this.jdbc.queryForList("select indexname, indexdef from pg_indexes where indexname like 'motcua_%'"))
			.extracting((row) -> row.get("indexname") + ": " + row.get("indexdef"))
			.anySatisfy((index) -> assertThat(index).startsWith("motcua_idx_job_locked: ")
				.contains("act_ru_job", "(process_instance_id_)", "WHERE (lock_owner_ IS NOT NULL)"))
			.anySatisfy((index) -> assertThat(index).startsWith("motcua_idx_task_due_date: ")
				.contains("act_ru_task", "(due_date_)"));
	}

	@Test
	void givenTheCatalogue_whenStarted_thenEveryAgencyRoleHasAGroup() {
		this.catalogue.agencies()
			.forEach((agency) -> agency.roles()
				.forEach((role) -> assertThat(this.identity.createGroupQuery().groupId(agency.group(role)).count())
					.as(agency.group(role))
					.isEqualTo(1)));
		assertThat(this.identity.createGroupQuery().groupId("quan-ly").count()).isEqualTo(1);
	}

	@Test
	void givenNoCredentials_whenCallingTheApis_then401ProblemDetails() {
		TestHttp anonymous = new TestHttp(this.port);

		for (String path : new String[] { "/engine-rest/process-definition", "/engine-rest/task", "/api/dossiers" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("Vui lòng đăng nhập");
		}
	}

	@Test
	void givenADemoOfficer_whenCallingEngineRest_then200() {
		HttpResponse<String> response = new TestHttp(this.port).as("so-tu-phap.chuyen-vien", "demo")
			.get("/engine-rest/process-definition");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void givenAnAgency_whenListingItsPublicProcedures_thenOnlyItsOwnComeBack() {
		String agency = this.catalogue.procedures().get(0).agency();
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/procedures?agency=" + agency);

		assertThat(response.statusCode()).isEqualTo(200);
		long expected = this.catalogue.procedures().stream().filter((p) -> p.agency().equals(agency)).count();
		assertThat(response.body().split("\"agency\":\"" + agency + "\"", -1)).hasSize((int) expected + 1);
		assertThat(response.body()).doesNotContain("\"agency\":\"trung-tam\"");
	}

	@Test
	void givenAnUnknownProcedure_whenRequested_then404InVietnamese() {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/procedures/KHONG-CO");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Không tìm thấy thủ tục hành chính có mã 'KHONG-CO'");
	}

	@Test
	void givenTheWebapps_whenADemoOfficerAndTheAdministratorLogIn_thenEachReachesTheirApp() {
		assertThat(new TestHttp(this.port).get("/camunda/app/tasklist/default/").body()).contains("Tasklist");

		HttpResponse<String> officer = new TestHttp(this.port).webappLogin("tasklist", "trung-tam.tiep-nhan", "demo");
		assertThat(officer.statusCode()).isEqualTo(200);
		assertThat(officer.body()).contains("\"userId\":\"trung-tam.tiep-nhan\"").contains("tasklist");

		HttpResponse<String> officerInCockpit = new TestHttp(this.port).webappLogin("cockpit", "trung-tam.tiep-nhan",
				"demo");
		assertThat(officerInCockpit.statusCode()).isIn(401, 403);

		HttpResponse<String> admin = new TestHttp(this.port).webappLogin("cockpit", "admin",
				PostgresTest.ADMIN_PASSWORD);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("cockpit");
	}

}
