package vn.motcua.calendar;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public calendar endpoints on the running application, security included, with the
 * answers of the public API (README, "Run"): Tết 2026 (Sat 14/2 – Sun 22/2) is skipped by
 * a deadline counted from Tuesday 10/2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class CalendarApiTest {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void givenTheThirdDayOfTet_whenAskedAnonymously_thenItIsNotAWorkingDayAndItsLunarDateIsGiven() throws Exception {
		JsonNode day = get("/api/public/calendar/days/2026-02-19", 200);

		assertThat(day.get("date").asText()).isEqualTo("2026-02-19");
		assertThat(day.get("workingDay").asBoolean()).isFalse();
		assertThat(day.get("reason").asText()).isEqualTo("Tết Nguyên đán");
		assertThat(day.get("lunar").get("day").asInt()).isEqualTo(3);
		assertThat(day.get("lunar").get("month").asInt()).isEqualTo(1);
		assertThat(day.get("lunar").get("year").asInt()).isEqualTo(2026);
		assertThat(day.get("lunar").get("leapMonth").asBoolean()).isFalse();
	}

	@Test
	void givenFiveWorkingDaysFromTheTuesdayBeforeTet_whenAsked_thenDueOnTuesdayAfterTetAtClose() throws Exception {
		JsonNode due = get("/api/public/calendar/due-date?from=2026-02-10T09:00:00%2B07:00&workingDays=5", 200);

		assertThat(due.get("dueAt").asText()).isEqualTo("2026-02-24T17:00:00+07:00");
		assertThat(due.get("workingDays").asInt()).isEqualTo(5);
		assertThat(due.get("skipped").findValuesAsText("date")).contains("2026-02-16", "2026-02-20", "2026-02-21");
		assertThat(due.get("skipped").findValuesAsText("reason")).contains("Tết Nguyên đán");
	}

	@Test
	void givenAProcedureCode_whenAskingItsDueDate_thenTheCatalogueDecidesTheDays() throws Exception {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> !p.sameDay() && p.committedHours() == null && p.cutoff() == null)
			.findFirst()
			.orElseThrow();
		JsonNode due = get(
				"/api/public/calendar/due-date?from=2026-03-09T09:00:00%2B07:00&procedure=" + procedure.code(), 200);

		assertThat(due.get("workingDays").asInt()).isEqualTo(procedure.committedDays());
		get("/api/public/calendar/due-date?from=2026-03-09&procedure=KHONG-CO", 404);
	}

	@Test
	void givenTheYear2026_whenListingHolidays_thenEveryWeekdayOffIsThereWithItsSource() throws Exception {
		JsonNode holidays = get("/api/public/calendar/holidays?year=2026", 200);

		assertThat(holidays.findValuesAsText("date")).contains("2026-01-01", "2026-02-16", "2026-02-20", "2026-04-27",
				"2026-04-30", "2026-05-01", "2026-09-02");
		assertThat(holidays.findValuesAsText("date")).noneMatch((date) -> date.equals("2026-02-14"));
		assertThat(holidays.findValuesAsText("source")).allMatch((source) -> !source.isBlank());
	}

	@Test
	void givenBadInput_whenAsked_then400ProblemsInVietnamese() throws Exception {
		for (String path : new String[] { "/api/public/calendar/days/2026-02-30", "/api/public/calendar/days/hom-nay",
				"/api/public/calendar/holidays?year=1800", "/api/public/calendar/holidays?year=abc",
				"/api/public/calendar/due-date?from=2026-02-10&workingDays=-1",
				"/api/public/calendar/due-date?from=2026-02-10&workingDays=100000",
				"/api/public/calendar/due-date?from=ngay-mai&workingDays=5" }) {
			HttpResponse<String> response = new TestHttp(this.port).get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith("application/problem+json");
			assertThat(this.json.readTree(response.body()).get("detail").asText()).as(path)
				.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*");
		}
	}

	private JsonNode get(String path, int status) throws Exception {
		HttpResponse<String> response = new TestHttp(this.port).get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

}
