package vn.motcua.security;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard logs in once to a session (CSRF-protected) and reads the reports with its
 * cookie, no password kept; REST clients keep HTTP Basic without a session. The pages
 * carry a script policy and say UTF-8.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
class DashboardSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void givenAManager_whenLoggingInToTheDashboard_thenTheReportsAnswerToTheSessionUntilLogout() throws Exception {
		TestHttp browser = new TestHttp(this.port);
		JsonNode anonymous = this.json.readTree(browser.get("/api/session").body());
		assertThat(anonymous.get("user").isNull()).isTrue();

		assertThat(browser.postForm("/api/session", TestHttp.credentials("quan-ly", "demo")).statusCode())
			.as("no CSRF token")
			.isEqualTo(403);
		browser.header(anonymous.get("csrfHeader").asText(), anonymous.get("csrfToken").asText());
		HttpResponse<String> wrong = browser.postForm("/api/session", TestHttp.credentials("quan-ly", "sai"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		HttpResponse<String> login = browser.postForm("/api/session", TestHttp.credentials("quan-ly", "demo"));
		assertThat(login.statusCode()).isEqualTo(200);
		JsonNode session = this.json.readTree(login.body());
		assertThat(session.get("user").asText()).isEqualTo("quan-ly");

		assertThat(browser.get("/api/reports/due-soon").statusCode()).isEqualTo(200);
		assertThat(browser.postForm("/api/session/logout", "").statusCode()).as("the token before the login")
			.isEqualTo(403);
		browser.header(session.get("csrfHeader").asText(), session.get("csrfToken").asText());
		assertThat(browser.postForm("/api/session/logout", "").statusCode()).isEqualTo(204);
		assertThat(browser.get("/api/reports/due-soon").statusCode()).isEqualTo(401);
	}

	@Test
	void givenARestClient_whenCallingWithBasic_thenItIsServedWithoutASession() {
		HttpResponse<String> response = new TestHttp(this.port).as("quan-ly", "demo").get("/api/reports/due-soon");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void givenThePortalAndTheDashboard_whenLoaded_thenUtf8WithAScriptPolicyAndNoSniffing() {
		for (String path : new String[] { "/", "/dashboard/", "/dashboard/dashboard.js", "/portal/portal.js" }) {
			HttpResponse<String> page = new TestHttp(this.port).get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type.replace(" ", "")).endsWith(";charset=UTF-8"));
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityConfiguration.PAGE_POLICY);
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
		}
		assertThat(new TestHttp(this.port).get("/").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(new TestHttp(this.port).get("/").body()).contains("Trung tâm Phục vụ hành chính công")
			.doesNotContain("<script>")
			.doesNotContain("style=");
		assertThat(new TestHttp(this.port).get("/dashboard/").body()).doesNotContain("<script>")
			.doesNotContain("style=")
			.doesNotContainPattern(" on[a-z]+=");
	}

	@Test
	void givenTheCamundaWebapps_whenLoaded_thenTheyKeepTheirOwnPolicy() {
		HttpResponse<String> tasklist = new TestHttp(this.port).get("/camunda/app/tasklist/default/");

		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.headers().allValues("Content-Security-Policy"))
			.doesNotContain(SecurityConfiguration.PAGE_POLICY);
	}

	@Test
	void givenTheFirstUserSetup_whenAnyonePosts_then403ProblemAndNoUser() {
		HttpResponse<String> response = new TestHttp(this.port).postJson("/camunda/api/admin/setup/default/user/create",
				"{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@example.com\"},"
						+ "\"credentials\":{\"password\":\"Mallory-2025\"}}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("/problems/forbidden");
	}

}
