package vn.motcua.security;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotcuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody makes himself administrator through Camunda's first-user set-up, not even in the
 * first seconds of a fresh installation: a visitor posts to it from before the port opens
 * until after the start, and never gets anything but 403. The application runs in a
 * process of its own: the Camunda webapps keep static state that one JVM cannot share
 * between a closed application and the test contexts still running.
 */
class FirstUserSetupTest {

	private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

	private static final String MALLORY = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\","
			+ "\"email\":\"m@example.com\"},\"credentials\":{\"password\":\"Mallory-2025\"}}";

	@TempDir
	Path dir;

	@Test
	void givenAFreshDatabase_whenAVisitorPostsToTheSetupDuringTheStart_thenNever2xxAndNoUser() throws Exception {
		int port = freePort();
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", System.getProperty("java.class.path"), MotcuaApplication.class.getName(),
				"--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:setup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--camunda.bpm.job-execution.enabled=false")
			.directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("app.log").toFile())
			.start();
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Integer> answers = new ArrayList<>();
		try {
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (!up(client, port)) {
				assertThat(Instant.now()).as("the application starts").isBefore(deadline);
				assertThat(app.isAlive()).as("the application runs").isTrue();
				post(client, port, answers);
			}
			for (int i = 0; i < 5; i++) {
				post(client, port, answers);
			}

			assertThat(answers).as("answers once the port was open").isNotEmpty().containsOnly(403);
			HttpResponse<String> mallory = client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/user/count?id=mallory"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(mallory.body()).as("no user mallory").contains("\"count\":0");
		}
		finally {
			app.destroyForcibly().waitFor();
		}
	}

	private static boolean up(HttpClient client, int port) throws IOException, InterruptedException {
		try {
			return client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (ConnectException ex) {
			return false;
		}
	}

	private static void post(HttpClient client, int port, List<Integer> answers)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + SETUP))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(MALLORY))
			.build();
		try {
			answers.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		catch (ConnectException ex) {
			// the port is not open yet
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
