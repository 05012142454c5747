package vn.motcua.citizen;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phản ánh, kiến nghị becomes a process: the agency concerned answers it and the answer
 * is published to the sender; unanswered after 15 working days, the center's managers are
 * asked to urge the agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class FeedbackProcessTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenAFeedbackOnAnAgency_whenItsLeaderAnswers_thenTheAnswerIsPublishedWithoutTheSender() {
		String code = send("so-tu-phap");
		Task task = task(code, "answer-feedback");
		assertThat(this.tasks.getIdentityLinksForTask(task.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("so-tu-phap:lanh-dao"));
		HttpResponse<String> forOfficer = new TestHttp(this.port).as("so-tu-phap.lanh-dao", "demo")
			.get("/api/feedback/" + code);
		assertThat(forOfficer.body()).contains("Lê Thị Mai").contains("Thái độ tiếp dân chưa tốt");
		assertThat(new TestHttp(this.port).as("so-y-te.lanh-dao", "demo").get("/api/feedback/" + code).statusCode())
			.isEqualTo(404);

		this.identity.setAuthentication("so-tu-phap.lanh-dao", List.of("so-tu-phap:lanh-dao"));
		try {
			this.tasks.complete(task.getId(), Map.of("feedbackDecision", "answer", "feedbackAnswer",
					"Sở đã chấn chỉnh cán bộ và xin lỗi ông/bà."));
		}
		finally {
			this.identity.clearAuthentication();
		}
		AsyncSteps.run(this.management);

		HttpResponse<String> published = new TestHttp(this.port).get("/api/public/feedback/" + code);
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).contains("\"status\":\"DA_TRA_LOI\"")
			.contains("Sở đã chấn chỉnh cán bộ")
			.doesNotContain("Lê Thị Mai")
			.doesNotContain("0912");
		assertThat(this.jdbc.queryForList("select channel, recipient, body from notification where feedback_code = ?",
				code))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("CHANNEL")).isEqualTo("SMS");
				assertThat(row.get("RECIPIENT")).isEqualTo("0912345679");
				assertThat((String) row.get("BODY")).contains(code).contains("đã được trả lời");
			});
	}

	@Test
	void givenAnUnansweredFeedback_whenFifteenWorkingDaysPass_thenManagersAreAskedToUrgeTheAgency() {
		// Monday 2 March 2026, 09:00; no holiday in March, so 15 working days end Monday
		// 23 March.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
		String code = send("so-y-te");
		Job timer = answerTimer(code);
		assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-23T10:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T10:05:00Z")));
		this.management.executeJob(timer.getId());

		Task urge = task(code, "urge-answer");
		assertThat(this.tasks.getIdentityLinksForTask(urge.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("quan-ly"));
		task(code, "answer-feedback");
	}

	@Test
	void givenAnOverdueFeedback_whenTheCenterUrgesTheAgency_thenTheUrgeIsKeptForTheAgencysOfficers() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
		String code = send("so-y-te");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T10:05:00Z")));
		this.management.executeJob(answerTimer(code).getId());

		this.identity.setAuthentication("trung-tam.quan-ly", List.of("quan-ly"));
		try {
			this.tasks.complete(task(code, "urge-answer").getId(),
					Map.of("urgeNote", "Đề nghị Sở Y tế trả lời trước ngày 25/3"));
		}
		finally {
			this.identity.clearAuthentication();
		}

		HttpResponse<String> forOfficer = new TestHttp(this.port).as("so-y-te.lanh-dao", "demo")
			.get("/api/feedback/" + code);
		assertThat(forOfficer.body()).contains("\"urgeNote\":\"Đề nghị Sở Y tế trả lời trước ngày 25/3\"")
			.contains("\"urgedAt\":\"2026-03-23T17:05:00+07:00\"");
	}

	/**
	 * Needs {@code camunda:dueDate="${workingDays.after(receivedAt, answerDays)}"} on the
	 * user task {@code answer-feedback} of {@code phan-anh-kien-nghi.bpmn}, the date its
	 * overdue timer already reads; the models are the process designer's to change.
	 */
	@Test
	void givenAFeedback_whenItsAnswerTaskOpens_thenItIsDueWhenItsOverdueTimerFires() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
		String code = send("so-y-te");

		Task task = task(code, "answer-feedback");

		assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-23T10:00:00Z")));
	}

	@Test
	void givenAFeedbackNamingNoAgency_whenOfficersReadIt_thenTheCenterAndManagersSeeItInCamelCase() {
		String code = send(null);

		HttpResponse<String> reception = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.get("/api/feedback/" + code);
		HttpResponse<String> manager = new TestHttp(this.port).as("quan-ly", "demo").get("/api/feedback/" + code);
		HttpResponse<String> agency = new TestHttp(this.port).as("so-tu-phap.lanh-dao", "demo")
			.get("/api/feedback/" + code);

		assertThat(reception.statusCode()).as(reception.body()).isEqualTo(200);
		assertThat(reception.body()).contains("\"senderName\":\"Lê Thị Mai\"")
			.contains("\"handler\":\"trung-tam\"")
			.contains("\"createdAt\":\"")
			.doesNotContain("SENDER_NAME")
			.doesNotContain("sender_name");
		assertThat(manager.statusCode()).isEqualTo(200);
		assertThat(manager.body()).contains("\"senderName\"").doesNotContain("SENDER_NAME");
		assertThat(agency.statusCode()).isEqualTo(404);
		assertThat(agency.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void givenAFeedbackNamingNoAgency_whenTheCentersLeaderHoldingTheTaskReadsIt_thenTheSameKeysAsOnPostgres() {
		String code = send(null);
		Task task = task(code, "answer-feedback");
		assertThat(this.tasks.getIdentityLinksForTask(task.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("trung-tam:lanh-dao"));

		HttpResponse<String> holder = new TestHttp(this.port).as("trung-tam.lanh-dao", "demo")
			.get("/api/feedback/" + code);
		HttpResponse<String> otherAgency = new TestHttp(this.port).as("so-y-te.chuyen-vien", "demo")
			.get("/api/feedback/" + code);

		assertThat(holder.statusCode()).as(holder.body()).isEqualTo(200);
		FeedbackJson.assertShape(holder.body(), code);
		assertThat(otherAgency.statusCode()).isEqualTo(404);
	}

	@Test
	void givenAFeedback_whenItsAnswerTaskOpens_thenTheFormShowsTheCitizensTextAndTheAgencyName() {
		String code = send("so-tu-phap", "Quầy số 3 thu thêm *50.000 đồng* [không có biên lai](http://x.vn).");
		Task task = task(code, "answer-feedback");

		Map<String, Object> variables = this.tasks.getVariables(task.getId());

		assertThat(variables.get("agencyName")).isEqualTo("Sở Tư pháp tỉnh Bắc Ninh");
		assertThat((String) variables.get("feedbackContent")).contains("Quầy số 3 thu thêm")
			.contains("\\*50\\.000 đồng\\*")
			.contains("\\[không có biên lai\\]\\(http://x\\.vn\\)")
			.doesNotContain("Lê Thị Mai")
			.doesNotContain("0912345679");
		assertThat(form("answer-feedback")).contains("{{feedbackContent}}")
			.contains("{{agencyName}}")
			.doesNotContain("{{agency}}");
		assertThat(form("urge-answer")).contains("{{agencyName}}");
	}

	@Test
	void givenAnUnknownCode_whenTheAnswerIsAsked_then404InVietnamese() {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/feedback/PAKN-KHONG-CO");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy phản ánh, kiến nghị");
	}

	private String send(String agency) {
		return send(agency, "Thái độ tiếp dân chưa tốt tại quầy số 3.");
	}

	private String send(String agency, String content) {
		return FeedbackJson.send(this.port, agency, content);
	}

	private static String form(String name) {
		try (var in = FeedbackProcessTest.class.getResourceAsStream("/processes/forms/" + name + ".form")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The overdue timer of the feedback's answer. */
	private Job answerTimer(String code) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.singleResult()
			.getId();
		return this.management.createJobQuery().processInstanceId(instance).timers().singleResult();
	}

	private Task task(String code, String key) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
	}

}
