package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Calls the public API over HTTP as a portal or a REST client would. */
final class PublicApi {

	static final String ID_NUMBER = "001190012345";

	private final TestRestTemplate rest;

	private final String clientIp;

	PublicApi(TestRestTemplate rest, String clientIp) {
		this.rest = rest;
		this.clientIp = clientIp;
	}

	static String dossierJson(String procedureCode, String idNumber) {
		return """
				{"procedureCode": "%s",
				 "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s", "phone": "0912345678",
				               "email": "an@example.vn", "address": "Số 1 đường Lý Thái Tổ",
				               "commune": "phuong-kinh-bac"}}
				""".formatted(procedureCode, idNumber);
	}

	static byte[] pdf(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) ' ');
		byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
	}

	static Map.Entry<String, byte[]> file(String name, byte[] content) {
		return Map.entry(name, content);
	}

	ResponseEntity<String> submit(String dossierJson, String idempotencyKey, List<Map.Entry<String, byte[]>> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>(dossierJson, jsonHeaders));
		files.forEach((file) -> parts.add("files", named(file.getKey(), file.getValue())));
		HttpHeaders headers = headers();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return this.rest.exchange("/api/public/dossiers", HttpMethod.POST, new HttpEntity<>(parts, headers),
				String.class);
	}

	/**
	 * An online submission whose files go in the given parts, e.g. {@code paper-0} (the
	 * contract's one slot per paper) or {@code files}.
	 */
	ResponseEntity<String> submitParts(String dossierJson, List<Map.Entry<String, Map.Entry<String, byte[]>>> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>(dossierJson, jsonHeaders));
		files.forEach((part) -> parts.add(part.getKey(), named(part.getValue().getKey(), part.getValue().getValue())));
		HttpHeaders headers = headers();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.exchange("/api/public/dossiers", HttpMethod.POST, new HttpEntity<>(parts, headers),
				String.class);
	}

	ResponseEntity<String> supplement(String code, String idNumber, String note,
			List<Map.Entry<String, byte[]>> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("idNumber", idNumber);
		files.forEach((file) -> parts.add("files", named(file.getKey(), file.getValue())));
		if (note != null) {
			parts.add("note", note);
		}
		HttpHeaders headers = headers();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.exchange("/api/public/dossiers/" + code + "/supplements", HttpMethod.POST,
				new HttpEntity<>(parts, headers), String.class);
	}

	ResponseEntity<String> get(String path) {
		return this.rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
	}

	ResponseEntity<byte[]> bytes(String path) {
		return this.rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), byte[].class);
	}

	/** A call that gives the ID number in the {@code X-Id-Number} header. */
	<T> ResponseEntity<T> withId(HttpMethod method, String path, String idNumber, String json, Class<T> type) {
		HttpHeaders headers = headers();
		if (idNumber != null) {
			headers.set("X-Id-Number", idNumber);
		}
		if (json != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return this.rest.exchange(path, method, new HttpEntity<>(json, headers), type);
	}

	ResponseEntity<String> head(String path) {
		return this.rest.exchange(path, HttpMethod.HEAD, new HttpEntity<>(headers()), String.class);
	}

	ResponseEntity<String> postJson(String path, String body) {
		HttpHeaders headers = headers();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		// Each test class is its own client for the rate limiter (the app trusts
		// X-Forwarded-For
		// only from the load balancer; tests configure 127.0.0.1 as one).
		headers.set("X-Forwarded-For", this.clientIp);
		return headers;
	}

	private static HttpEntity<ByteArrayResource> named(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.IMAGE_PNG);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

}
