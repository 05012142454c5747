package vn.motcua.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The report endpoints and the dashboard's calls on the default database, H2 (where
 * {@code day} is a reserved word, so a column alias named so broke the trend).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportEndpointsTest extends ReportEndpointsContract {

	@Override
	void clear(RegisterFixture register) {
		register.clear();
	}

}
