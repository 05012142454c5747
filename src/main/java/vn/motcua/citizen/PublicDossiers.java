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
 * in constant time, so the API tells nothing about which dossiers exist.
 */
@Component
class PublicDossiers {

	private static final byte[] NOBODY = digest("no such applicant");

	private final DossierRegister register;

	PublicDossiers(DossierRegister register) {
		this.register = register;
	}

	Dossier find(String code, String idNumber) {
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
