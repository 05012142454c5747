package vn.motcua.citizen;

import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code GET /api/feedback/{code}} answers on every database: these keys in this
 * order, and times at Vietnam's offset, whatever the driver returns.
 */
final class FeedbackJson {

	static final List<String> KEYS = List.of("code", "senderName", "contact", "dossierCode", "agency", "handler",
			"handlerName", "content", "status", "createdAt", "answer", "answeredAt", "answeredBy", "urgeNote",
			"urgedAt");

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	private FeedbackJson() {
	}

	/** Sends a feedback from the portal as Lê Thị Mai; returns its code. */
	static String send(int port, String agency, String content) {
		HttpResponse<String> sent = new TestHttp(port).postJson("/api/public/feedback", """
				{"name": "Lê Thị Mai", "contact": "0912345679", "agency": %s,
				 "content": "%s"}""".formatted((agency != null) ? "\"" + agency + "\"" : "null", content));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		Matcher matcher = CODE.matcher(sent.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A feedback sent by {@code FeedbackProcessTest}'s sender, naming no agency. */
	static void assertShape(String body, String code) {
		JsonNode view;
		try {
			view = new ObjectMapper().readTree(body);
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
		List<String> keys = new ArrayList<>();
		view.fieldNames().forEachRemaining(keys::add);
		assertThat(keys).containsExactlyElementsOf(KEYS);
		assertThat(view.get("code").asText()).isEqualTo(code);
		assertThat(view.get("senderName").asText()).isEqualTo("Lê Thị Mai");
		assertThat(view.get("handler").asText()).isEqualTo("trung-tam");
		assertThat(view.get("agency").isNull()).isTrue();
		assertThat(view.get("status").asText()).isEqualTo("MOI");
		assertThat(view.get("createdAt").asText()).endsWith("+07:00");
	}

}
