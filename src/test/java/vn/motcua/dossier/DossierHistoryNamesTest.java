package vn.motcua.dossier;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier's history names who acted: the login id stays, the full name of the Camunda
 * user comes beside it, for any officer who may see the dossier (though Camunda lets him
 * read no other user).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class DossierHistoryNamesTest {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void givenACounterSubmission_whenTheManagerReadsTheRecord_thenTheHistoryNamesTheOfficer() throws Exception {
		String procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow()
			.code();
		String code = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.submitDossier(procedure, "Trần Thị Bình", "001190000077");

		HttpResponse<String> record = new TestHttp(this.port).as("quan-ly", "demo").get("/api/dossiers/" + code);

		assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
		JsonNode submitted = this.json.readTree(record.body()).get("history").get(0);
		assertThat(submitted.get("type").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("actor").asText()).isEqualTo("trung-tam.tiep-nhan");
		assertThat(submitted.get("actorName").asText()).isEqualTo("Nguyễn Thị Lan");
	}

}
