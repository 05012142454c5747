package vn.motcua.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An SMS provider reached over HTTP: a JSON POST {@code {"to", "text"}} to
 * {@code motcua.notify.sms.url} with the key in {@code Authorization: Bearer}. Any status
 * but 2xx is a failure, retried later.
 */
@Component
@ConditionalOnProperty("motcua.notify.sms.url")
class HttpSmsGateway implements SmsGateway {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json;

	private final URI url;

	private final String key;

	HttpSmsGateway(ObjectMapper json, @Value("${motcua.notify.sms.url}") String url,
			@Value("${motcua.notify.sms.key:}") String key) {
		this.json = json;
		this.url = URI.create(url);
		this.key = key;
	}

	@Override
	public void send(String phone, String text) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.url)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.key)
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("to", phone, "text", text))))
			.build();
		HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("SMS provider answered " + response.statusCode());
		}
	}

}
