package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds a dossier for someone who knows its code and the applicant's ID number. An
 * unknown code and a wrong ID number give the same answer, and the numbers are compared
 * in constant time, so the API tells nothing about which dossiers exist. Every endpoint
 * about one dossier calls it before any other check.
 * <p>
 * The ID number travels in the {@value #ID_HEADER} header or the request body, never in a
 * URL (proxy logs, browser history); {@code ?idNumber=} is still read for the clients of
 * the published contract.
 */
@Component
public class PublicDossiers {

	/** The request header that carries the applicant's ID number. */
	public static final String ID_HEADER = "X-Id-Number";

	private static final byte[] NOBODY = digest("no such applicant");

	private final DossierRegister register;

	PublicDossiers(DossierRegister register) {
		this.register = register;
	}

	/**
	 * The ID number a request gives: its {@value #ID_HEADER} header, else the body's or
	 * the query's {@code idNumber}.
	 */
	public static String idNumber(String header, String other) {
		return (header != null && !header.isBlank()) ? header : other;
	}

	/**
	 * The dossier, if {@code idNumber} is its applicant's; otherwise the 404 of an
	 * unknown code.
	 */
	public Dossier find(String code, String idNumber) {
		Optional<Dossier> found = (code != null && code.length() <= 64) ? this.register.find(code) : Optional.empty();
		byte[] expected = found.map((dossier) -> digest(dossier.applicant().idNumber())).orElse(NOBODY);
		byte[] given = digest((idNumber != null) ? idNumber.strip() : "");
		boolean matches = MessageDigest.isEqual(expected, given);
		if (found.isEmpty() || !matches) {
			throw notFound();
		}
		return found.get();
	}

	static ApiException notFound() {
		return new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "citizen.dossier.not-found");
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
