package vn.motcua.document;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.security.EngineActions;

import org.springframework.stereotype.Component;

/**
 * Who signs a paper, as printed under the signature: an officer's full name from the
 * engine's users (first name and last name), never a login name unless the user has no
 * name; what the system did on its own is signed by the unit itself.
 */
@Component
class Signers {

	private final IdentityService identity;

	private final EngineActions engine;

	Signers(IdentityService identity, EngineActions engine) {
		this.identity = identity;
		this.engine = engine;
	}

	/**
	 * @param userId the actor of a dossier event
	 * @param unitName the unit that signs when the system acted
	 */
	String name(String userId, String unitName) {
		if (userId == null || userId.isBlank() || DossierSteps.SYSTEM.equals(userId)) {
			return unitName;
		}
		// Officers may not read other users: the name is looked up on motcua's authority.
		User user = this.engine.asSystem(() -> this.identity.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return userId;
		}
		String full = (Texts.orBlank(user.getFirstName()) + " " + Texts.orBlank(user.getLastName())).strip();
		return full.isEmpty() ? userId : full;
	}

}
