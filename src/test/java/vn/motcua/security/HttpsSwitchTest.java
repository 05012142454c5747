package vn.motcua.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.motcua.support.TestHttp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production behind HTTPS ({@code motcua.security.https=true}) every answer asks for
 * HTTPS (HSTS) and the session cookie is never sent in clear. Without the switch neither
 * happens ({@link DashboardSessionTest}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "motcua.security.https=true", "camunda.bpm.job-execution.enabled=false" })
class HttpsSwitchTest {

	@LocalServerPort
	int port;

	@Test
	void givenTheHttpsSwitch_whenThePortalAndTheDashboardAreLoaded_thenHsts() {
		for (String path : new String[] { "/", "/dashboard/", "/api/public/procedures" }) {
			assertThat(new TestHttp(this.port).get(path).headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValue("max-age=31536000 ; includeSubDomains");
		}
	}

	@Test
	void givenTheHttpsSwitch_whenTheDashboardOpensASession_thenItsCookieIsSecure() {
		HttpResponse<String> session = new TestHttp(this.port).get("/api/session");

		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
	}

}
