package vn.motcua.citizen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import oidcprovider.TestIdentityProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's browser without a screen, for API tests against the test OpenID Connect
 * provider: cookies kept, redirects followed by hand, the citizen CSRF cookie sent back
 * on writes.
 */
final class CitizenSession {

	private final int port;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	CitizenSession(int port) {
		this.port = port;
	}

	/** Logs in at the provider as {@code idNumber}; the page the citizen lands on. */
	HttpResponse<String> logIn(String idNumber) throws Exception {
		HttpResponse<String> page = follow(send(get(app("/oauth2/authorization/vneid"))));
		assertThat(page.uri().getPath()).as("the provider's login page").isEqualTo("/login");
		String form = "username=" + idNumber + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8);
		return follow(send(HttpRequest.newBuilder(page.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build()));
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(get(app(path)));
	}

	HttpResponse<String> get(String path, String authorization) throws Exception {
		return send(HttpRequest.newBuilder(app(path)).header("Authorization", authorization).build());
	}

	HttpResponse<String> post(String path) throws Exception {
		return send(HttpRequest.newBuilder(app(path))
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/**
	 * A multipart POST: the JSON part {@code dossier} and one PDF per file part
	 * ({@code paper-<n>} to its content).
	 */
	HttpResponse<String> postDossier(String path, String dossierJson, Map<String, byte[]> files) throws Exception {
		String boundary = "----motcua" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "Content-Disposition: form-data; name=\"dossier\"\r\nContent-Type: application/json",
				dossierJson.getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			part(body, boundary, "Content-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
					+ file.getKey() + ".pdf\"\r\nContent-Type: application/pdf", file.getValue());
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest.Builder request = HttpRequest.newBuilder(app(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		String token = tokenOrNull();
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content)
			throws IOException {
		body.write(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private String token() {
		String token = tokenOrNull();
		assertThat(token).as("the citizen CSRF cookie").isNotNull();
		return token;
	}

	private String tokenOrNull() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN-CONG-DAN"))
			.findFirst()
			.map(java.net.HttpCookie::getValue)
			.orElse(null);
	}

	private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
		HttpResponse<String> current = response;
		for (int hops = 0; current.statusCode() / 100 == 3 && hops < 10; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			current = send(get(next));
		}
		return current;
	}

	private HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).GET().build();
	}

	private URI app(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		return token.group(1);
	}

}
