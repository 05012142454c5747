package vn.motcua.flow;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One dossier from the counter to its result over HTTP on PostgreSQL, each task completed
 * through the Camunda REST API by an officer of the right group; an officer of another
 * agency sees nothing of it.
 */
@PostgresTest
class CounterToResultIT {

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void givenACounterSubmission_whenEachOfficerDoesTheirTask_thenTheResultIsReturnedAndOthersSeeNothing() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		String specialist = procedure.agency() + ".chuyen-vien";
		String leader = procedure.agency() + ".lanh-dao";
		String outsider = this.catalogue.agencies()
			.stream()
			.filter((a) -> a.kind().equals("so") && !a.code().equals(procedure.agency()))
			.findFirst()
			.orElseThrow()
			.code() + ".chuyen-vien";

		HttpResponse<String> created = http("trung-tam.tiep-nhan").postJson("/api/dossiers", """
				{"procedureCode": "%s",
				 "applicant": {"name": "Trần Thị Bình", "idNumber": "001190054321", "phone": "0987654321"},
				 "documents": [{"name": "Tờ khai", "form": "bản chính", "copies": 1}]}
				""".formatted(procedure.code()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = first(CODE, created.body());
		assertThat(code).matches(".+-\\d{6}-\\d{4,}");

		complete("trung-tam.tiep-nhan", code, "{\"receptionDecision\": {\"value\": \"accept\"}}");
		String appraisal = taskOf(specialist, code);

		assertThat(http(outsider).get("/api/dossiers/" + code).statusCode()).isEqualTo(404);
		assertThat(http(outsider).get("/engine-rest/task?processInstanceBusinessKey=" + code).body()).isEqualTo("[]");
		assertThat(http(outsider).get("/engine-rest/task/" + appraisal).statusCode()).isIn(403, 404);
		assertThat(http(outsider)
			.postJson("/engine-rest/task/" + appraisal + "/complete",
					"{\"variables\": {\"appraisalResult\": {\"value\": \"approve\"}}}")
			.statusCode()).isIn(403, 404);
		assertThat(http(outsider).get("/api/dossiers").body()).doesNotContain(code);

		complete(specialist, code,
				"""
						{"variables": {"appraisalResult": {"value": "approve"}, "appraisalNote": {"value": "Đủ điều kiện"}}}""");
		complete(leader, code, "{\"variables\": {\"leaderDecision\": {\"value\": \"agree\"}}}");
		if (procedure.fee().amount() > 0) {
			complete("trung-tam.tiep-nhan", code, """
					{"variables": {"receiptNumber": {"value": "BL-77"}, "feeCollected": {"value": true}}}""");
		}
		complete("trung-tam.tiep-nhan", code, """
				{"variables": {"returnMethod": {"value": "tai-quay"}, "resultHandedOver": {"value": true}}}""");

		HttpResponse<String> record = await().atMost(Duration.ofSeconds(30))
			.until(() -> http("trung-tam.tiep-nhan").get("/api/dossiers/" + code),
					(answer) -> answer.body().contains("\"status\":\"DA_TRA_KET_QUA\""));
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.body()).contains("\"status\":\"DA_TRA_KET_QUA\"")
			.contains("\"type\":\"RETURNED\"")
			.contains("\"actor\":\"" + specialist + "\"");
		assertThat(http(specialist).get("/api/dossiers/" + code).statusCode()).isEqualTo(200);
	}

	private void complete(String user, String code, String variables) {
		String task = taskOf(user, code);
		String body = variables.startsWith("{\"variables\"") ? variables : "{\"variables\": " + variables + "}";
		HttpResponse<String> done = http(user).postJson("/engine-rest/task/" + task + "/complete", body);
		assertThat(done.statusCode()).as(user + " completes " + task + ": " + done.body()).isEqualTo(204);
	}

	/**
	 * The user's task of the dossier, once the job executor has run the steps after the
	 * previous click (async continuations), as Tasklist shows it on its next refresh.
	 */
	private String taskOf(String user, String code) {
		HttpResponse<String> list = await().atMost(Duration.ofSeconds(30))
			.until(() -> http(user).get("/engine-rest/task?processVariables=dossierCode_eq_" + code),
					(answer) -> answer.statusCode() == 200 && answer.body().contains("\"id\""));
		return first(TASK_ID, list.body());
	}

	private TestHttp http(String user) {
		return new TestHttp(this.port).as(user, "demo");
	}

	private static String first(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

}
