package vn.motcua.report;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.report.RegisterFixture.aDossier;
import static vn.motcua.report.RegisterFixture.at;

/**
 * Every {@code /api/reports/*} endpoint, and every call the dashboard page makes, with
 * data, on the database of the subclass: H2 ({@link ReportEndpointsTest}) and PostgreSQL
 * ({@link ReportEndpointsIT}). The register is of March 2018, which no other report test
 * uses.
 */
abstract class ReportEndpointsContract {

	static final String PERIOD = "from=2018-03-01&to=2018-03-31";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@Autowired
	WorkingDayCalendar calendar;

	RegisterFixture register;

	String dueSoon;

	String overdue;

	/** Empties what the subclass's database may hold of the register. */
	abstract void clear(RegisterFixture register);

	@BeforeEach
	void registerOfMarch2018() {
		this.register = new RegisterFixture(this.jdbc);
		clear(this.register);
		RegisterFixture.Row accepted = aDossier().received(at("2018-03-05", 9)).due(at("2018-03-09", 17));
		// Early, just before midnight in Hà Nội: the 7th, not the 8th, on every database.
		String early = this.register.add(accepted.copy().finished(at(LocalDateTime.parse("2018-03-07T23:30"))), 1)
			.get(0);
		this.register.add(accepted.copy().finished(at("2018-03-12", 9)), 1);
		this.register.add(accepted.copy().online(), 1);
		this.register.flush();
		this.register.feedback(early);
		this.register.file(early, "Tờ khai");
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(RegisterFixture.VN).toLocalDate();
		OffsetDateTime nextClose = this.calendar.endOfDay(this.calendar.addWorkingDays(today, 1)).toOffsetDateTime();
		this.dueSoon = this.register.add(aDossier().agency("so-y-te").received(now.minusHours(1)).due(nextClose), 1)
			.get(0);
		this.overdue = this.register
			.add(aDossier().agency("so-xay-dung").received(now.minusDays(30)).due(now.minusDays(10)), 1)
			.get(0);
		this.register.flush();
	}

	@Test
	void givenARegister_whenTheDashboardLoads_thenEveryCallItMakesAnswers200WithItsFigures() {
		String today = LocalDate.now(this.clock.withZone(RegisterFixture.VN)).toString();

		JsonNode now = ok("/api/reports/summary?from=" + today + "&to=" + today);
		JsonNode period = ok("/api/reports/summary?" + PERIOD);
		JsonNode trend = ok("/api/reports/trend?" + PERIOD);
		JsonNode soon = ok("/api/reports/due-soon");
		JsonNode late = ok("/api/reports/overdue");
		JsonNode indicators = ok("/api/reports/indicators?" + PERIOD);

		assertThat(now.get("received").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(period.get("received").asLong()).isEqualTo(3);
		assertThat(period.get("resolvedEarly").asLong()).isEqualTo(1);
		assertThat(period.get("resolvedLate").asLong()).isEqualTo(1);
		assertThat(period.get("receivedOnline").asLong()).isEqualTo(1);
		assertThat(period.get("byAgency")).isNotEmpty();
		Map<String, JsonNode> days = new HashMap<>();
		trend.forEach((day) -> days.put(day.get("date").asText(), day));
		assertThat(days).hasSize(31);
		assertThat(days.get("2018-03-05").get("received").asLong()).isEqualTo(3);
		assertThat(days.get("2018-03-07").get("resolved").asLong()).isEqualTo(1);
		assertThat(days.get("2018-03-08").get("resolved").asLong()).isZero();
		assertThat(days.get("2018-03-12").get("resolved").asLong()).isEqualTo(1);
		assertThat(days.get("2018-03-12").get("resolvedLate").asLong()).isEqualTo(1);
		assertThat(soon.toString()).contains(this.dueSoon).doesNotContain(this.overdue);
		assertThat(late.toString()).contains(this.overdue).doesNotContain(this.dueSoon);
		assertThat(indicators.get("indicators")).isNotEmpty();
		// so-tu-phap: one late result, one open overdue, one early with a phản ánh, kiến
		// nghị: 100 − 3 ÷ 3.
		JsonNode justice = period.get("byAgency").get(0);
		assertThat(justice.get("agency").asText()).isEqualTo("so-tu-phap");
		assertThat(justice.get("complainedOrDisliked").asLong()).isEqualTo(1);
		assertThat(justice.get("satisfaction766").decimalValue()).isEqualByComparingTo("0");
		JsonNode byAgency = indicators.get("byAgency").get(0);
		assertThat(byAgency.get("agency").asText()).isEqualTo("so-tu-phap");
		assertThat(byAgency.get("indicators").get(0).get("numerator").asLong()).isEqualTo(3);
		assertThat(byAgency.get("indicators").get(0).get("denominator").asLong()).isEqualTo(3);
		assertThat(byAgency.get("indicators").get(0).get("formula").asText()).isNotBlank();
		indicators.get("indicators").forEach((indicator) -> {
			if (indicator.get("code").asText().equals("ty-le-so-hoa")) {
				assertThat(indicator.get("numerator").asLong()).isEqualTo(1);
				assertThat(indicator.get("denominator").asLong()).isEqualTo(3);
			}
		});
		indicators.get("indicators")
			.forEach(
					(indicator) -> assertThat(indicator.get("formula").asText()).as(indicator.toString()).isNotBlank());
	}

	@Test
	void givenARegister_whenEachExportIsAsked_thenEachAnswers200WithItsType() {
		for (String path : List.of("register.xlsx", "register.csv", "summary.xlsx", "summary.csv")) {
			HttpResponse<String> response = manager().get("/api/reports/" + path + "?" + PERIOD);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith(path.endsWith("csv") ? "text/csv" : "application/vnd.openxmlformats");
		}
		assertThat(manager().get("/api/reports/register.csv?" + PERIOD).body().split("\r\n")).hasSize(4);
	}

	@Test
	void givenATrendOfMoreThanAYear_whenAsked_thenA400ProblemAndTheSummaryStillAnswers() {
		HttpResponse<String> trend = manager().get("/api/reports/trend?from=2016-01-01&to=2018-03-31");
		HttpResponse<String> summary = manager().get("/api/reports/summary?from=2016-01-01&to=2018-03-31");

		assertThat(trend.statusCode()).isEqualTo(400);
		assertThat(trend.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(summary.statusCode()).isEqualTo(200);
	}

	TestHttp manager() {
		return new TestHttp(this.port).as("quan-ly", "demo");
	}

	JsonNode ok(String path) {
		HttpResponse<String> response = manager().get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		try {
			return this.json.readTree(response.body());
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + response.body(), ex);
		}
	}

}
