package vn.motcua.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo starts with work to do: one dossier of each flow, half of them already
 * accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
class DemoDossiersTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void givenTheDemoProfile_whenStartedOnAnEmptyRegister_thenSampleDossiersWaitInEachState() {
		assertThat(this.jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(4);
		assertThat(this.jdbc.queryForList("select status from dossier", String.class))
			.containsExactlyInAnyOrder("CHO_TIEP_NHAN", "CHO_TIEP_NHAN", "DANG_XU_LY", "DANG_XU_LY");
		assertThat(
				this.jdbc.queryForObject("select count(distinct procedure_code) from dossier where procedure_code in "
						+ "(select procedure_code from dossier)", Long.class))
			.isEqualTo(4);
	}

}
