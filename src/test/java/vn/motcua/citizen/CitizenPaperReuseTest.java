package vn.motcua.citizen;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import oidcprovider.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen logged in with VNeID uses again a paper handed in with an earlier dossier of
 * theirs: only with their consent, only their own paper, and every reuse is recorded for
 * the officer. The applicant's ID number comes from the login, whatever the body says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "server.address=127.0.0.1",
				"motcua.citizen.rate-limit.enabled=false" })
class CitizenPaperReuseTest {

	static final TestIdentityProvider provider = TestIdentityProvider.start();

	static final String AN = "001090012345";

	static final String BINH = "001190054321";

	/** Cấp Phiếu lý lịch tư pháp: paper 0 the form, paper 1 the ID card. */
	static final String CRIMINAL_RECORD = "3.000333.000.00.00.H27";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	CitizenSession an;

	long anIdCard;

	String anEarlier;

	long binhIdCard;

	@DynamicPropertySource
	static void vneid(DynamicPropertyRegistry registry) {
		provider.register(registry);
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	/** Each citizen handed in the ID card with an earlier dossier, without login. */
	@BeforeEach
	void earlierDossiers() throws Exception {
		this.anEarlier = submitWithoutLogin(AN, "Nguyễn Văn An", "CCCD An");
		this.anIdCard = idCardOf(this.anEarlier);
		this.binhIdCard = idCardOf(submitWithoutLogin(BINH, "Trần Thị Bình", "CCCD Binh"));
		this.an = new CitizenSession(this.port);
		this.an.logIn(AN);
		assertThat(this.an.get("/api/citizen/me").statusCode()).isEqualTo(200);
	}

	@Test
	void givenAnEarlierDossier_whenTheCitizenListsTheirPapers_thenTheirsMatchTheSlotAndNoOneElses() throws Exception {
		HttpResponse<String> listed = this.an.get("/api/citizen/papers?procedure=" + CRIMINAL_RECORD);

		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		JsonNode body = this.json.readTree(listed.body());
		assertThat(body.get("consentText").asText()).startsWith("Tôi đồng ý sử dụng lại giấy tờ đã nộp");
		JsonNode idCard = paper(body, this.anIdCard);
		assertThat(idCard).as("An's ID card is offered").isNotNull();
		assertThat(idCard.get("dossierCode").asText()).isEqualTo(this.anEarlier);
		// The same paper name as the procedure's paper 1, and only that one.
		assertThat(idCard.get("matches").toString()).isEqualTo("[1]");
		assertThat(paper(body, this.binhIdCard)).as("Bình's ID card is not An's to reuse").isNull();
	}

	@Test
	void givenNoConsent_whenAPaperIsReused_thenRefusedIn422AndNothingStored() throws Exception {
		int before = dossiersOf(AN);
		int reuses = reuses();

		HttpResponse<String> refused = submitAsAn(this.anIdCard, false);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
		assertThat(refused.body()).contains("/problems/reuse-consent-required")
			.contains("đồng ý sử dụng lại giấy tờ đã nộp");
		assertThat(dossiersOf(AN)).isEqualTo(before);
		assertThat(reuses()).isEqualTo(reuses);
	}

	@Test
	void givenSomeoneElsesPaper_whenReusedWithConsent_thenForbiddenAndNothingStored() throws Exception {
		int before = dossiersOf(AN);
		int reuses = reuses();

		HttpResponse<String> refused = submitAsAn(this.binhIdCard, true);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		assertThat(refused.body()).contains("/problems/paper-not-yours");
		assertThat(dossiersOf(AN)).isEqualTo(before);
		assertThat(reuses()).isEqualTo(reuses);
	}

	@Test
	void givenNoLogin_whenTheOpenSubmissionAsksForAReuse_thenUnauthorized() throws Exception {
		HttpResponse<String> refused = new CitizenSession(this.port).postDossier("/api/public/dossiers",
				dossierJson(AN, "Nguyễn Văn An", this.anIdCard, true), Map.of("paper-0", TestPdfs.page("To khai")));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
		assertThat(refused.body()).contains("/problems/citizen-login-required");
	}

	@Test
	void givenConsent_whenTheCitizenReusesTheirPaper_thenCopiedRecordedAndShownToTheOfficer() throws Exception {
		byte[] original = this.jdbc.queryForObject("select content from dossier_file where id = ?", byte[].class,
				this.anIdCard);

		// The body names Bình: the login decides whose dossier it is.
		HttpResponse<String> created = this.an.postDossier("/api/citizen/dossiers",
				dossierJson(BINH, "Trần Thị Bình", this.anIdCard, true), Map.of("paper-0", TestPdfs.page("To khai")));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = this.json.readTree(created.body()).get("code").asText();
		assertThat(
				this.jdbc.queryForMap("select applicant_id_number, applicant_name from dossier where code = ?", code))
			.containsEntry("applicant_id_number", AN)
			.containsEntry("applicant_name", "Nguyễn Văn An");
		Map<String, Object> reuse = this.jdbc.queryForMap("select * from paper_reuse where dossier_code = ?", code);
		assertThat(reuse).containsEntry("paper_index", 1)
			.containsEntry("source_dossier_code", this.anEarlier)
			.containsEntry("source_file_id", this.anIdCard)
			.containsEntry("citizen_id_number", AN);
		assertThat(reuse.get("consented_at")).isNotNull();
		assertThat((String) reuse.get("consent_text")).startsWith("Tôi đồng ý sử dụng lại giấy tờ đã nộp");
		Map<String, Object> copy = this.jdbc.queryForMap("select * from dossier_file where id = ?",
				reuse.get("file_id"));
		assertThat(copy).containsEntry("dossier_code", code)
			.containsEntry("name", "Thẻ căn cước hoặc hộ chiếu của người được cấp Phiếu");
		assertThat((byte[]) copy.get("content")).isEqualTo(original);

		// The officer sees in the dossier's papers which one was reused, from where.
		String officer = "Basic " + Base64.getEncoder().encodeToString("trung-tam.tiep-nhan:demo".getBytes());
		HttpResponse<String> record = new CitizenSession(this.port).get("/api/dossiers/" + code, officer);
		assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
		JsonNode documents = this.json.readTree(record.body()).get("documents");
		assertThat(documents).hasSize(2);
		JsonNode reused = documents.get(1);
		assertThat(reused.get("reusedFrom").get("dossierCode").asText()).isEqualTo(this.anEarlier);
		assertThat(reused.get("reusedFrom").get("citizenIdNumber").asText()).isEqualTo(AN);
		assertThat(reused.get("reusedFrom").get("consentedAt").isNull()).isFalse();
		assertThat(documents.get(0).get("reusedFrom").isNull()).as("the file sent now is no reuse").isTrue();
		assertThat(new CitizenSession(this.port).get("/api/dossiers/" + code + "/page", officer).body())
			.contains("Dùng lại giấy tờ của hồ sơ " + this.anEarlier + ", công dân đồng ý lúc");
	}

	private HttpResponse<String> submitAsAn(long fileId, boolean consent) throws Exception {
		return this.an.postDossier("/api/citizen/dossiers", dossierJson(AN, "Nguyễn Văn An", fileId, consent),
				Map.of("paper-0", TestPdfs.page("To khai")));
	}

	private static String dossierJson(String idNumber, String name, long fileId, boolean consent) {
		return """
				{"procedureCode": "%s", "returnMethod": "dien-tu",
				 "applicant": {"name": "%s", "idNumber": "%s"},
				 "reuse": [{"paper": 1, "fileId": %d, "consent": %s}]}""".formatted(CRIMINAL_RECORD, name, idNumber,
				fileId, consent);
	}

	private String submitWithoutLogin(String idNumber, String name, String idCard) throws Exception {
		HttpResponse<String> created = new CitizenSession(this.port).postDossier("/api/public/dossiers",
				"""
						{"procedureCode": "%s", "applicant": {"name": "%s", "idNumber": "%s"}}"""
					.formatted(CRIMINAL_RECORD, name, idNumber),
				Map.of("paper-0", TestPdfs.page("To khai " + name.length()), "paper-1", TestPdfs.page(idCard)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.json.readTree(created.body()).get("code").asText();
	}

	private long idCardOf(String code) {
		return this.jdbc.queryForObject(
				"select id from dossier_file where dossier_code = ? and name like 'Thẻ căn cước%'", Long.class, code);
	}

	private int dossiersOf(String idNumber) {
		return this.jdbc.queryForObject("select count(*) from dossier where applicant_id_number = ?", Integer.class,
				idNumber);
	}

	private int reuses() {
		return this.jdbc.queryForObject("select count(*) from paper_reuse", Integer.class);
	}

	private static JsonNode paper(JsonNode body, long id) {
		for (JsonNode paper : body.get("papers")) {
			if (paper.get("id").asLong() == id) {
				return paper;
			}
		}
		return null;
	}

}
