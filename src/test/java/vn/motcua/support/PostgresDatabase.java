package vn.motcua.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the application at the PostgreSQL server of the test run, before Spring starts.
 */
public class PostgresDatabase implements BeforeAllCallback {

	public static final String URL_PROPERTY = "motcua.test.pg.url";

	@Override
	public void beforeAll(ExtensionContext context) {
		String url = url();
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", System.getProperty("motcua.test.pg.user", "postgres"));
		System.setProperty("spring.datasource.password", System.getProperty("motcua.test.pg.password", ""));
	}

	public static String url() {
		String url = System.getProperty(URL_PROPERTY, System.getenv("MOTCUA_TEST_PG_URL"));
		if (url == null || url.isBlank() || url.startsWith("${")) {
			throw new IllegalStateException("The PostgreSQL suite needs MOTCUA_TEST_PG_URL, e.g. "
					+ "jdbc:postgresql://127.0.0.1:5432/motcua_ci (see README, Test)");
		}
		return url;
	}

}
