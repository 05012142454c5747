package vn.motcua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for tests that drive the running app from outside: Basic
 * authentication for the APIs, a cookie jar and the CSRF header for the Camunda webapps.
 */
public final class TestHttp {

	private final String base;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	private String authorization;

	private String csrfToken;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public TestHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public TestHttp as(String user, String password) {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * Sends every request as if from {@code address} behind the load balancer (for an app
	 * started with {@code server.forward-headers-strategy=native}, as in production).
	 */
	public TestHttp from(String address) {
		return header("X-Forwarded-For", address);
	}

	/** Sends {@code name: value} with every further request. */
	public TestHttp header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> postForm(String path, String form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public HttpResponse<String> putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Submits a dossier at the counter as the current user and answers its code; fails
	 * unless it is created.
	 */
	public String submitDossier(String procedureCode, String applicantName, String idNumber) {
		HttpResponse<String> created = postJson("/api/dossiers", """
				{"procedureCode": "%s", "applicant": {"name": "%s", "idNumber": "%s"}}""".formatted(procedureCode,
				applicantName, idNumber));
		Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created.body());
		if (created.statusCode() != 201 || !code.find()) {
			throw new AssertionError("Dossier not created: " + created.statusCode() + " " + created.body());
		}
		return code.group(1);
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * Logs into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as a
	 * browser does.
	 */
	public HttpResponse<String> webappLogin(String app, String user, String password) {
		HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
		this.csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElse(null);
		HttpRequest.Builder login = request("/camunda/api/admin/auth/user/default/login/" + app)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(credentials(user, password)));
		if (this.csrfToken != null) {
			login.header("X-XSRF-TOKEN", this.csrfToken);
		}
		return send(login);
	}

	/** The form fields of a login: {@code username} and {@code password}. */
	public static String credentials(String user, String password) {
		return "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("HTTP call failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
