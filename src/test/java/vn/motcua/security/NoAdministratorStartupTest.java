package vn.motcua.security;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotcuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the demo profile, an installation without an administrator does not start: the
 * process exits non-zero with one message naming both variables, instead of leaving
 * Camunda's first-user set-up open to the first visitor.
 */
class NoAdministratorStartupTest {

	@TempDir
	Path dir;

	@Test
	void givenNoAdministratorAndNoDemoProfile_whenTheAppStarts_thenItExitsNonZeroNamingBothVariables()
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp",
						System.getProperty("java.class.path"), MotcuaApplication.class.getName(), "--server.port=0",
						"--spring.datasource.url=jdbc:h2:mem:no-admin-" + UUID.randomUUID(), "--motcua.admin.user=",
						"--motcua.admin.password=", "--motcua.demo.users-enabled=false",
						"--camunda.bpm.job-execution.enabled=false"));
		// Started elsewhere than the project folder, whose processes/ a jar's manifest
		// would add to the class path a second time.
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true);
		builder.environment().remove("MOTCUA_ADMIN_USER");
		builder.environment().remove("MOTCUA_ADMIN_PASSWORD");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		String output;
		try {
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the application stops by itself").isTrue();
		}
		finally {
			process.destroyForcibly();
		}

		assertThat(process.exitValue()).as(output).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Chưa có quản trị viên: đặt biến môi trường MOTCUA_ADMIN_USER và MOTCUA_ADMIN_PASSWORD")
			.contains("No administrator: set MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD")
			.doesNotContain("Tomcat started on port");
	}

	/** The test's class path, without empty entries. */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

}
