package vn.motcua.security;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import vn.motcua.MotcuaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody makes himself administrator through Camunda's first-user set-up, not even in the
 * first seconds of a fresh installation: a visitor posts to it from before the port opens
 * until after the start, and never gets anything but 403.
 */
class FirstUserSetupTest {

	private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

	private static final String MALLORY = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\","
			+ "\"email\":\"m@example.com\"},\"credentials\":{\"password\":\"Mallory-2025\"}}";

	@Test
	void givenAFreshDatabase_whenAVisitorPostsToTheSetupDuringTheStart_thenNever2xxAndNoUser() throws Exception {
		int port = freePort();
		ExecutorService starter = Executors.newSingleThreadExecutor();
		Future<ConfigurableApplicationContext> start = starter
			.submit(() -> new SpringApplicationBuilder(MotcuaApplication.class).run("--server.port=" + port,
					"--spring.datasource.url=jdbc:h2:mem:setup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--camunda.bpm.job-execution.enabled=false"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Integer> answers = new ArrayList<>();
		ConfigurableApplicationContext context = null;
		try {
			while (context == null) {
				post(client, port, answers);
				try {
					context = start.get(20, TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException ex) {
					// still starting: post again
				}
			}
			for (int i = 0; i < 5; i++) {
				post(client, port, answers);
			}

			assertThat(answers).as("answers once the port was open").isNotEmpty().containsOnly(403);
			assertThat(context.getBean(IdentityService.class).createUserQuery().userId("mallory").count()).isZero();
		}
		finally {
			if (context != null) {
				context.close();
			}
			starter.shutdownNow();
		}
	}

	private static void post(HttpClient client, int port, List<Integer> answers)
			throws IOException, InterruptedException, ExecutionException {
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
