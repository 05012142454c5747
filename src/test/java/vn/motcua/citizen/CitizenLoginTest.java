package vn.motcua.citizen;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import oidcprovider.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen logs in through a real OpenID Connect provider (Spring Authorization Server
 * standing in for VNeID, {@link TestIdentityProvider}) and sees their own dossiers, and
 * only those, without typing an ID number; the login never counts as an officer's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "server.address=127.0.0.1" })
class CitizenLoginTest {

	static final TestIdentityProvider provider = TestIdentityProvider.start();

	static final String CITIZEN = "001090012345";

	static final String OTHER = "001190054321";

	@LocalServerPort
	int port;

	@Autowired
	DossierIntake intake;

	@Autowired
	Catalogue catalogue;

	@DynamicPropertySource
	static void vneid(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.vneid.";
		registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add(registration + "client-name", () -> "VNeID");
		registry.add("spring.security.oauth2.client.provider.vneid.issuer-uri", provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void givenACitizenLoggedInWithVneid_whenTheyOpenTheirDossiers_thenTheySeeTheirsAndOnlyTheirs() throws Exception {
		String mine = register(CITIZEN);
		String theirs = register(OTHER);
		Browser citizen = new Browser();

		HttpResponse<String> landed = citizen.logIn(CITIZEN);

		assertThat(landed.uri().getPath()).isEqualTo("/portal/ho-so-cua-toi.html");
		HttpResponse<String> me = citizen.get("/api/citizen/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"idNumber\":\"" + CITIZEN + "\"").contains("Nguyễn Văn An");
		HttpResponse<String> list = citizen.get("/api/citizen/dossiers");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(mine).doesNotContain(theirs);
		assertThat(citizen.get("/api/citizen/dossiers/" + mine).body()).contains("\"code\":\"" + mine + "\"");
		assertThat(citizen.get("/api/citizen/dossiers/" + theirs).statusCode()).isEqualTo(404);

		// The citizen's session is no officer's login, nor the other way round.
		assertThat(citizen.get("/api/dossiers/" + mine).statusCode()).isEqualTo(401);
		HttpResponse<String> officer = new Browser().get("/api/citizen/me",
				"Basic " + Base64.getEncoder().encodeToString("trung-tam.tiep-nhan:demo".getBytes()));
		assertThat(officer.statusCode()).isEqualTo(401);

		// Logged out, the list is closed again.
		assertThat(citizen.post("/api/citizen/logout").statusCode()).isEqualTo(204);
		assertThat(citizen.get("/api/citizen/dossiers").statusCode()).isEqualTo(401);
	}

	@Test
	void givenNoLogin_whenTheListIsAsked_thenUnauthorizedAsAProblem() throws Exception {
		HttpResponse<String> anonymous = new Browser().get("/api/citizen/dossiers");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
		assertThat(new Browser().get("/api/public/citizen-login").body()).contains("\"available\":true")
			.contains("/oauth2/authorization/vneid");
	}

	@Test
	void givenNoDemoProfile_whenTheSandboxVneidIsAsked_thenNothingAnswersThere() throws Exception {
		// The sandbox provider is the demo's only (motcua.vneid-sandbox.enabled).
		assertThat(new Browser().get("/sandbox/vneid/.well-known/openid-configuration").statusCode()).isEqualTo(404);
		assertThat(new Browser().get("/sandbox/vneid/dang-nhap").statusCode()).isEqualTo(404);
	}

	private String register(String idNumber) {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua"))
			.findFirst()
			.orElseThrow();
		Dossier dossier = this.intake.register(procedure,
				this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant(idNumber.equals(CITIZEN) ? "Nguyễn Văn An" : "Trần Thị Bình", idNumber,
						"0912000333", null, null),
				null, null, "trung-tam.tiep-nhan");
		return dossier.code();
	}

	/** A browser without a screen: cookies kept, redirects followed by hand. */
	final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> logIn(String idNumber) throws Exception {
			HttpResponse<String> page = follow(send(get(app("/oauth2/authorization/vneid"))));
			assertThat(page.uri().getPath()).as("the provider's login page").isEqualTo("/login");
			String form = "username=" + idNumber + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
					+ URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8);
			return follow(send(HttpRequest.newBuilder(page.uri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build()));
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(get(app(path)));
		}

		HttpResponse<String> get(String path, String authorization) throws Exception {
			return send(HttpRequest.newBuilder(app(path)).header("Authorization", authorization).build());
		}

		HttpResponse<String> post(String path) throws Exception {
			String token = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN-CONG-DAN"))
				.findFirst()
				.orElseThrow()
				.getValue();
			return send(HttpRequest.newBuilder(app(path))
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		}

		private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
			HttpResponse<String> current = response;
			for (int hops = 0; current.statusCode() / 100 == 3 && hops < 10; hops++) {
				URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
				current = send(get(next));
			}
			return current;
		}

		private HttpRequest get(URI uri) {
			return HttpRequest.newBuilder(uri).GET().build();
		}

		private URI app(String path) {
			return URI.create("http://127.0.0.1:" + CitizenLoginTest.this.port + path);
		}

		private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}

		private String csrf(String html) {
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
			assertThat(token.find()).as("the login form's CSRF token").isTrue();
			return token.group(1);
		}

	}

}
