package vn.motcua.security;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are limited per client address, over every way to log in, and never lock
 * an account. The app runs as behind the load balancer in production
 * ({@code server.forward-headers-strategy=native}): Tomcat takes the client address from
 * {@code X-Forwarded-For} of a local proxy, so a test can speak from several addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "camunda.bpm.job-execution.enabled=false" })
class LoginThrottleTest {

	private static final String OFFICER = "trung-tam.tiep-nhan";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Test
	void givenTwelveWrongPasswordsFromOneAddress_whenItTriesAgain_then429WhileTheOfficerStillLogsInElsewhere() {
		TestHttp attacker = new TestHttp(this.port).from("203.0.113.7").as(OFFICER, "doan-sai");
		int[] statuses = new int[12];
		for (int i = 0; i < statuses.length; i++) {
			statuses[i] = attacker.get("/api/dossiers").statusCode();
		}

		assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429, 429);
		HttpResponse<String> refused = attacker.as(OFFICER, "demo").get("/api/dossiers");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("/problems/too-many-logins").contains("đăng nhập sai quá nhiều lần");
		assertThat(new TestHttp(this.port).from("203.0.113.7").webappLogin("tasklist", OFFICER, "demo").statusCode())
			.isEqualTo(429);

		assertThat(
				new TestHttp(this.port).from("198.51.100.9").as(OFFICER, "demo").get("/engine-rest/task").statusCode())
			.isEqualTo(200);
		assertThat(new TestHttp(this.port).from("198.51.100.9").webappLogin("tasklist", OFFICER, "demo").statusCode())
			.isEqualTo(200);
		assertThat(this.identity.checkPassword(OFFICER, "demo")).as("the account is not locked").isTrue();
	}

	@Test
	void givenTenFailedTasklistLogins_whenTheSameAddressUsesBasic_then429() {
		for (int i = 0; i < 10; i++) {
			assertThat(new TestHttp(this.port).from("192.0.2.44")
				.webappLogin("tasklist", "admin", "doan-sai")
				.statusCode()).isEqualTo(401);
		}

		assertThat(new TestHttp(this.port).from("192.0.2.44").webappLogin("tasklist", "admin", "doan-sai").statusCode())
			.isEqualTo(429);
		assertThat(new TestHttp(this.port).from("192.0.2.44")
			.as("admin", "admin-test-password")
			.get("/engine-rest/task")
			.statusCode()).isEqualTo(429);
		assertThat(this.identity.checkPassword("admin", "admin-test-password")).as("the account is not locked")
			.isTrue();
	}

	@Test
	void givenAnOfficerWithTheRightPassword_whenLoggingInFromAnAddressWithoutFailures_thenNothingIsCounted() {
		TestHttp officer = new TestHttp(this.port).from("198.51.100.23").as(OFFICER, "demo");
		for (int i = 0; i < 12; i++) {
			assertThat(officer.get("/engine-rest/task").statusCode()).isEqualTo(200);
		}
	}

}
