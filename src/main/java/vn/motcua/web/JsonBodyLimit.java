package vn.motcua.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose {@code Content-Type} is not a media type (415), and caps
 * JSON bodies of the API ({@code motcua.web.max-json-size}, 64 kB by default): a declared
 * length over the cap is answered 413 at once; a body sent without a length is counted
 * while it is read and its reader fails at the cap, which {@link ProblemAdvice} answers
 * 413 too. Multipart uploads have their own limits ({@code spring.servlet.multipart.*}).
 */
class JsonBodyLimit extends OncePerRequestFilter {

	private final long limit;

	private final Problems problems;

	JsonBodyLimit(DataSize limit, Problems problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentType() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MediaType type = mediaType(request.getContentType());
		if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
			this.problems.write(request, response, this.problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
			return;
		}
		if (!isJson(type)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.limit) {
			this.problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
					"problem.body-too-large", kilobytes());
			return;
		}
		chain.doFilter(new Capped(request), response);
	}

	private long kilobytes() {
		return this.limit / 1024;
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isJson(MediaType type) {
		return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
	}

	/** Thrown by the body's reader when more than the cap is read. */
	static final class TooLarge extends IOException {

		private final long kilobytes;

		TooLarge(long kilobytes) {
			super("JSON body over the limit");
			this.kilobytes = kilobytes;
		}

		static long limitOf(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLarge tooLarge) {
					return tooLarge.kilobytes;
				}
			}
			return 0;
		}

	}

	private final class Capped extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

	private final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		CountingStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > JsonBodyLimit.this.limit) {
				throw new TooLarge(kilobytes());
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
