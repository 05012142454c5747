package vn.motcua.sync;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import vn.motcua.dossier.PaperFile;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox portal does with an announced document what the national portal does: it
 * fetches it at the announced address with the document token, and records the SHA-256
 * and size of what it got beside those announced ({@code dvcqg_sandbox_document}), for an
 * administrator to compare ({@code /api/national-sync/sandbox/documents}). It follows
 * only addresses under {@code motcua.national-sync.documents.base-url}.
 */
@Component
@ConditionalOnProperty("motcua.national-sync.sandbox.enabled")
class SandboxDocuments {

	private final NamedParameterJdbcTemplate jdbc;

	private final NationalSyncProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	SandboxDocuments(NamedParameterJdbcTemplate jdbc, NationalSyncProperties properties, Environment environment,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	/** Fetches and records the document {@code change} announces, if any. */
	void fetch(String key, JsonNode change) {
		JsonNode document = change.path("giayTo");
		String url = document.path("duongDanTaiVe").asText("");
		if (url.isEmpty()) {
			return;
		}
		String received = null;
		Long size = null;
		String type = null;
		String error = null;
		String base = this.environment.resolveRequiredPlaceholders(this.properties.documents().baseUrl());
		if (!url.startsWith(base) || url.length() > 500) {
			error = "address outside documents.base-url";
		}
		else {
			try {
				HttpResponse<byte[]> answer = this.http.send(HttpRequest.newBuilder(URI.create(url))
					.timeout(Duration.ofSeconds(10))
					.header("Authorization", "Bearer " + this.properties.documents().token())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
				if (answer.statusCode() == 200) {
					received = PaperFile.sha256(answer.body());
					size = (long) answer.body().length;
					type = answer.headers().firstValue("Content-Type").orElse(null);
				}
				else {
					error = "HTTP " + answer.statusCode();
				}
			}
			catch (java.io.IOException ex) {
				error = ex.getClass().getSimpleName();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				error = "interrupted";
			}
		}
		this.jdbc.update("insert into dvcqg_sandbox_document (idempotency_key, dossier_code, kind, url, "
				+ "announced_sha256, received_sha256, received_size, content_type, error, received_at) values (:key, "
				+ ":code, :kind, :url, :announced, :received, :size, :type, :error, :at)",
				new MapSqlParameterSource("key", key).addValue("code", change.path("maHoSo").asText())
					.addValue("kind", document.path("loaiGiayTo").asText(null))
					.addValue("url", url.substring(0, Math.min(url.length(), 500)))
					.addValue("announced", document.path("sha256").asText(null))
					.addValue("received", received)
					.addValue("size", size, java.sql.Types.BIGINT)
					.addValue("type", type)
					.addValue("error", error)
					.addValue("at", OffsetDateTime.now(this.clock)));
	}

}
