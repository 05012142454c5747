package vn.motcua.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Runs an engine call on motcua's own authority, after our API has checked what the
 * officer may do: starting a dossier's process or correlating a withdrawal must not
 * require officers to hold engine permissions that would also let them start processes
 * without a dossier through the REST API.
 */
@Component
public class EngineActions {

	private final IdentityService identity;

	EngineActions(IdentityService identity) {
		this.identity = identity;
	}

	public <T> T asSystem(Supplier<T> action) {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return action.get();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

}
