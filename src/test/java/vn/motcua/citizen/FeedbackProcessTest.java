package vn.motcua.citizen;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.TestHttp;
import vn.motcua.support.AsyncSteps;

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

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

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
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.singleResult()
			.getId();
		Job timer = this.management.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-23T10:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T10:05:00Z")));
		this.management.executeJob(timer.getId());

		Task urge = task(code, "urge-answer");
		assertThat(this.tasks.getIdentityLinksForTask(urge.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("quan-ly"));
		task(code, "answer-feedback");
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
	void givenAnUnknownCode_whenTheAnswerIsAsked_then404InVietnamese() {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/public/feedback/PAKN-KHONG-CO");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy phản ánh, kiến nghị");
	}

	private String send(String agency) {
		HttpResponse<String> sent = new TestHttp(this.port).postJson("/api/public/feedback", """
				{"name": "Lê Thị Mai", "contact": "0912345679", "agency": %s,
				 "content": "Thái độ tiếp dân chưa tốt tại quầy số 3."}"""
			.formatted((agency != null) ? "\"" + agency + "\"" : "null"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		Matcher matcher = CODE.matcher(sent.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private Task task(String code, String key) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
	}

}
