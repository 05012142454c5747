package vn.motcua.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a paper: a scan made at the counter or a file sent online. Only PDF, JPEG and
 * PNG are kept, recognised by their first bytes (the client's content type is not
 * trusted).
 *
 * @param fileName the name given by the client
 * @param contentType the type found from the first bytes
 * @param content the bytes
 * @param sha256 hex SHA-256 of the bytes, kept as the file's fingerprint
 */
public record PaperFile(String fileName, String contentType, byte[] content, String sha256) {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * @return the checked file, or nothing when it is no PDF, JPEG or PNG
	 */
	public static java.util.Optional<PaperFile> of(String fileName, byte[] content) {
		String type = typeOf(content);
		return (type == null) ? java.util.Optional.empty()
				: java.util.Optional.of(new PaperFile(safeName(fileName), type, content, sha256(content)));
	}

	/** {@code application/pdf}, {@code image/jpeg}, {@code image/png} or {@code null}. */
	public static String typeOf(byte[] content) {
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		return null;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** No path, no control characters, at most 255 characters (the end is kept). */
	public static String safeName(String name) {
		String safe = (name == null || name.isBlank()) ? "tep" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		return (safe.length() > 255) ? safe.substring(safe.length() - 255) : safe;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return "PaperFile[" + this.contentType + ", " + this.content.length + " bytes]";
	}

}
