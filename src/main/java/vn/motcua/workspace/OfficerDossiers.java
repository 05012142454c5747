package vn.motcua.workspace;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The dossier an officer may open: received by or resolved at one of his agencies (or
 * any, for managers). Any other answers 404, exactly as an unknown code, so that an
 * officer of another agency learns nothing of it.
 */
@Component
class OfficerDossiers {

	private final DossierRegister register;

	OfficerDossiers(DossierRegister register) {
		this.register = register;
	}

	Dossier visible(String code) {
		Officer officer = Officer.current();
		return this.register.find(code)
			.filter((dossier) -> officer.sees(dossier.receivingUnit(), dossier.agency()))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "dossier.not-found", code));
	}

}
