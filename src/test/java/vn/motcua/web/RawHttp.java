package vn.motcua.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, one connection per request, so that a test can send what
 * no well-behaved client would: control characters in the request line, encoded slashes,
 * oversized lines and headers, unknown methods, bodies cut short.
 */
final class RawHttp {

	private final int port;

	private final int timeoutMillis;

	/**
	 * @param timeoutMillis how long to wait for an answer; a connection the server keeps
	 * waiting longer counts as no answer
	 */
	RawHttp(int port, int timeoutMillis) {
		this.port = port;
		this.timeoutMillis = timeoutMillis;
	}

	/** A request exactly as given: request line and headers in ISO-8859-1, raw body. */
	Answer send(String method, String target, List<String> headers, byte[] body, boolean chunked) {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		write(head, method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
		for (String header : headers) {
			write(head, header + "\r\n");
		}
		if (body != null && !chunked) {
			write(head, "Content-Length: " + body.length + "\r\n");
		}
		if (body != null && chunked) {
			write(head, "Transfer-Encoding: chunked\r\n");
		}
		write(head, "\r\n");
		return exchange(head.toByteArray(), body, chunked);
	}

	/** Bytes sent as they are, nothing added. */
	Answer sendRaw(byte[] request) {
		return exchange(request, null, false);
	}

	private Answer exchange(byte[] head, byte[] body, boolean chunked) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(this.timeoutMillis);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head);
				if (body != null) {
					if (chunked) {
						for (int at = 0; at < body.length; at += 8192) {
							int n = Math.min(8192, body.length - at);
							out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
							out.write(body, at, n);
							out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
						}
						out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
					}
					else {
						out.write(body);
					}
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before reading everything: read its
				// answer.
			}
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("HTTP exchange failed", ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[16384];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// Connection reset or no more answer in time: keep what was read.
		}
		return all.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * @param status the status code, 0 when nothing came back
	 * @param headers response headers, names in lower case
	 * @param body the body, de-chunked, as UTF-8
	 */
	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || end < 0) {
				return new Answer(0, Map.of(), text);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].substring(9, 12));
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, at);
				if (lineEnd < 0) {
					break;
				}
				String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
				int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
				at = lineEnd + 2 + size + 2;
			}
			return out.toByteArray();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return -1;
		}

	}

}
