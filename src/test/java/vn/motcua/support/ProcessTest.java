package vn.motcua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A process test: the real engine with the real models of {@code processes/}, delegates
 * and register on an in-memory H2, the job executor off so that the test fires timers
 * itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "camunda.bpm.job-execution.enabled=false" })
public @interface ProcessTest {

}
