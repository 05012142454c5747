package vn.motcua.vneid;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.demo.DemoCitizens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer gets from {@code ./mvnw spring-boot:run}: the demo profile on H2, the
 * portal's "Đăng nhập bằng VNeID" leading to the sandbox VNeID inside the application, a
 * demo citizen logging in there and landing on "Hồ sơ của tôi" with the sample dossier
 * the demo made for them. Driven as a browser would, with cookies and every redirect
 * followed. The application listens on a port chosen here, since the demo's provider
 * settings name {@code server.port}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.test.context=vneid-sandbox" })
@ActiveProfiles("demo")
class SandboxVneidOnH2Test {

	static final int PORT = freePort();

	static final String AN = DemoCitizens.WITH_DOSSIERS.get(0).idNumber();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("motcua.public-url", () -> "http://localhost:" + PORT);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void givenTheDemo_whenADemoCitizenLogsInWithTheSandboxVneid_thenTheyReachTheirOwnDossiersAndNothingElse()
			throws Exception {
		String hers = this.jdbc.queryForObject("select code from dossier where applicant_id_number = ?", String.class,
				AN);
		String someoneElses = this.jdbc.queryForObject("select code from dossier where applicant_id_number = ?",
				String.class, DemoCitizens.WITH_DOSSIERS.get(1).idNumber());
		Client citizen = new Client();
		assertThat(citizen.get("/api/public/citizen-login").body()).contains("\"available\":true")
			.contains("/oauth2/authorization/vneid");

		HttpResponse<String> page = citizen.follow(citizen.get("/oauth2/authorization/vneid"));
		assertThat(page.uri().getPath()).as("the sandbox's login page").isEqualTo("/sandbox/vneid/dang-nhap");
		assertThat(page.body()).contains("VNeID thử nghiệm").contains("Nguyễn Văn An").contains(AN);
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors 'none'");

		// An officer's account is nobody here.
		HttpResponse<String> officer = citizen.logIn(page, "trung-tam.tiep-nhan", "demo");
		assertThat(officer.uri().getPath()).isEqualTo("/sandbox/vneid/dang-nhap");
		assertThat(officer.body()).contains("Số định danh hoặc mật khẩu không đúng.");

		HttpResponse<String> landed = citizen.logIn(officer, AN, "demo");
		assertThat(landed.uri().getPath()).isEqualTo("/portal/ho-so-cua-toi.html");
		HttpResponse<String> me = citizen.get("/api/citizen/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"idNumber\":\"" + AN + "\"").contains("Nguyễn Văn An");
		HttpResponse<String> list = citizen.get("/api/citizen/dossiers");
		assertThat(list.body()).contains(hers).doesNotContain(someoneElses);

		// Logged in at the sandbox and in the application as a citizen: still no officer.
		assertThat(citizen.get("/api/dossiers/" + hers).statusCode()).isEqualTo(401);
		assertThat(citizen.get("/api/national-sync/changes").statusCode()).isEqualTo(401);
		assertThat(citizen.get("/engine-rest/task").statusCode()).isEqualTo(401);
	}

	@Test
	void givenTheSandbox_whenItsDiscoveryIsRead_thenItIsAnIssuerUnderItsOwnPath() throws Exception {
		HttpResponse<String> discovery = new Client().get("/sandbox/vneid/.well-known/openid-configuration");

		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(discovery.body()).contains("\"issuer\":\"http://localhost:" + PORT + "/sandbox/vneid\"")
			.contains("\"authorization_endpoint\":\"http://localhost:" + PORT + "/sandbox/vneid/oauth2/authorize\"");
	}

	@Test
	void givenACitizenLoggedInOnlyAtTheSandbox_whenTheyCallTheCitizenApi_thenItIsClosed() throws Exception {
		Client citizen = new Client();
		HttpResponse<String> page = citizen.follow(citizen.get("/sandbox/vneid/dang-nhap"));

		citizen.logIn(page, AN, "demo");

		// The provider's login is not the application's: /api/citizen/** waits for the
		// OpenID login.
		assertThat(citizen.get("/api/citizen/me").statusCode()).isEqualTo(401);
		assertThat(citizen.get("/api/dossiers").statusCode()).isEqualTo(401);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A browser without a screen: cookies kept, redirects followed by hand. */
	static final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).build());
		}

		/** Submits the login form of {@code page}, then follows every redirect. */
		HttpResponse<String> logIn(HttpResponse<String> page, String username, String password) throws Exception {
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
			assertThat(token.find()).as("the login form's CSRF token").isTrue();
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
			return follow(send(HttpRequest.newBuilder(page.uri().resolve("/sandbox/vneid/dang-nhap"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build()));
		}

		HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
			HttpResponse<String> current = response;
			for (int hops = 0; current.statusCode() / 100 == 3 && hops < 10; hops++) {
				URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
				current = send(HttpRequest.newBuilder(next).header("Accept", "text/html").build());
			}
			return current;
		}

		private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

}
