package vn.motcua.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application on one PostgreSQL keep one look-up limit per
 * client between them (the buckets live in {@code rate_limit_bucket}): guesses sent to
 * both nodes in turn are refused at the single limit, not at twice it.
 */
@ExtendWith(PostgresDatabase.class)
class SharedRateLimitIT {

	private static final int LOOKUPS = 20;

	@Test
	void givenTwoNodes_whenGuessesAlternateBetweenThem_thenRefusedAtTheSingleLimit() throws Exception {
		// An hour's period: no token comes back while the test runs.
		List<String> limits = List.of("--motcua.citizen.rate-limit.lookups=" + LOOKUPS,
				"--motcua.citizen.rate-limit.period=1h");
		try (AppNode first = AppNode.start("limit-a", List.of(), limits).awaitReady(Duration.ofSeconds(120));
				AppNode second = AppNode.start("limit-b", List.of(), limits).awaitReady(Duration.ofSeconds(120))) {
			HttpClient client = HttpClient.newHttpClient();
			// One client for the limiter (the nodes trust 127.0.0.1's X-Forwarded-For).
			String address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
					+ ThreadLocalRandom.current().nextInt(256) + ".9";
			int refused = 0;
			int firstRefusal = -1;
			for (int i = 0; i < 2 * LOOKUPS; i++) {
				int port = (i % 2 == 0) ? first.port() : second.port();
				HttpRequest guess = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/public/dossiers/KHONG-CO-" + i))
					.header("X-Forwarded-For", address)
					.header("X-Id-Number", "001190099999")
					.build();
				HttpResponse<String> answer = client.send(guess, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 429) {
					refused++;
					firstRefusal = (firstRefusal < 0) ? i : firstRefusal;
				}
				else {
					assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
				}
			}

			assertThat(firstRefusal).as("the first refusal comes after the single limit").isEqualTo(LOOKUPS);
			assertThat(refused).isEqualTo(LOOKUPS);
		}
	}

}
