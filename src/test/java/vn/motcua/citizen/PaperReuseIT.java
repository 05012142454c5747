package vn.motcua.citizen;

import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The papers a citizen may reuse, read from PostgreSQL: their files, and no one else's
 * (the login and the submission are covered on H2 by {@link CitizenPaperReuseTest}).
 */
@PostgresTest
class PaperReuseIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ReusablePapers papers;

	@Autowired
	ObjectMapper json;

	@Test
	void givenTwoCitizensDossiers_whenOnesPapersAreListed_thenTheirFilesAndOnlyTheirsWithTheirBytes() throws Exception {
		String mine = idNumber();
		String theirs = idNumber();
		byte[] idCard = TestPdfs.page("Can cuoc " + mine);
		String code = submit(mine, idCard);
		String other = submit(theirs, TestPdfs.page("Can cuoc " + theirs));

		var listed = this.papers.of(mine);

		assertThat(listed).extracting(ReusablePapers.ReusablePaper::dossierCode).containsOnly(code).hasSize(2);
		var card = listed.stream().filter((paper) -> paper.name().startsWith("Thẻ căn cước")).findFirst().orElseThrow();
		assertThat(this.papers.file(card.id()).orElseThrow().content()).isEqualTo(idCard);
		assertThat(this.papers.of(theirs)).extracting(ReusablePapers.ReusablePaper::dossierCode).containsOnly(other);
	}

	private static String idNumber() {
		return "0010" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
	}

	private String submit(String idNumber, byte[] idCard) throws Exception {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>("""
				{"procedureCode": "3.000333.000.00.00.H27", "applicant": {"name": "Lê Văn Cường", "idNumber": "%s"}}"""
			.formatted(idNumber), jsonHeaders));
		parts.add("paper-0", pdf(TestPdfs.page("To khai " + idNumber)));
		parts.add("paper-1", pdf(idCard));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.set("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250));
		ResponseEntity<String> created = this.rest.postForEntity("/api/public/dossiers",
				new HttpEntity<>(parts, headers), String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return this.json.readTree(created.getBody()).get("code").asText();
	}

	private static HttpEntity<ByteArrayResource> pdf(byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "giay-to.pdf";
			}
		}, headers);
	}

}
