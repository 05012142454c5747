package vn.motcua.report;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.report.RegisterFixture.aDossier;
import static vn.motcua.report.RegisterFixture.at;

/**
 * The period summary over HTTP on H2, against register rows inserted in bulk: the
 * published figures of Thái Bình and Bắc Ninh (docs/domain.md, "Reports and the 766
 * indicators"), then one rule at a time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportSummaryTest {

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

	@Autowired
	DossierRegister dossiers;

	@Autowired
	PlatformTransactionManager transactions;

	RegisterFixture register;

	@BeforeEach
	void emptyRegister() {
		this.register = new RegisterFixture(this.jdbc);
		this.register.clear();
	}

	/**
	 * Thái Bình center, 28/10/2015–20/02/2016: received 17,603 = resolved 15,878 + in
	 * progress 1,591 + returned 134; 2,125 early; 190 overdue. The source does not split
	 * the 190 overdue between late results and overdue open dossiers: this register puts
	 * 120 and 70.
	 */
	@Test
	void givenThaiBinhRegister_whenSummarised_thenThePublishedFiguresComeBack() {
		int early = 2_125;
		int late = 120;
		int overdueOpen = 70;
		int resolved = 15_878;
		int inProgress = 1_591;
		int finishedAfterPeriod = 40;
		RegisterFixture.Row accepted = aDossier().received(at("2015-11-02", 9)).due(at("2015-11-09", 17));
		this.register.add(accepted.copy().finished(at("2015-11-05", 10)).handedBack(at("2015-11-06", 8)), early);
		this.register.add(accepted.copy().finished(at("2015-11-09", 15)), resolved - early - late);
		this.register.add(accepted.copy().finished(at("2015-11-10", 9)), late);
		RegisterFixture.Row open = aDossier().received(at("2016-02-15", 9)).due(at("2016-02-26", 17));
		this.register.add(open.copy(), inProgress - overdueOpen - finishedAfterPeriod);
		this.register.add(open.copy().finished(at("2016-02-23", 9)), finishedAfterPeriod);
		this.register.add(aDossier().received(at("2016-02-01", 9)).due(at("2016-02-18", 17)), overdueOpen);
		// Returned without result ("trả lại"): stopped after reception. Refusals at the
		// counter were never received: they are counted apart.
		this.register
			.add(aDossier().received(at("2015-12-01", 9)).due(at("2015-12-10", 17)).stopped(at("2015-12-03", 10)), 134);
		this.register.add(aDossier().submittedOnly(at("2015-12-01", 9)).refused(at("2015-12-01", 10)), 100);
		// Outside the period: submitted after it, and finished before it.
		this.register.add(aDossier().received(at("2016-02-22", 9)).due(at("2016-03-01", 17)), 25);
		this.register
			.add(aDossier().received(at("2015-10-01", 9)).due(at("2015-10-08", 17)).finished(at("2015-10-07", 9)), 25);
		this.register.flush();

		JsonNode summary = summary("from=2015-10-28&to=2016-02-20");

		assertThat(summary.get("received").asLong()).isEqualTo(17_603);
		assertThat(summary.get("resolved").asLong()).isEqualTo(15_878);
		assertThat(summary.get("inProgress").asLong()).isEqualTo(1_591);
		assertThat(summary.get("returned").asLong()).isEqualTo(134);
		assertThat(summary.get("stopped").asLong()).isEqualTo(134);
		assertThat(summary.get("refused").asLong()).isEqualTo(100);
		assertThat(summary.get("withdrawn").asLong()).isZero();
		assertThat(summary.get("resolvedEarly").asLong()).isEqualTo(2_125);
		assertThat(summary.get("resolvedLate").asLong() + summary.get("inProgressOverdue").asLong()).isEqualTo(190);
		assertThat(summary.get("received").asLong())
			.isEqualTo(summary.get("resolved").asLong() + summary.get("inProgress").asLong()
					+ summary.get("returned").asLong() + summary.get("withdrawn").asLong());
		assertThat(summary.get("satisfactionRate").isNull()).as("no ratings in the register").isTrue();
		JsonNode overdue = indicator("from=2015-10-28&to=2016-02-20", "ty-le-qua-han");
		assertThat(overdue.get("numerator").asLong()).isEqualTo(190);
		assertThat(overdue.get("denominator").asLong()).isEqualTo(17_603);
		assertThat(overdue.get("value").decimalValue()).isEqualByComparingTo("1.08");
	}

	@Test
	void givenOnlineAndPaidDossiers_whenIndicatorsAsked_thenSharesAndAverageTimeComeWithTheirCounts() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-20", 17));
		List<String> online = this.register.add(accepted.copy().online().fee(50_000), 1);
		List<String> counter = this.register.add(accepted.copy().fee(50_000), 1);
		this.register.add(accepted.copy().finished(at("2026-03-05", 10)), 1);
		this.register.add(accepted.copy().pausedFor(1).finished(at("2026-03-06", 10)), 1);
		this.register.add(aDossier().received(at("2026-02-16", 9)).due(at("2026-03-20", 17)).online(), 1);
		this.register.flush();
		this.register.payment(online.get(0), 50_000, "TRUC_TUYEN");
		this.register.payment(counter.get(0), 50_000, "TIEN_MAT");
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode share = indicator(period, "ty-le-nop-truc-tuyen");
		JsonNode paid = indicator(period, "ty-le-thanh-toan-truc-tuyen");
		JsonNode time = indicator(period, "thoi-gian-giai-quyet-trung-binh");
		JsonNode satisfaction = indicator(period, "ty-le-hai-long");

		// The carried-over online dossier of February is not new in March.
		assertThat(share.get("numerator").asLong()).isEqualTo(1);
		assertThat(share.get("denominator").asLong()).isEqualTo(4);
		assertThat(share.get("value").decimalValue()).isEqualByComparingTo("25");
		assertThat(paid.get("numerator").asLong()).isEqualTo(1);
		assertThat(paid.get("denominator").asLong()).isEqualTo(2);
		// Mon 2/3 to Thu 5/3 is 3 working days; to Fri 6/3 is 4, less 1 paused.
		assertThat(time.get("denominator").asLong()).isEqualTo(2);
		assertThat(time.get("value").decimalValue()).isEqualByComparingTo("3");
		assertThat(satisfaction.get("value").isNull()).isTrue();
		assertThat(share.get("formula").asText()).isNotBlank();
	}

	/**
	 * Bắc Ninh center, first 19 working days of 2017: received 2,629; results 1,826;
	 * early 1,372 (75.137%, printed truncated as 75.13%: we round to 75.14); on average
	 * 4.8 working days early. 1,098 results five working days early and 274 four days
	 * early make 6,586 ÷ 1,372 = 4.80.
	 */
	@Test
	void givenBacNinhRegister_whenSummarised_thenEarlyRateAndDaysEarlyMatch() {
		RegisterFixture.Row accepted = aDossier().received(at("2017-06-05", 9));
		this.register.add(accepted.copy().due(at("2017-06-19", 17)).finished(at("2017-06-12", 10)), 1_098);
		this.register.add(accepted.copy().due(at("2017-06-16", 17)).finished(at("2017-06-12", 10)), 274);
		this.register.add(accepted.copy().due(at("2017-06-16", 17)).finished(at("2017-06-16", 10)), 400);
		this.register.add(accepted.copy().due(at("2017-06-16", 17)).finished(at("2017-06-19", 10)), 54);
		this.register.add(accepted.copy().due(at("2017-07-10", 17)), 2_629 - 1_826);
		this.register.flush();

		JsonNode summary = summary("from=2017-06-01&to=2017-06-27");

		assertThat(summary.get("received").asLong()).isEqualTo(2_629);
		assertThat(summary.get("resolved").asLong()).isEqualTo(1_826);
		assertThat(summary.get("resolvedEarly").asLong()).isEqualTo(1_372);
		assertThat(summary.get("earlyRate").decimalValue()).isEqualByComparingTo("75.14");
		assertThat(summary.get("avgDaysEarly").decimalValue()).isEqualByComparingTo("4.80");
	}

	@Test
	void givenADossierOpenAtPeriodStart_whenSummarised_thenItIsCarriedOverAndAnOldResultIsNot() {
		this.register
			.add(aDossier().received(at("2026-02-25", 9)).due(at("2026-03-04", 17)).finished(at("2026-03-03", 9)), 1);
		this.register
			.add(aDossier().received(at("2026-02-10", 9)).due(at("2026-02-27", 17)).finished(at("2026-02-26", 9)), 1);
		this.register.add(aDossier().received(at("2026-02-20", 9)).due(at("2026-04-10", 17)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("received").asLong()).isEqualTo(2);
		assertThat(summary.get("resolvedEarly").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgress").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgressOverdue").asLong()).isZero();
	}

	@Test
	void givenADossierSupplementedTwice_whenFinishedBeforeItsDueDay_thenItIsLate() {
		this.register.add(aDossier().received(at("2026-03-02", 9))
			.due(at("2026-03-13", 17))
			.supplements(2)
			.finished(at("2026-03-09", 9)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("resolvedLate").asLong()).isEqualTo(1);
		assertThat(summary.get("resolvedEarly").asLong()).isZero();
	}

	@Test
	void givenAPausedDossier_whenFinishedOnItsMovedDueDay_thenItIsOnTime() {
		// Due Monday 9/3 before the pause; three paused working days moved it to Thursday
		// 12/3.
		this.register.add(aDossier().received(at("2026-03-02", 9))
			.due(at("2026-03-12", 17))
			.pausedFor(3)
			.supplements(1)
			.finished(at("2026-03-12", 16)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("resolvedOnTime").asLong()).isEqualTo(1);
		assertThat(summary.get("resolvedLate").asLong()).isZero();
	}

	@Test
	void givenResultsAtTheDueInstantAndOneSecondAfter_whenSummarised_thenTheFirstIsOnTimeAndTheSecondLate() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-06", 17));
		this.register.add(accepted.copy().finished(at("2026-03-06", 17)), 1);
		this.register.add(accepted.copy().finished(at("2026-03-06", 17).plusSeconds(1)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("resolvedOnTime").asLong()).isEqualTo(1);
		assertThat(summary.get("resolvedLate").asLong()).isEqualTo(1);
	}

	@Test
	void givenAnApology_whenFinishedBeforeTheNewDateButAfterTheFirst_thenItIsStillLate() {
		this.register.add(aDossier().received(at("2026-03-02", 9))
			.due(at("2026-03-06", 17))
			.apologisedTo(at("2026-03-13", 17))
			.finished(at("2026-03-11", 9)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("resolvedLate").asLong()).isEqualTo(1);
	}

	@Test
	void givenADossierWaitingForASupplementAskedBeforeItsDueDate_whenThePeriodEnds_thenItIsWithinTime() {
		// 766: a dossier waiting for the applicant's supplement is judged at the request
		// time.
		this.register
			.add(aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17)).paused(at("2026-03-10", 9)), 1);
		this.register
			.add(aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17)).paused(at("2026-03-16", 9)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("inProgress").asLong()).isEqualTo(2);
		assertThat(summary.get("inProgressOverdue").asLong()).isEqualTo(1);
	}

	@Test
	void givenDueAndOverdueDossiers_whenTheWatchlistsAreAsked_thenEachListsItsOwnWithoutPersonalData() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(RegisterFixture.VN).toLocalDate();
		OffsetDateTime nextClose = this.calendar.endOfDay(this.calendar.addWorkingDays(today, 1)).toOffsetDateTime();
		String dueSoon = this.register.add(aDossier().received(now.minusDays(3)).due(nextClose), 1).get(0);
		String overdue = this.register
			.add(aDossier().received(now.minusDays(30)).due(now.minusDays(10)).apologisedTo(nextClose.plusDays(7)), 1)
			.get(0);
		String later = this.register.add(aDossier().received(now.minusDays(1)).due(nextClose.plusDays(14)), 1).get(0);
		this.register.flush();
		TestHttp manager = new TestHttp(this.port).as("quan-ly", "demo");

		HttpResponse<String> soon = manager.get("/api/reports/due-soon");
		HttpResponse<String> late = manager.get("/api/reports/overdue");

		assertThat(soon.statusCode()).isEqualTo(200);
		assertThat(soon.body()).contains(dueSoon).doesNotContain(overdue).doesNotContain(later);
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains(overdue).doesNotContain(dueSoon).doesNotContain(later);
		assertThat(read(late).get(0).get("workingDaysLate").asInt()).isPositive();
		assertThat(soon.body() + late.body()).doesNotContain("Nguyễn Văn A").doesNotContain("0912345678");
	}

	@Test
	void givenWithdrawals_whenSummarised_thenOnlyThoseInThePeriodAreWithdrawn() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-20", 17));
		this.register.add(accepted.copy().withdrawn(at("2026-03-10", 9)), 1);
		this.register.add(accepted.copy().withdrawn(at("2026-04-02", 9)), 1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("withdrawn").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgress").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgressOverdue").asLong()).isEqualTo(1);
		assertThat(summary.get("returned").asLong()).isZero();
	}

	@Test
	void givenDossiersClosedThroughTheRegister_whenSummarised_thenEachCountsInThePeriodItClosed() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-02-16", 9)).due(at("2026-03-20", 17));
		List<String> codes = this.register.add(accepted, 2);
		this.register.flush();
		close(codes.get(0), at("2026-03-10", 9), "STOPPED", DossierStatus.DUNG_XU_LY);
		close(codes.get(1), at("2026-04-02", 9), "WITHDRAWN", DossierStatus.RUT_HO_SO);

		JsonNode march = summary("from=2026-03-01&to=2026-03-31");
		JsonNode april = summary("from=2026-04-01&to=2026-04-30");

		assertThat(march.get("received").asLong()).isEqualTo(2);
		assertThat(march.get("stopped").asLong()).isEqualTo(1);
		assertThat(march.get("refused").asLong()).isZero();
		assertThat(march.get("withdrawn").asLong()).isZero();
		assertThat(march.get("inProgressOverdue").asLong()).isEqualTo(1);
		assertThat(april.get("received").asLong()).isEqualTo(1);
		assertThat(april.get("withdrawn").asLong()).isEqualTo(1);
		assertThat(april.get("returned").asLong()).isZero();
	}

	@Test
	void givenALienThongDossierLateInItsSecondStep_whenSummarised_thenOnlyThatAgencyIsAttributed() {
		String code = this.register
			.add(aDossier().agency("so-nong-nghiep-moi-truong")
				.received(at("2026-03-02", 9))
				.due(at("2026-03-20", 17))
				.finished(at("2026-03-23", 9)), 1)
			.get(0);
		this.register.flush();
		this.register.step(code, 1, "so-nong-nghiep-moi-truong", at("2026-03-02", 10), at("2026-03-10", 17),
				at("2026-03-09", 10), "TRUOC_HAN");
		this.register.step(code, 2, "thue-tinh", at("2026-03-09", 10), at("2026-03-20", 17), at("2026-03-23", 8),
				"QUA_HAN");
		// The tasks of the late step also appear in the history; they must not count
		// twice.
		this.register.event(code, at("2026-03-23", 8), "TASK_COMPLETED", null, "thue-tinh", "QUA_HAN");
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(agency(summary, "thue-tinh").get("lateSteps").asLong()).isEqualTo(1);
		assertThat(agency(summary, "thue-tinh").get("lateDossiers").asLong()).isEqualTo(1);
		assertThat(agency(summary, "so-nong-nghiep-moi-truong").get("lateSteps").asLong()).isZero();
		assertThat(agency(summary, "so-nong-nghiep-moi-truong").get("resolvedLate").asLong()).isEqualTo(1);
	}

	@Test
	void givenStepEventsOnlyOfALienThongDossier_whenSummarised_thenTheLateTaskAgencyIsAttributed() {
		String code = this.register
			.add(aDossier().agency("so-nong-nghiep-moi-truong")
				.received(at("2026-03-02", 9))
				.due(at("2026-03-20", 17))
				.finished(at("2026-03-23", 9)), 1)
			.get(0);
		this.register.flush();
		this.register.event(code, at("2026-03-02", 10), "FORWARDED", null, "so-nong-nghiep-moi-truong", null);
		this.register.event(code, at("2026-03-09", 10), "TASK_COMPLETED", null, "so-nong-nghiep-moi-truong",
				"TRUOC_HAN");
		this.register.event(code, at("2026-03-10", 10), "FORWARDED", null, "thue-tinh", null);
		this.register.event(code, at("2026-03-23", 8), "TASK_COMPLETED", null, "thue-tinh", "QUA_HAN");
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(agency(summary, "thue-tinh").get("lateSteps").asLong()).isEqualTo(1);
		assertThat(agency(summary, "so-nong-nghiep-moi-truong").get("lateSteps").asLong()).isZero();
		assertThat(agency(summary, "so-nong-nghiep-moi-truong").get("resolvedLate").asLong()).isEqualTo(1);
	}

	@Test
	void givenFiltersAndChannels_whenSummarised_thenBreakdownsAddUpToTheTotal() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-20", 17));
		this.register.add(accepted.copy().online(), 3);
		this.register.add(accepted.copy().channel("BUU_CHINH").agency("so-y-te").procedure("1.001234.H38"), 2);
		this.register.add(accepted.copy().level("xa").agency("xa-tien-du").procedure("2.000001.H38"), 1);
		this.register.flush();

		JsonNode all = summary("from=2026-03-01&to=2026-03-31");
		JsonNode online = summary("from=2026-03-01&to=2026-03-31&channel=TRUC_TUYEN");
		JsonNode commune = summary("from=2026-03-01&to=2026-03-31&level=xa");
		JsonNode health = summary("from=2026-03-01&to=2026-03-31&agency=so-y-te");

		assertThat(all.get("received").asLong()).isEqualTo(6);
		assertThat(all.get("receivedOnline").asLong()).isEqualTo(3);
		assertThat(online.get("received").asLong()).isEqualTo(3);
		assertThat(commune.get("received").asLong()).isEqualTo(1);
		assertThat(health.get("received").asLong()).isEqualTo(2);
		assertThat(sum(all.get("byAgency"))).isEqualTo(6);
		assertThat(sum(all.get("byProcedure"))).isEqualTo(6);
		assertThat(sum(all.get("byChannel"))).isEqualTo(6);
	}

	@Test
	void givenBadPeriods_whenSummarised_then400InVietnamese() {
		TestHttp manager = new TestHttp(this.port).as("quan-ly", "demo");
		for (String query : new String[] { "from=2026-02-30&to=2026-03-01", "from=2026-03-02&to=2026-03-01",
				"from=2020-01-01&to=2026-01-02", "to=2026-03-01", "from=2026-03-01&to=2026-03-31&channel=FAX",
				"from=2026-03-01&to=2026-03-31&agency=khong-co" }) {
			HttpResponse<String> response = manager.get("/api/reports/summary?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(query)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(read(response).get("detail").asText()).as(query)
				.containsAnyOf("Kỳ báo cáo", "kỳ báo cáo", "không hợp lệ", "Không có");
		}
	}

	@Test
	void givenAnAgencyOfficer_whenAskingForAnotherAgency_then403AndOwnAgencyOnly() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-20", 17));
		this.register.add(accepted.copy(), 2);
		this.register.add(accepted.copy().agency("so-y-te"), 5);
		this.register.flush();
		TestHttp officer = new TestHttp(this.port).as("so-tu-phap.chuyen-vien", "demo");

		HttpResponse<String> other = officer.get("/api/reports/summary?from=2026-03-01&to=2026-03-31&agency=so-y-te");
		HttpResponse<String> own = officer.get("/api/reports/summary?from=2026-03-01&to=2026-03-31");

		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(read(other).get("detail").asText()).contains("cơ quan, đơn vị mình");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(read(own).get("received").asLong()).isEqualTo(2);
	}

	@Test
	void givenRefusedAndWaitingSubmissions_whenSummarised_thenOnlyTheAcceptedAreReceived() {
		// The 15 submissions: 1 refused + 3 still at the counter + 11 received.
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-20", 17));
		this.register.add(accepted.copy(), 11);
		this.register.add(aDossier().submittedOnly(at("2026-03-03", 9)).refused(at("2026-03-03", 10)), 1);
		this.register.add(aDossier().submittedOnly(at("2026-03-30", 9)), 3);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("received").asLong()).isEqualTo(11);
		assertThat(summary.get("refused").asLong()).isEqualTo(1);
		assertThat(summary.get("awaitingReception").asLong()).isEqualTo(3);
		assertThat(summary.get("returned").asLong()).isZero();
		assertThat(summary.get("inProgress").asLong()).isEqualTo(11);
	}

	@Test
	void givenStoppedWithdrawnAndRefused_whenTheOnTimeRateIsAsked_thenEachEndsProcessingJudgedAgainstItsDate() {
		// Due Friday 6/3 17:00. Early result; stopped Wednesday 4/3 (in time); withdrawn
		// Tuesday 10/3 (after the appointment: late); refused at the counter (in time).
		// In time 3 of (3 received + 1 refused) = 75%.
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-06", 17));
		this.register.add(accepted.copy().finished(at("2026-03-05", 9)), 1);
		this.register.add(accepted.copy().stopped(at("2026-03-04", 9)), 1);
		this.register.add(accepted.copy().withdrawn(at("2026-03-10", 9)), 1);
		this.register.add(aDossier().submittedOnly(at("2026-03-03", 9)).refused(at("2026-03-03", 10)), 1);
		this.register.flush();
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode summary = summary(period);
		JsonNode onTime = indicator(period, "ty-le-dung-han");

		assertThat(summary.get("received").asLong()).isEqualTo(3);
		assertThat(summary.get("stopped").asLong()).isEqualTo(1);
		assertThat(summary.get("withdrawn").asLong()).isEqualTo(1);
		assertThat(summary.get("refused").asLong()).isEqualTo(1);
		assertThat(summary.get("inTimeRate").decimalValue()).isEqualByComparingTo("75.00");
		assertThat(onTime.get("numerator").asLong()).isEqualTo(3);
		assertThat(onTime.get("denominator").asLong()).isEqualTo(4);
		assertThat(onTime.get("value").decimalValue()).isEqualByComparingTo("75.00");
	}

	@Test
	void givenDossiersWithoutAppointment_whenSummarised_thenElapsedLessPausesIsJudgedAgainstTheLegalTime() {
		// 1.001877 (catalogue): 10 statutory working days from Monday 2/3, due by Monday
		// 16/3 at the latest (13/3 when the receipt day counts).
		RegisterFixture.Row unscheduled = aDossier().procedure("1.001877.000.00.00.H27")
			.received(at("2026-03-02", 9))
			.unscheduled();
		this.register.add(unscheduled.copy().finished(at("2026-03-05", 9)), 1);
		this.register.add(unscheduled.copy().finished(at("2026-03-31", 9)), 1);
		// Ten working days paused move the legal date past 25/3: early, not late.
		this.register.add(unscheduled.copy().pausedFor(10).finished(at("2026-03-25", 9)), 1);
		this.register.add(unscheduled.copy(), 1);
		this.register.add(aDossier().procedure("1.001877.000.00.00.H27").received(at("2026-03-25", 9)).unscheduled(),
				1);
		this.register.flush();

		JsonNode summary = summary("from=2026-03-01&to=2026-03-31");

		assertThat(summary.get("received").asLong()).isEqualTo(5);
		assertThat(summary.get("resolvedEarly").asLong()).isEqualTo(2);
		assertThat(summary.get("resolvedLate").asLong()).isEqualTo(1);
		assertThat(summary.get("inProgress").asLong()).isEqualTo(2);
		assertThat(summary.get("inProgressOverdue").asLong()).isEqualTo(1);
	}

	@Test
	void givenAPeriodEndingInTheFuture_whenSummarised_thenOpenDossiersAreJudgedNow() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(RegisterFixture.VN).toLocalDate();
		this.register.add(aDossier().received(now.minusHours(3)).due(now.plusHours(2)), 2);
		this.register.add(aDossier().received(now.minusHours(3)).due(now.minusHours(1)), 1);
		this.register.flush();

		JsonNode summary = summary("from=" + today.minusDays(2) + "&to=" + today.plusDays(10));

		assertThat(summary.get("inProgress").asLong()).isEqualTo(3);
		assertThat(summary.get("inProgressOverdue").asLong()).isEqualTo(1);
	}

	@Test
	void givenAnHourCountedProcedure_whenAveraged_thenInWorkingHoursNotZeroDays() {
		// 2.001212 (catalogue): 4 working hours, same day. 08:00–11:00 and 09:00–10:00
		// on Monday 2/3: 3 h and 1 h, 2 h on average (240 minutes ÷ 2 ÷ 60).
		RegisterFixture.Row onSite = aDossier().procedure("2.001212.000.00.00.H27");
		this.register.add(
				onSite.copy().received(at("2026-03-02", 8)).due(at("2026-03-02", 12)).finished(at("2026-03-02", 11)),
				1);
		this.register.add(
				onSite.copy().received(at("2026-03-02", 9)).due(at("2026-03-02", 13)).finished(at("2026-03-02", 10)),
				1);
		this.register.flush();
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode hours = indicator(period, "thoi-gian-giai-quyet-trung-binh-gio");
		JsonNode byProcedure = read(
				new TestHttp(this.port).as("quan-ly", "demo").get("/api/reports/indicators?" + period))
			.get("averageResolutionByProcedure")
			.get(0);

		assertThat(hours.get("numerator").asLong()).isEqualTo(240);
		assertThat(hours.get("denominator").asLong()).isEqualTo(2);
		assertThat(hours.get("value").decimalValue()).isEqualByComparingTo("2.00");
		assertThat(hours.get("unit").asText()).isEqualTo("giờ làm việc");
		assertThat(byProcedure.get("average").decimalValue()).isEqualByComparingTo("2.00");
		assertThat(byProcedure.get("unit").asText()).isEqualTo("giờ làm việc");
	}

	@Test
	void givenARatingSentThroughThePortal_whenIndicatorsAsked_thenItFlowsIntoBothSatisfactionFigures() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(RegisterFixture.VN).toLocalDate();
		RegisterFixture.Row returned = aDossier().received(now.minusDays(3))
			.due(now.plusDays(5))
			.finished(now.minusDays(2))
			.handedBack(now.minusDays(1));
		String rated = this.register.add(returned.copy(), 1).get(0);
		this.register.add(returned.copy(), 1);
		this.register.flush();
		HttpResponse<String> rating = new TestHttp(this.port).header("X-Id-Number", "001090012345")
			.postJson("/api/public/dossiers/" + rated + "/evaluation", """
					{"ratings": {"time": 3, "contacts": 2, "supplements": 1, "attitude": 3,
					 "correctness": 3, "returnOfResult": 2, "feedback": 1}}""");
		assertThat(rating.statusCode()).as(rating.body()).isEqualTo(201);
		String period = "from=" + today.minusDays(5) + "&to=" + today;

		JsonNode summary = summary(period);
		JsonNode share = indicator(period, "ty-le-hai-long");
		JsonNode supplements = indicator(period, "ty-le-hai-long-3");
		JsonNode attitude = indicator(period, "ty-le-hai-long-4");
		JsonNode formula766 = indicator(period, "muc-do-hai-long-766");

		// 5 of 7 criteria satisfied: 71.43%.
		assertThat(summary.get("satisfactionRate").decimalValue()).isEqualByComparingTo("71.43");
		assertThat(share.get("numerator").asLong()).isEqualTo(5);
		assertThat(share.get("denominator").asLong()).isEqualTo(7);
		assertThat(supplements.get("value").decimalValue()).isEqualByComparingTo("0");
		assertThat(attitude.get("value").decimalValue()).isEqualByComparingTo("100");
		// 100% − (0 late + 1 disliked of 2 received) = 50%.
		assertThat(formula766.get("numerator").asLong()).isEqualTo(1);
		assertThat(formula766.get("denominator").asLong()).isEqualTo(2);
		assertThat(formula766.get("value").decimalValue()).isEqualByComparingTo("50.00");
	}

	@Test
	void givenScannedPapersAndElectronicResults_whenIndicatorsAsked_thenDigitisationAndElectronicRates() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17));
		List<String> codes = this.register.add(accepted.copy(), 2);
		this.register.add(
				accepted.copy().finished(at("2026-03-09", 9)).handedBack(at("2026-03-10", 9)).returnedBy("dien-tu"), 1);
		this.register.add(
				accepted.copy().finished(at("2026-03-09", 9)).handedBack(at("2026-03-10", 9)).returnedBy("tai-quay"),
				1);
		this.register.flush();
		this.register.file(codes.get(0), "Tờ khai");
		this.register.file(codes.get(1), "Bản sao giấy chứng nhận");
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode digitised = indicator(period, "ty-le-so-hoa");
		JsonNode electronic = indicator(period, "ty-le-ket-qua-dien-tu");

		assertThat(digitised.get("numerator").asLong()).isEqualTo(2);
		assertThat(digitised.get("denominator").asLong()).isEqualTo(4);
		assertThat(electronic.get("numerator").asLong()).isEqualTo(1);
		assertThat(electronic.get("denominator").asLong()).isEqualTo(2);
		assertThat(electronic.get("value").decimalValue()).isEqualByComparingTo("50");
		assertThat(digitised.get("source").asText()).contains("dossier_file");
	}

	/**
	 * 766 digitisation: digitised papers and, where a result applies (handed back before
	 * the end of the period), an electronic result. Received Monday 2/3:
	 * <ul>
	 * <li>A scanned, handed back on paper only: papers yes, 766 no;</li>
	 * <li>B not scanned, electronic result attached (a KET_QUA file is no paper handed
	 * in): no, no;</li>
	 * <li>C scanned and electronic result: yes, yes;</li>
	 * <li>D neither, handed back: no, no;</li>
	 * <li>E scanned, still being handled: yes, yes (no result yet);</li>
	 * <li>F scanned, result ready but not handed back: yes, yes;</li>
	 * <li>G scanned, handed back on paper in April, after the period: yes, yes;</li>
	 * <li>H scanned, received in February (carried over): not counted.</li>
	 * </ul>
	 * Papers 5 of 7 = 71.43 %; 766 digitisation 4 of 7 (C, E, F, G) = 57.14 %.
	 */
	@Test
	void givenDigitisedPapersAndElectronicResults_whenIndicatorsAsked_thenThe766RateNeedsBothWhereAResultApplies() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17));
		RegisterFixture.Row handedBack = accepted.copy()
			.finished(at("2026-03-09", 9))
			.handedBack(at("2026-03-10", 9))
			.returnedBy("tai-quay");
		String paperResult = this.register.add(handedBack.copy(), 1).get(0);
		String notScanned = this.register.add(handedBack.copy().returnedBy("dien-tu"), 1).get(0);
		String both = this.register.add(handedBack.copy().returnedBy("dien-tu"), 1).get(0);
		this.register.add(handedBack.copy(), 1);
		String open = this.register.add(accepted.copy(), 1).get(0);
		String ready = this.register.add(accepted.copy().finished(at("2026-03-11", 9)), 1).get(0);
		String april = this.register
			.add(accepted.copy().finished(at("2026-03-31", 9)).handedBack(at("2026-04-01", 9)).returnedBy("tai-quay"),
					1)
			.get(0);
		String february = this.register.add(aDossier().received(at("2026-02-16", 9)).due(at("2026-03-13", 17)), 1)
			.get(0);
		this.register.flush();
		for (String code : List.of(paperResult, both, open, ready, april, february)) {
			this.register.file(code, "Tờ khai");
		}
		this.register.electronicResult(notScanned);
		this.register.electronicResult(both);
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode digitised = indicator(period, "ty-le-so-hoa");
		JsonNode papers = indicator(period, "ty-le-so-hoa-thanh-phan");

		assertThat(papers.get("numerator").asLong()).isEqualTo(5);
		assertThat(papers.get("denominator").asLong()).isEqualTo(7);
		assertThat(papers.get("value").decimalValue()).isEqualByComparingTo("71.43");
		assertThat(digitised.get("numerator").asLong()).isEqualTo(4);
		assertThat(digitised.get("denominator").asLong()).isEqualTo(7);
		assertThat(digitised.get("value").decimalValue()).isEqualByComparingTo("57.14");
		assertThat(digitised.get("formula").asText()).contains("kết quả điện tử").contains("trả kết quả trước cuối kỳ");
		assertThat(digitised.get("source").asText()).contains("dossier_file").contains("dossier_result");
	}

	/**
	 * 766 online rate: received online and, where a result applies (handed back before
	 * the end of the period), with an electronic result, ÷ received, × the
	 * synchronisation rate. Received Monday 2/3: a online, open (yes); b online, handed
	 * back with its result attached (yes); c online, handed back on paper only (no); d
	 * online, "returned electronically" but no result document attached (no); e at the
	 * counter with an electronic result (no: not online); f at the counter, open (no). 2
	 * of 6 = 33.33 % before the synchronisation factor; the channel share alone is 4 of
	 * 6. Synchronised: a, b, c and e had every change acknowledged; d has one still
	 * waiting, f one failed: 4 of 6 = 66.67 %. The 766 rate: (2 × 4) ÷ (6 × 6) = 22.22 %.
	 */
	@Test
	void givenOnlineDossiersWithAndWithoutElectronicResults_whenIndicatorsAsked_thenThe766OnlineRateTimesTheSyncRate() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17));
		RegisterFixture.Row handedBack = accepted.copy().finished(at("2026-03-09", 9)).handedBack(at("2026-03-10", 9));
		String open = this.register.add(accepted.copy().online(), 1).get(0);
		String withResult = this.register.add(handedBack.copy().online().returnedBy("dien-tu"), 1).get(0);
		String onPaper = this.register.add(handedBack.copy().online().returnedBy("tai-quay"), 1).get(0);
		String noDocument = this.register.add(handedBack.copy().online().returnedBy("dien-tu"), 1).get(0);
		String atCounter = this.register.add(handedBack.copy().returnedBy("dien-tu"), 1).get(0);
		String counterOpen = this.register.add(accepted.copy(), 1).get(0);
		this.register.flush();
		this.register.electronicResult(withResult);
		this.register.electronicResult(atCounter);
		this.register.synchronised(open, "ACKED", "ACKED");
		this.register.synchronised(withResult, "ACKED", "ACKED", "ACKED");
		this.register.synchronised(onPaper, "ACKED");
		this.register.synchronised(atCounter, "ACKED", "ACKED");
		this.register.synchronised(noDocument, "ACKED", "PENDING");
		this.register.synchronised(counterOpen, "ACKED", "FAILED", "PENDING");
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode share = indicator(period, "ty-le-nop-truc-tuyen");
		JsonNode beforeSync = indicator(period, "ty-le-nop-truc-tuyen-766-truoc-dong-bo");
		JsonNode sync = indicator(period, "ty-le-dong-bo");
		JsonNode rate766 = indicator(period, "ty-le-nop-truc-tuyen-766");

		assertThat(share.get("numerator").asLong()).isEqualTo(4);
		assertThat(share.get("denominator").asLong()).isEqualTo(6);
		assertThat(beforeSync.get("numerator").asLong()).isEqualTo(2);
		assertThat(beforeSync.get("denominator").asLong()).isEqualTo(6);
		assertThat(beforeSync.get("value").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(beforeSync.get("formula").asText()).contains("kết quả điện tử");
		assertThat(sync.get("numerator").asLong()).isEqualTo(4);
		assertThat(sync.get("denominator").asLong()).isEqualTo(6);
		assertThat(sync.get("value").decimalValue()).isEqualByComparingTo("66.67");
		assertThat(sync.get("source").asText()).contains("national_sync");
		assertThat(rate766.get("numerator").asLong()).isEqualTo(8);
		assertThat(rate766.get("denominator").asLong()).isEqualTo(36);
		assertThat(rate766.get("value").decimalValue()).isEqualByComparingTo("22.22");
		assertThat(rate766.get("formula").asText()).contains("tỷ lệ hồ sơ đồng bộ");
	}

	/**
	 * A dossier with no change sent to the national portal at all (received before the
	 * synchronisation, or never queued) is not synchronised.
	 */
	@Test
	void givenADossierWithNothingQueued_whenIndicatorsAsked_thenItIsNotSynchronised() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17));
		String synced = this.register.add(accepted.copy(), 1).get(0);
		this.register.add(accepted.copy(), 1);
		this.register.flush();
		this.register.synchronised(synced, "ACKED");

		JsonNode sync = indicator("from=2026-03-01&to=2026-03-31", "ty-le-dong-bo");

		assertThat(sync.get("numerator").asLong()).isEqualTo(1);
		assertThat(sync.get("denominator").asLong()).isEqualTo(2);
		assertThat(sync.get("value").decimalValue()).isEqualByComparingTo("50");
	}

	/**
	 * 766 satisfaction in handling TTHC per agency: 100 % − (overdue + received with a
	 * phản ánh, kiến nghị or a không hài lòng rating) ÷ received.
	 * <ul>
	 * <li>so-tu-phap, 4 received: one late result, one with a phản ánh, kiến nghị, one
	 * rated không hài lòng, one early and rated hài lòng: 3 of 4, 100 − 75 = 25 %;</li>
	 * <li>so-y-te, 3 received: one open overdue that also has a phản ánh, kiến nghị
	 * (counted in both rates), two in time: 2 of 3, 100 − 66.67 = 33.33 %;</li>
	 * <li>so-xay-dung, 2 received in time: 100 %.</li>
	 * </ul>
	 * The whole: 5 of 9, 100 − 55.56 = 44.44 %.
	 */
	@Test
	void givenLateComplainedAndDislikedDossiersOfThreeAgencies_whenAsked_thenThe766SatisfactionOfEachAgency() {
		RegisterFixture.Row accepted = aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17));
		RegisterFixture.Row early = accepted.copy().finished(at("2026-03-09", 9));
		this.register.add(accepted.copy().finished(at("2026-03-16", 9)), 1);
		String complained = this.register.add(early.copy(), 1).get(0);
		String disliked = this.register.add(early.copy(), 1).get(0);
		String liked = this.register.add(early.copy(), 1).get(0);
		String overdueComplained = this.register
			.add(aDossier().agency("so-y-te").received(at("2026-03-02", 9)).due(at("2026-03-06", 17)), 1)
			.get(0);
		this.register.add(early.copy().agency("so-y-te"), 2);
		this.register.add(early.copy().agency("so-xay-dung"), 2);
		this.register.flush();
		this.register.feedback(complained);
		this.register.feedback(overdueComplained);
		this.register.evaluation(disliked, 1, at("2026-03-10", 9));
		this.register.evaluation(liked, 3, at("2026-03-10", 9));
		String period = "from=2026-03-01&to=2026-03-31";

		JsonNode summary = summary(period);
		JsonNode indicators = read(
				new TestHttp(this.port).as("quan-ly", "demo").get("/api/reports/indicators?" + period));
		JsonNode whole = indicator(period, "muc-do-hai-long-766");

		assertThat(whole.get("numerator").asLong()).isEqualTo(5);
		assertThat(whole.get("denominator").asLong()).isEqualTo(9);
		assertThat(whole.get("value").decimalValue()).isEqualByComparingTo("44.44");
		assertThat(summary.get("complainedOrDisliked").asLong()).isEqualTo(3);
		assertThat(summary.get("satisfaction766").decimalValue()).isEqualByComparingTo("44.44");
		assertThat(agency(summary, "so-tu-phap").get("satisfaction766").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(agency(summary, "so-tu-phap").get("complainedOrDisliked").asLong()).isEqualTo(2);
		assertThat(agency(summary, "so-y-te").get("satisfaction766").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(agency(summary, "so-xay-dung").get("satisfaction766").decimalValue()).isEqualByComparingTo("100");
		JsonNode justice = agencyIndicator(indicators, "so-tu-phap", "muc-do-hai-long-766");
		assertThat(justice.get("numerator").asLong()).isEqualTo(3);
		assertThat(justice.get("denominator").asLong()).isEqualTo(4);
		assertThat(justice.get("value").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(justice.get("formula").asText()).contains("100% −").contains("phản ánh, kiến nghị");
		assertThat(justice.get("source").asText()).contains("feedback").contains("evaluation");
		JsonNode health = agencyIndicator(indicators, "so-y-te", "muc-do-hai-long-766");
		assertThat(health.get("numerator").asLong()).isEqualTo(2);
		assertThat(health.get("denominator").asLong()).isEqualTo(3);
		assertThat(health.get("value").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(agencyIndicator(indicators, "so-xay-dung", "muc-do-hai-long-766").get("value").decimalValue())
			.isEqualByComparingTo("100");
	}

	/** The agency's own indicator in {@code /api/reports/indicators}. */
	private static JsonNode agencyIndicator(JsonNode indicators, String agency, String code) {
		for (JsonNode row : indicators.get("byAgency")) {
			if (agency.equals(row.get("agency").asText())) {
				for (JsonNode indicator : row.get("indicators")) {
					if (code.equals(indicator.get("code").asText())) {
						return indicator;
					}
				}
			}
		}
		throw new AssertionError("No " + code + " for " + agency + " in " + indicators.get("byAgency"));
	}

	/** Closes a dossier as the flows do, through the register. */
	/**
	 * Closes the dossier as a delegate would: in a transaction (the stop notice takes a
	 * number).
	 */
	private void close(String code, OffsetDateTime at, String type, DossierStatus status) {
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> this.dossiers.record(
				new DossierEvent(code, at, type, status, "test", "so-tu-phap", "step", null, null, null, false),
				DossierChange.none()));
	}

	private JsonNode summary(String query) {
		HttpResponse<String> response = new TestHttp(this.port).as("quan-ly", "demo")
			.get("/api/reports/summary?" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response);
	}

	private JsonNode indicator(String query, String code) {
		HttpResponse<String> response = new TestHttp(this.port).as("quan-ly", "demo")
			.get("/api/reports/indicators?" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		for (JsonNode indicator : read(response).get("indicators")) {
			if (code.equals(indicator.get("code").asText())) {
				return indicator;
			}
		}
		throw new AssertionError("No indicator " + code + " in " + response.body());
	}

	private JsonNode read(HttpResponse<String> response) {
		try {
			return this.json.readTree(response.body());
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + response.body(), ex);
		}
	}

	private static JsonNode agency(JsonNode summary, String code) {
		for (JsonNode row : summary.get("byAgency")) {
			if (code.equals(row.get("agency").asText())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + code + " in " + summary.get("byAgency"));
	}

	private static long sum(JsonNode rows) {
		long total = 0;
		for (JsonNode row : rows) {
			total += row.get("received").asLong();
		}
		return total;
	}

	static BigDecimal decimal(JsonNode node) {
		return node.decimalValue();
	}

}
