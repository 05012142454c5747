package vn.motcua.citizen;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import oidcprovider.TestIdentityProvider;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

	@Autowired
	TaskService tasks;

	@DynamicPropertySource
	static void vneid(DynamicPropertyRegistry registry) {
		provider.register(registry);
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void givenACitizenLoggedInWithVneid_whenTheyOpenTheirDossiers_thenTheySeeTheirsAndOnlyTheirs() throws Exception {
		String mine = register(CITIZEN);
		String theirs = register(OTHER);
		CitizenSession citizen = new CitizenSession(this.port);

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

		// The receipt (Mẫu 01) once accepted, without typing the ID number; never
		// another's.
		assertThat(citizen.get("/api/citizen/dossiers/" + mine + "/receipt.pdf").statusCode()).isEqualTo(409);
		accept(mine);
		accept(theirs);
		HttpResponse<String> receipt = citizen.get("/api/citizen/dossiers/" + mine + "/receipt.pdf");
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(receipt.body()).startsWith("%PDF-");
		assertThat(citizen.get("/api/citizen/dossiers/" + theirs + "/receipt.pdf").statusCode()).isEqualTo(404);

		// The citizen's session is no officer's login, nor the other way round.
		assertThat(citizen.get("/api/dossiers/" + mine).statusCode()).isEqualTo(401);
		HttpResponse<String> officer = new CitizenSession(this.port).get("/api/citizen/me",
				"Basic " + Base64.getEncoder().encodeToString("trung-tam.tiep-nhan:demo".getBytes()));
		assertThat(officer.statusCode()).isEqualTo(401);

		// Logged out, the list is closed again.
		assertThat(citizen.post("/api/citizen/logout").statusCode()).isEqualTo(204);
		assertThat(citizen.get("/api/citizen/dossiers").statusCode()).isEqualTo(401);
	}

	@Test
	void givenNoLogin_whenTheListIsAsked_thenUnauthorizedAsAProblem() throws Exception {
		HttpResponse<String> anonymous = new CitizenSession(this.port).get("/api/citizen/dossiers");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
		// No Basic challenge: a browser would ask for a password instead of the page
		// offering VNeID (and a page's fetch would wait for it).
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(new CitizenSession(this.port).get("/api/public/citizen-login").body()).contains("\"available\":true")
			.contains("/oauth2/authorization/vneid");
	}

	@Test
	void givenNoDemoProfile_whenTheSandboxVneidIsAsked_thenNothingAnswersThere() throws Exception {
		// The sandbox provider is the demo's only (motcua.vneid-sandbox.enabled).
		assertThat(new CitizenSession(this.port).get("/sandbox/vneid/.well-known/openid-configuration").statusCode())
			.isEqualTo(404);
		assertThat(new CitizenSession(this.port).get("/sandbox/vneid/dang-nhap").statusCode()).isEqualTo(404);
	}

	private void accept(String code) {
		Task reception = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey("receive-dossier")
			.singleResult();
		this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
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

}
