package vn.motcua.report;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.report.RegisterFixture.aDossier;
import static vn.motcua.report.RegisterFixture.at;

/**
 * The report endpoints on PostgreSQL: the same counting rules as on H2 (time zones, day
 * casts, the carried-over and liên thông rules), over a register of 2019 that no other
 * test touches.
 */
@PostgresTest
class ReportSummaryIT {

	static final String PERIOD = "from=2019-03-01&to=2019-03-31";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	RegisterFixture register;

	@BeforeEach
	void register() {
		this.register = new RegisterFixture(this.jdbc);
		this.register.clearBefore("2020-01-01");
	}

	@Test
	void givenARegisterOnPostgres_whenSummarised_thenEveryBucketAndTheInvariantHold() throws Exception {
		// Early by two working days: finished Wednesday 6/3 for Friday 8/3, just before
		// midnight in Hà Nội.
		this.register.add(aDossier().received(at("2019-03-04", 9))
			.due(at("2019-03-08", 17))
			.finished(RegisterFixture.at(java.time.LocalDateTime.parse("2019-03-06T23:30"))), 2);
		this.register
			.add(aDossier().received(at("2019-03-04", 9)).due(at("2019-03-08", 17)).finished(at("2019-03-08", 16)), 1);
		this.register
			.add(aDossier().received(at("2019-03-04", 9)).due(at("2019-03-08", 17)).finished(at("2019-03-11", 8)), 1);
		this.register.add(aDossier().received(at("2019-02-20", 9)).due(at("2019-04-05", 17)), 1);
		this.register
			.add(aDossier().received(at("2019-02-20", 9)).due(at("2019-02-28", 17)).finished(at("2019-02-27", 9)), 1);
		this.register.add(aDossier().received(at("2019-03-05", 9)).due(at("2019-03-15", 17)), 1);
		this.register.add(aDossier().received(at("2019-03-05", 9)).refused(at("2019-03-05", 10)), 1);
		this.register
			.add(aDossier().received(at("2019-03-05", 9)).due(at("2019-03-15", 17)).withdrawn(at("2019-03-07", 9)), 1);
		String lienThong = this.register
			.add(aDossier().agency("so-nong-nghiep-moi-truong").received(at("2019-03-04", 9)).due(at("2019-04-05", 17)),
					1)
			.get(0);
		this.register.flush();
		this.register.event(lienThong, at("2019-03-12", 9), "TASK_COMPLETED", null, "thue-tinh", "QUA_HAN");
		this.register.flush();

		HttpResponse<String> response = new TestHttp(this.port).as("quan-ly", "demo")
			.get("/api/reports/summary?" + PERIOD);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode summary = this.json.readTree(response.body());
		// The refusal at the counter was never received: it has its own column.
		assertThat(summary.get("received").asLong()).isEqualTo(8);
		assertThat(summary.get("refused").asLong()).isEqualTo(1);
		assertThat(summary.get("resolvedEarly").asLong()).isEqualTo(2);
		assertThat(summary.get("resolvedOnTime").asLong()).isEqualTo(1);
		assertThat(summary.get("resolvedLate").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgress").asLong()).isEqualTo(3);
		assertThat(summary.get("inProgressOverdue").asLong()).isEqualTo(1);
		assertThat(summary.get("returned").asLong()).isZero();
		assertThat(summary.get("withdrawn").asLong()).isEqualTo(1);
		assertThat(summary.get("avgDaysEarly").decimalValue()).isEqualByComparingTo("2");
		assertThat(summary.get("received").asLong())
			.isEqualTo(summary.get("resolved").asLong() + summary.get("inProgress").asLong()
					+ summary.get("returned").asLong() + summary.get("withdrawn").asLong());
		JsonNode tax = null;
		for (JsonNode row : summary.get("byAgency")) {
			if ("thue-tinh".equals(row.get("agency").asText())) {
				tax = row;
			}
		}
		assertThat(tax).isNotNull();
		assertThat(tax.get("lateSteps").asLong()).isEqualTo(1);
	}

	@Test
	void givenAPeriodOnPostgres_whenExported_thenTheRegisterComesAsXlsx() {
		this.register.add(aDossier().received(at("2019-03-04", 9)).due(at("2019-03-08", 17)), 3);
		this.register.flush();

		HttpResponse<String> csv = new TestHttp(this.port).as("quan-ly", "demo")
			.get("/api/reports/register.csv?" + PERIOD);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().split("\r\n")).hasSize(4);
	}

}
