package vn.motcua.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.Catalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite: well over a thousand hostile requests (seeded, so every run sends
 * the same) against every public and officer endpoint: wrong methods and content types,
 * broken and oversized JSON, huge, control, SQL and path-traversal strings in every
 * field, bad numbers and dates, broken multipart, encoded slashes, oversized URLs and
 * headers. None may get a 5xx; every 4xx is a problem; no body shows a stack trace, SQL
 * or a class name; and no name, ID number or phone sent appears in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.citizen.rate-limit.requests=1000000",
				"motcua.citizen.rate-limit.lookups=1000000" })
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

	private static final Pattern LEAKS = Pattern.compile(
			"at java\\.|Exception|(?i:\\bselect\\b[^\"]{0,80}\\bfrom\\b)|SQL|\\b(java|jakarta|org|com|vn)\\.[a-z0-9]+\\.[a-zA-Z0-9.]*[A-Z]\\w+|"
					+ "Apache Tomcat|<html");

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	private static final String OFFICER = basic("trung-tam.tiep-nhan", "demo");

	private static final String MANAGER = basic("quan-ly", "demo");

	private final Random random = new Random(20260101L);

	private final ObjectMapper json = new ObjectMapper();

	/** Names, ID numbers and phones sent: none may reach the log. */
	private final Set<String> personal = new LinkedHashSet<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private int sent;

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	private RawHttp http;

	private String procedure;

	private String onlineProcedure;

	private String dossier;

	@Test
	void givenAThousandHostileRequests_whenSent_thenNo5xxEveryErrorAProblemAndNoPersonalDataLogged(
			CapturedOutput output) throws Exception {
		this.http = new RawHttp(this.port, 30_000);
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.receivingUnits().contains("trung-tam") && p.flow().equals("mot-cua"))
			.findFirst()
			.orElseThrow()
			.code();
		this.onlineProcedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> !p.onlineLevel().equals("none"))
			.findFirst()
			.orElseThrow()
			.code();
		this.dossier = aDossier();

		long start = System.nanoTime();
		queryAndPathValues();
		lap("query and path values", start);
		counterSubmissionFields();
		lap("counter submission", start);
		publicJsonFields();
		lap("public JSON", start);
		onlineSubmissionFields();
		lap("online submission", start);
		wrongMethods();
		lap("methods", start);
		wrongContentTypesAndBrokenJson();
		lap("content types and broken JSON", start);
		oversizedBodies();
		lap("oversized bodies", start);
		brokenMultipart();
		lap("multipart", start);
		brokenProtocol();
		lap("protocol", start);
		brokenLogins();
		lap("logins", start);

		assertThat(this.failures).as("%d of %d requests", this.failures.size(), this.sent).isEmpty();
		assertThat(this.sent).isGreaterThanOrEqualTo(1000);
		System.out.println("Hostile input: answers by status (0: connection closed unanswered) " + this.statuses);
		String log = output.getAll();
		assertThat(log).as("the log is captured").contains("registered for procedure");
		assertThat(this.personal).hasSizeGreaterThan(20)
			.allSatisfy((value) -> assertThat(log).as("the log").doesNotContain(value));
	}

	private String aDossier() throws Exception {
		RawHttp.Answer created = post("/api/dossiers", OFFICER, "application/json",
				this.json.writeValueAsBytes(counterSubmission()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Matcher code = CODE.matcher(created.body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	// Query strings and path segments of every GET endpoint, and the public POSTs without
	// body.

	private void queryAndPathValues() {
		List<String> slots = List.of("/api/public/procedures?q=%s", "/api/public/procedures?agency=%s",
				"/api/public/procedures?level=%s", "/api/public/procedures/%s",
				"/api/public/dossiers/%s?idNumber=001190012345",
				"/api/public/dossiers/" + this.dossier + "?idNumber=%s",
				"/api/public/dossiers/%s/receipt.pdf?idNumber=001190012345",
				"/api/public/dossiers/" + this.dossier + "/receipt.pdf?idNumber=%s", "/api/public/feedback/%s",
				"/api/public/calendar/days/%s", "/api/public/calendar/holidays?year=%s",
				"/api/public/calendar/due-date?from=%s&workingDays=5",
				"/api/public/calendar/due-date?from=2026-02-10T09:00:00%%2B07:00&workingDays=%s",
				"/api/public/calendar/due-date?from=2026-02-10T09:00:00%%2B07:00&workingHours=%s",
				"/api/public/calendar/due-date?procedure=%s", "/api/public/payments/callback?%s=%s",
				"/api/public/payments/sandbox?order=%s", "/api/dossiers?status=%s", "/api/dossiers?agency=%s",
				"/api/dossiers?overdue=%s", "/api/dossiers?from=%s", "/api/dossiers?to=%s", "/api/dossiers?page=%s",
				"/api/dossiers?size=%s", "/api/dossiers/%s", "/api/dossiers/%s/documents",
				"/api/dossiers/" + this.dossier + "/documents/%s", "/api/dossiers/%s/notifications",
				"/api/reports/summary?from=%s&to=2026-01-31", "/api/reports/summary?from=2026-01-01&to=%s",
				"/api/reports/summary?from=2026-01-01&to=2026-01-31&agency=%s",
				"/api/reports/indicators?from=2026-01-01&to=2026-01-31&level=%s", "/api/reports/due-soon?channel=%s",
				"/api/reports/overdue?agency=%s", "/api/reports/trend?from=%s",
				"/api/reports/register.csv?from=2026-01-01&to=2026-01-31&agency=%s",
				"/api/reports/summary.xlsx?from=%s&to=2026-01-31", "/api/feedback/%s");
		for (String slot : slots) {
			for (String value : hostileStrings(slot.contains("?%s=") ? 4 : 12)) {
				String encoded = encode(value);
				String target = slot.contains("%s=%s") ? slot.formatted(encoded, encoded) : slot.formatted(encoded);
				check("GET " + slot, this.http.send("GET", target, auth(target), null, false));
			}
		}
		for (String value : hostileStrings(12)) {
			String target = "/api/public/dossiers/" + encode(value) + "/payments?idNumber=" + encode(value);
			check("POST payments", this.http.send("POST", target, List.of(), new byte[0], false));
		}
	}

	// Every field of every JSON request body.

	private void counterSubmissionFields() throws Exception {
		List<String> fields = List.of("procedureCode", "receivingUnit", "channel", "applicant.name",
				"applicant.idNumber", "applicant.phone", "applicant.email", "applicant.address", "applicant.commune",
				"documents.0.name", "documents.0.form", "documents.0.copies", "note");
		for (String field : fields) {
			for (Object value : hostileValues(field.endsWith("copies") ? 6 : 10)) {
				Map<String, Object> body = with(counterSubmission(), field, value);
				checkTooLong("POST /api/dossiers " + field, field, value,
						post("/api/dossiers", OFFICER, "application/json", this.json.writeValueAsBytes(body)));
			}
		}
		for (String reason : hostileStrings(10)) {
			byte[] body = this.json.writeValueAsBytes(Map.of("reason", reason));
			checkTooLong("POST withdrawal", "reason", reason,
					post("/api/dossiers/" + this.dossier + "/withdrawal", OFFICER, "application/json", body));
		}
	}

	private void publicJsonFields() throws Exception {
		for (String field : List.of("name", "contact", "dossierCode", "agency", "content")) {
			for (Object value : hostileValues(12)) {
				Map<String, Object> body = with(feedback(), field, value);
				checkTooLong("POST feedback " + field, field, value,
						post("/api/public/feedback", null, "application/json", this.json.writeValueAsBytes(body)));
			}
		}
		for (String field : List.of("idNumber", "comment", "ratings.time", "ratings.feedback")) {
			for (Object value : hostileValues(10)) {
				Map<String, Object> body = with(evaluation(), field, value);
				checkTooLong("POST evaluation " + field, field, value,
						post("/api/public/dossiers/" + this.dossier + "/evaluation", null, "application/json",
								this.json.writeValueAsBytes(body)));
			}
		}
	}

	private void onlineSubmissionFields() throws Exception {
		for (String field : List.of("procedureCode", "receivingUnit", "applicant.name", "applicant.idNumber",
				"applicant.phone", "applicant.email", "applicant.address", "applicant.commune")) {
			for (Object value : hostileValues(10)) {
				byte[] dossierPart = this.json.writeValueAsBytes(with(onlineSubmission(), field, value));
				Multipart body = new Multipart().part("dossier", null, "application/json", dossierPart);
				checkTooLong("POST online " + field, field, value,
						post("/api/public/dossiers", null, body.contentType(), body.bytes()));
			}
		}
	}

	// Methods, content types, broken and oversized bodies.

	private void wrongMethods() {
		List<String> paths = List.of("/api/public/procedures", "/api/public/dossiers",
				"/api/public/dossiers/" + this.dossier + "?idNumber=1", "/api/public/feedback",
				"/api/public/calendar/holidays?year=2026", "/api/public/payments/callback", "/api/dossiers",
				"/api/dossiers/" + this.dossier, "/api/dossiers/" + this.dossier + "/withdrawal",
				"/api/dossiers/" + this.dossier + "/documents", "/api/reports/summary", "/api/feedback/PAKN-1",
				"/api/dossiers/" + this.dossier + "/notifications");
		for (String path : paths) {
			for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO", "GET", "POST")) {
				byte[] body = (method.equals("PUT") || method.equals("PATCH")) ? "{}".getBytes() : null;
				List<String> headers = new ArrayList<>(auth(path));
				if (body != null) {
					headers.add("Content-Type: application/json");
				}
				check(method + " " + path, this.http.send(method, path, headers, body, false));
			}
		}
	}

	private void wrongContentTypesAndBrokenJson() throws Exception {
		byte[] valid = this.json.writeValueAsBytes(feedback());
		List<String> types = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "application/json; charset=klingon", "*/*", "application/json;;;=", "image/png",
				"application/problem+json", "application/vnd.api+json", "application");
		List<String> broken = List.of("", "{", "{\"name\":", "[]", "\"x\"", "null", "{}}", "{\"name\": NaN}",
				"/* c */ {}", "\uFEFF{}", "{\"name\":\"\\ud800\"}", "{\"content\":\"a\\u0000b\"}", "[".repeat(5000),
				"{\"ratings\":{\"time\":" + "9".repeat(3000) + "}}", "{\"name\":\"a\",\"name\":\"b\"}",
				"{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001));
		for (String path : List.of("/api/public/feedback", "/api/dossiers",
				"/api/public/dossiers/" + this.dossier + "/evaluation",
				"/api/dossiers/" + this.dossier + "/withdrawal")) {
			String authorization = path.startsWith("/api/public") ? null : OFFICER;
			for (String type : types) {
				check("POST " + path + " as " + type, post(path, authorization, type, valid));
			}
			check("POST " + path + " no type", post(path, authorization, null, valid));
			for (String body : broken) {
				check("POST " + path + " broken JSON",
						post(path, authorization, "application/json", body.getBytes(StandardCharsets.UTF_8)));
			}
			check("POST " + path + " bad UTF-8", post(path, authorization, "application/json",
					new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, '"', '}' }));
		}
	}

	private void oversizedBodies() throws Exception {
		Map<String, Object> big = with(feedback(), "content", "x".repeat(200 * 1024));
		byte[] bytes = this.json.writeValueAsBytes(big);
		for (String path : List.of("/api/public/feedback", "/api/dossiers",
				"/api/public/dossiers/" + this.dossier + "/evaluation")) {
			List<String> headers = new ArrayList<>(auth(path));
			headers.add("Content-Type: application/json");
			expect(413, "POST " + path + " 200 kB", this.http.send("POST", path, headers, bytes, false));
			expect(413, "POST " + path + " 200 kB chunked", this.http.send("POST", path, headers, bytes, true));
		}
		byte[] huge = new byte[6 * 1024 * 1024];
		Arrays.fill(huge, (byte) ' ');
		expect(413, "POST feedback 6 MB",
				this.http.send("POST", "/api/public/feedback", List.of("Content-Type: application/json"), huge, false));
		expect(413, "POST feedback 6 MB chunked",
				this.http.send("POST", "/api/public/feedback", List.of("Content-Type: application/json"), huge, true));
	}

	private void brokenMultipart() throws Exception {
		byte[] dossierPart = this.json.writeValueAsBytes(onlineSubmission());
		String supplements = "/api/public/dossiers/" + this.dossier + "/supplements?idNumber=001190012345";
		for (String path : List.of("/api/public/dossiers", supplements)) {
			check("multipart nothing", post(path, null, new Multipart().contentType(), new Multipart().bytes()));
			check("multipart file only",
					postMultipart(path, new Multipart().part("files", "a.pdf", "application/pdf", pdf())));
			check("multipart dossier as text",
					postMultipart(path, new Multipart().part("dossier", null, "text/plain", dossierPart)));
			check("multipart broken dossier", postMultipart(path,
					new Multipart().part("dossier", null, "application/json", "{\"proc".getBytes())));
			for (int parts : new int[] { 31, 200, 2000 }) {
				Multipart many = new Multipart().part("dossier", null, "application/json", dossierPart);
				for (int i = 0; i < parts; i++) {
					many.part("files", null, null, new byte[0]);
				}
				expect(413, "multipart " + parts + " parts", postMultipart(path, many));
			}
			Multipart longHeader = new Multipart().part("dossier", "x".repeat(5000) + ".json", "application/json",
					dossierPart);
			expect(413, "multipart long part header", postMultipart(path, longHeader));
			Multipart files = new Multipart().part("dossier", null, "application/json", dossierPart);
			for (int i = 0; i < 25; i++) {
				files.part("files", "to-khai-" + i + ".pdf", "application/pdf", pdf());
			}
			check("multipart 25 files", postMultipart(path, files));
			for (String name : List.of("../../../etc/passwd", "a\u0001b.pdf", "\u202Egpj.exe", "x".repeat(900),
					"C:\\Windows\\system32\\cmd.exe", "%00.pdf")) {
				check("multipart file name",
						postMultipart(path, new Multipart().part("dossier", null, "application/json", dossierPart)
							.part("files", name, "application/pdf", pdf())));
			}
			check("multipart exe",
					postMultipart(path,
							new Multipart().part("dossier", null, "application/json", dossierPart)
								.part("files", "a.pdf", "application/pdf",
										"MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))));
			check("multipart no boundary", post(path, null, "multipart/form-data", "--x\r\n\r\n".getBytes()));
			check("multipart wrong boundary",
					post(path, null, "multipart/form-data; boundary=other", new Multipart().bytes()));
			check("multipart cut short", post(path, null, new Multipart().contentType(),
					"--hostile-boundary\r\nContent-Disposition: form-data; name=\"dossier\"\r\n\r\n{".getBytes()));
		}
	}

	// The connector: request lines, URLs and headers Tomcat itself refuses.

	private void brokenProtocol() {
		RawHttp impatient = new RawHttp(this.port, 2_000);
		List<String> targets = List.of("/api/public/procedures/%2F..",
				"/api/public/procedures/%2e%2e/%2e%2e/etc/passwd", "/api/public/procedures/..;/..;/actuator",
				"/api/public/procedures/%00", "/api/public/procedures/%zz", "/api/public/procedures/%c0%af",
				"/api/public/procedures/a\\b", "/api/public/procedures/\u0001", "/api/public/procedures/\u007f",
				"/api/public/procedures/\u00e9", "/api/public/procedures/a{b}|c^",
				"/api/public/procedures/" + "a".repeat(100 * 1024), "/api/dossiers/%2F..%2F..%2Fetc%2Fpasswd",
				"/api/public/../../../etc/passwd", "//api//public//procedures", "/api/public/procedures/?q=\u0001",
				"/api/public/procedures?q=%", "/api/public/procedures?q=%u0041", "*", "api/public/procedures",
				"http://evil.example/api/public/procedures", "/api/public/procedures#frag",
				"/api/public/procedures;jsessionid=x", "/api/public/procedures/%252F", "/api/public/dossiers/%2F");
		for (String target : targets) {
			check("target " + target.substring(0, Math.min(60, target.length())),
					impatient.send("GET", target, List.of(), null, false));
		}
		List<List<String>> headers = List.of(List.of("X-Big: " + "a".repeat(100 * 1024)),
				List.of("Authorization: Basic " + "A".repeat(100 * 1024)), List.of("X-Bad: a\u0001b"),
				List.of("X-Bad\u0001: a"), List.of("Content-Length: -1"), List.of("Content-Length: abc"),
				List.of("Content-Length: 5", "Transfer-Encoding: chunked"), List.of("Accept: text/html"),
				List.of("Accept: application/xml"), List.of("Accept-Language: ../../etc"),
				List.of("X-Forwarded-For: ' OR 1=1 --"), List.of("Cookie: " + "c=1; ".repeat(2000)),
				List.of("Content-Type: application/json; charset=\u0001"), manyHeaders());
		for (List<String> header : headers) {
			check("header " + header.get(0).substring(0, Math.min(40, header.get(0).length())),
					impatient.send("GET", "/api/public/procedures", header, null, false));
		}
		// The four the attack used: each a Vietnamese problem from Tomcat's error report
		// valve.
		for (String target : List.of("/api/public/procedures/%2F..", "/api/public/procedures/\u0001",
				"/api/public/procedures/" + "a".repeat(100 * 1024))) {
			expectProblem("Tomcat refuses " + target.substring(0, Math.min(40, target.length())),
					impatient.send("GET", target, List.of(), null, false));
		}
		expectProblem("Tomcat refuses a 100 kB header", impatient.send("GET", "/api/public/procedures",
				List.of("X-Big: " + "a".repeat(100 * 1024)), null, false));
		List<String> raw = List.of("GARBAGE\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n",
				"GET /api/public/procedures HTTP/1.1\r\n\r\n", "GET /api/public/procedures\r\n\r\n",
				"GET  /api/public/procedures  HTTP/1.1\r\nHost: x\r\n\r\n",
				"GET /api/public/procedures HTTP/1.1\nHost: x\n\n",
				"POST /api/public/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 100\r\nConnection: close\r\n\r\n{\"a\":");
		for (String request : raw) {
			check("raw " + request.substring(0, Math.min(20, request.length())).strip(),
					impatient.sendRaw(request.getBytes(StandardCharsets.ISO_8859_1)));
		}
	}

	private void brokenLogins() {
		List<String> authorizations = List.of("Basic !!!!", "Basic ", "Basic " + b64("no-colon"), "Basic " + b64(":"),
				"Basic " + b64("trung-tam.tiep-nhan:wrong"), "Basic " + b64("' OR 1=1 --:x"),
				"Basic " + b64("\u0001:\u0001"), "Bearer abc", "Digest x", "Basic " + b64("admin:" + "x".repeat(5000)),
				"basic " + b64("trung-tam.tiep-nhan:demo"));
		for (String path : List.of("/api/dossiers", "/api/dossiers/" + this.dossier, "/api/reports/summary",
				"/api/feedback/PAKN-1", "/engine-rest/task", "/api/dossiers/" + this.dossier + "/notifications")) {
			check("no login " + path, this.http.send("GET", path, List.of(), null, false));
			for (String authorization : authorizations) {
				check("login " + path,
						this.http.send("GET", path, List.of("Authorization: " + authorization), null, false));
			}
		}
	}

	// Checks.

	private void lap(String section, long start) {
		System.out.printf("Hostile input: %d requests after %s, %d ms%n", this.sent, section,
				(System.nanoTime() - start) / 1_000_000);
	}

	private void check(String what, RawHttp.Answer answer) {
		this.sent++;
		this.statuses.merge(answer.status(), 1, Integer::sum);
		String label = what + " -> " + answer.status();
		if (answer.status() == 0) {
			return; // The connector closed the connection without an answer: nothing
					// leaked.
		}
		if (answer.status() >= 500) {
			this.failures.add(label + " " + shorten(answer.body()));
			return;
		}
		String type = answer.contentType();
		if (answer.status() >= 400 && !type.startsWith("application/problem+json")) {
			this.failures.add(label + " is " + type + ": " + shorten(answer.body()));
		}
		if (type.startsWith("application/pdf") || type.contains("spreadsheet") || type.contains("octet")) {
			return;
		}
		Matcher leak = LEAKS.matcher(answer.body());
		if (leak.find()) {
			this.failures.add(label + " shows '" + leak.group() + "': " + shorten(answer.body()));
		}
	}

	private void expect(int status, String what, RawHttp.Answer answer) {
		check(what, answer);
		if (answer.status() != status) {
			this.failures.add(what + " -> " + answer.status() + " instead of " + status);
		}
	}

	private void expectProblem(String what, RawHttp.Answer answer) {
		check(what, answer);
		if (answer.status() < 400 || !answer.contentType().startsWith("application/problem+json")
				|| !answer.body().contains("\"title\":\"") || answer.headers().containsKey("server")) {
			this.failures.add(what + " -> " + answer.status() + " " + answer.contentType() + " " + answer.body());
		}
	}

	/** A value longer than any column is refused with a problem naming its field. */
	private void checkTooLong(String what, String field, Object value, RawHttp.Answer answer) {
		check(what, answer);
		if (value instanceof String text && text.length() > 4000) {
			String named = field.replaceAll("\\.(\\d+)", "[$1]");
			if (answer.status() != 400 || !answer.body().contains("\"field\":\"" + named + "\"")) {
				this.failures.add(what + " too long -> " + answer.status() + " " + shorten(answer.body()));
			}
		}
	}

	private static String shorten(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

	// Hostile values, from a seeded generator.

	private List<String> hostileStrings(int count) {
		List<String> all = new ArrayList<>(List.of("", " \t ", "a".repeat(5000), personName(), idNumber(), phone(),
				"' OR '1'='1'; drop table dossier; --", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
				"\u0000\u0001\u001b[31m\u007f", "\u202Eabc\u200B\uFEFF\uD83D\uDE00 \u0300\u0300",
				"%s%n{0}${jndi:x}#{7*7}", "<script>alert(1)</script>", "-1", "99999999999999999999999",
				"2026-02-30T25:61:00+99:00", "0000-00-00", "NaN", "1e308", "TU_CHOI,DANG_XU_LY", "\\", "null", "true",
				"*", "%", "select 1", personName() + " " + idNumber() + " " + phone()));
		List<String> picked = new ArrayList<>(all.subList(0, 6));
		List<String> rest = new ArrayList<>(all.subList(6, all.size()));
		Collections.shuffle(rest, this.random);
		picked.addAll(rest.subList(0, Math.max(0, Math.min(rest.size(), count - picked.size()))));
		return picked.subList(0, Math.min(count, picked.size()));
	}

	private List<Object> hostileValues(int count) {
		List<Object> values = new ArrayList<>(hostileStrings(count));
		values.addAll(List.of(-1, Long.MAX_VALUE, 1.5e300, true, Map.of("a", 1), List.of(1, 2)));
		values.add(null);
		return values;
	}

	private String personName() {
		String name = "Độc Thị " + letters(6);
		this.personal.add(name);
		return name;
	}

	private String idNumber() {
		String id = "079" + digits(9);
		this.personal.add(id);
		return id;
	}

	private String phone() {
		String phone = "09" + digits(8);
		this.personal.add(phone);
		return phone;
	}

	private String letters(int n) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append((char) ('A' + this.random.nextInt(26)));
		}
		return text.toString();
	}

	private String digits(int n) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append(this.random.nextInt(10));
		}
		return text.toString();
	}

	// Valid bodies to spoil one field at a time.

	private Map<String, Object> counterSubmission() {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("name", personName());
		applicant.put("idNumber", idNumber());
		applicant.put("phone", phone());
		applicant.put("email", "nguoi-nop@example.vn");
		applicant.put("address", "Số 1 Tràng Tiền, Hoàn Kiếm");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", "Tờ khai");
		document.put("form", "bản chính");
		document.put("copies", 1);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", this.procedure);
		body.put("receivingUnit", "trung-tam");
		body.put("channel", "TRUC_TIEP");
		body.put("applicant", applicant);
		body.put("documents", new ArrayList<>(List.of(document)));
		body.put("note", "Ghi chú");
		return body;
	}

	private Map<String, Object> onlineSubmission() {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("name", personName());
		applicant.put("idNumber", idNumber());
		applicant.put("phone", phone());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", this.onlineProcedure);
		body.put("applicant", applicant);
		return body;
	}

	private Map<String, Object> feedback() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", personName());
		body.put("contact", phone());
		body.put("content", "Thái độ tiếp dân chưa tốt.");
		return body;
	}

	private Map<String, Object> evaluation() {
		Map<String, Object> ratings = new LinkedHashMap<>();
		for (String criterion : List.of("time", "contacts", "supplements", "attitude", "correctness", "returnOfResult",
				"feedback")) {
			ratings.put(criterion, 3);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", idNumber());
		body.put("ratings", ratings);
		body.put("comment", "Tốt");
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
		Object at = body;
		String[] steps = path.split("\\.");
		for (int i = 0; i < steps.length - 1; i++) {
			at = (at instanceof List<?> list) ? list.get(Integer.parseInt(steps[i]))
					: ((Map<String, Object>) at).get(steps[i]);
		}
		((Map<String, Object>) at).put(steps[steps.length - 1], value);
		return body;
	}

	// Requests.

	private RawHttp.Answer post(String path, String authorization, String contentType, byte[] body) {
		List<String> headers = new ArrayList<>();
		if (authorization != null) {
			headers.add("Authorization: " + authorization);
		}
		if (contentType != null) {
			headers.add("Content-Type: " + contentType);
		}
		return this.http.send("POST", path, headers, body, false);
	}

	private RawHttp.Answer postMultipart(String path, Multipart body) {
		return post(path, null, body.contentType(), body.bytes());
	}

	private static List<String> auth(String path) {
		if (path.startsWith("/api/reports")) {
			return List.of("Authorization: " + MANAGER);
		}
		return (path.startsWith("/api/public")) ? List.of() : List.of("Authorization: " + OFFICER);
	}

	private static List<String> manyHeaders() {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			headers.add("X-H" + i + ": " + i);
		}
		return headers;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String basic(String user, String password) {
		return "Basic " + b64(user + ":" + password);
	}

	private static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A multipart/form-data body built by hand, so that it can be wrong. */
	private static final class Multipart {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart part(String name, String fileName, String type, byte[] content) {
			StringBuilder head = new StringBuilder("--hostile-boundary\r\nContent-Disposition: form-data; name=\"")
				.append(name)
				.append('"');
			if (fileName != null) {
				head.append("; filename=\"").append(fileName).append('"');
			}
			head.append("\r\n");
			if (type != null) {
				head.append("Content-Type: ").append(type).append("\r\n");
			}
			head.append("\r\n");
			this.out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			this.out.writeBytes(content);
			this.out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=hostile-boundary";
		}

		byte[] bytes() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(this.out.toByteArray());
			all.writeBytes("--hostile-boundary--\r\n".getBytes(StandardCharsets.ISO_8859_1));
			return all.toByteArray();
		}

	}

}
