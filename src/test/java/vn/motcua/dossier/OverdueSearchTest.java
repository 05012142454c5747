package vn.motcua.dossier;

import org.springframework.boot.test.context.SpringBootTest;

/** The overdue search on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class OverdueSearchTest extends OverdueSearchCases {

}
