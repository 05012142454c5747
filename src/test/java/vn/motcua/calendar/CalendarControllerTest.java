package vn.motcua.calendar;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mapping, JSON shape and problem details of the public calendar (a slice: no security
 * filters, no engine).
 */
@WebMvcTest(controllers = CalendarController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ CalendarConfiguration.class, CalendarControllerTest.FixedClock.class })
class CalendarControllerTest {

	@Autowired
	private MockMvc mvc;

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), WorkingDayCalendar.VIETNAM);
		}

	}

	@Test
	void givenTheThirdDayOfTet2026_whenTheDayIsRequested_thenNotWorkingWithReasonAndLunarDate() throws Exception {
		this.mvc.perform(get("/api/public/calendar/days/2026-02-19"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"date":"2026-02-19","workingDay":false,"reason":"Tết Nguyên đán",
					 "lunar":{"day":3,"month":1,"year":2026,"leapMonth":false}}""", true));
	}

	@Test
	void given2027_whenHolidaysAreRequested_thenEveryNonWorkingWeekdayWithNameAndSource() throws Exception {
		this.mvc.perform(get("/api/public/calendar/holidays").param("year", "2027"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(11)))
			.andExpect(jsonPath("$[0].date").value("2027-01-01"))
			.andExpect(jsonPath("$[0].name").value("Tết Dương lịch"))
			.andExpect(jsonPath("$[0].source", startsWith("Bộ luật Lao động 2019")));
	}

	@Test
	void givenReceiptBeforeTet_whenTheDueDateIsRequested_thenDueAtCloseWithSkippedDays() throws Exception {
		// The offset's '+' unencoded, as a browser address bar sends it.
		this.mvc.perform(get("/api/public/calendar/due-date?from=2026-02-10T09:00:00+07:00&workingDays=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueAt").value("2026-02-24T17:00:00+07:00"))
			.andExpect(jsonPath("$.workingDays").value(5))
			.andExpect(jsonPath("$.skipped", hasSize(9)))
			.andExpect(jsonPath("$.skipped[0].date").value("2026-02-14"))
			.andExpect(jsonPath("$.skipped[0].reason").value("Tết Nguyên đán"));
	}

	@Test
	void givenNoReceiptTime_whenTheDueDateIsRequested_thenCountedFromNow() throws Exception {
		this.mvc.perform(get("/api/public/calendar/due-date").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueAt").value("2026-02-24T17:00:00+07:00"));
	}

	@Test
	void givenTooManyWorkingDays_whenTheDueDateIsRequested_thenVietnameseProblem() throws Exception {
		this.mvc
			.perform(get("/api/public/calendar/due-date").param("from", "2026-02-10T09:00:00+07:00")
				.param("workingDays", "1001"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/invalid-working-days"))
			.andExpect(jsonPath("$.detail").value("Số ngày làm việc phải từ 0 đến 1000 (đã nhận 1001)."));
	}

	@Test
	void givenANegativeDayCountOrABadDate_whenRequested_thenBadRequestProblems() throws Exception {
		this.mvc.perform(get("/api/public/calendar/due-date").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/invalid-working-days"));
		this.mvc.perform(get("/api/public/calendar/due-date").param("from", "hôm qua").param("workingDays", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("Thời điểm tiếp nhận 'hôm qua'")));
		this.mvc.perform(get("/api/public/calendar/days/2026-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void givenAYearOutOfRange_whenRequested_thenBadRequestProblems() throws Exception {
		this.mvc.perform(get("/api/public/calendar/holidays").param("year", "2200"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/year-out-of-range"))
			.andExpect(jsonPath("$.detail").value("Năm 2200 nằm ngoài phạm vi của lịch (từ 1900 đến 2199)."));
		this.mvc.perform(get("/api/public/calendar/days/1899-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/date-out-of-range"));
	}

}
