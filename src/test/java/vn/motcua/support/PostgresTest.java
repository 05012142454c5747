package vn.motcua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test of the running application on the real PostgreSQL server that
 * {@code MOTCUA_TEST_PG_URL} (system property {@code motcua.test.pg.url}) points at.
 * Without it the test fails: the PostgreSQL suite never skips silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "motcua.admin.user=admin", "motcua.admin.password=" + PostgresTest.ADMIN_PASSWORD })
@ActiveProfiles({ "postgres", "demo" })
@ExtendWith(PostgresDatabase.class)
public @interface PostgresTest {

	/** The administrator's password, as MOTCUA_ADMIN_PASSWORD would give it. */
	String ADMIN_PASSWORD = "admin-test-password";

}
