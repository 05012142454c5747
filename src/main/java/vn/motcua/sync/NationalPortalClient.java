package vn.motcua.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The national portal's synchronisation API: a JSON POST of one change to
 * {@code <base-url>/dong-bo-ho-so} with the province's token ({@code Authorization:
 * Bearer}) and the change's {@code Idempotency-Key}. A 2xx answer is the acknowledgement;
 * 408, 429, 5xx and network errors are worth another attempt; any other answer (a bad
 * token, a refused body) will not change by itself and goes to an operator.
 */
@Component
class NationalPortalClient {

	static final String PATH = "/dong-bo-ho-so";

	private final NationalSyncProperties properties;

	private final Environment environment;

	private final HttpClient client;

	NationalPortalClient(NationalSyncProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.retry().timeout())
			.build();
	}

	Outcome send(String idempotencyKey, String payload) {
		String base = this.environment.resolveRequiredPlaceholders(this.properties.baseUrl());
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH))
			.timeout(this.properties.retry().timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Authorization", "Bearer " + ((this.properties.token() != null) ? this.properties.token() : ""))
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
			.build();
		try {
			int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status / 100 == 2) {
				return Outcome.ACKNOWLEDGED;
			}
			boolean transient_ = status == 408 || status == 429 || status >= 500;
			return new Outcome(false, transient_, "HTTP " + status);
		}
		catch (IOException ex) {
			return new Outcome(false, true, ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(false, true, "InterruptedException");
		}
	}

	/**
	 * What became of one attempt.
	 *
	 * @param acknowledged the portal has the change
	 * @param retry not acknowledged, but another attempt may succeed
	 * @param error the kind of failure (HTTP status or exception class), never a body
	 */
	record Outcome(boolean acknowledged, boolean retry, String error) {

		static final Outcome ACKNOWLEDGED = new Outcome(true, false, null);

	}

}
