package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Shared helpers of the delegates: who acts (the logged-in officer, or the system for
 * timers) and when (the engine's clock, so that process tests moving {@code ClockUtil}
 * move the register too).
 */
@Component
public class DossierSteps {

	/** The actor recorded for timers and other work nobody clicked. */
	public static final String SYSTEM = "he-thong";

	private final IdentityService identity;

	private final Clock clock;

	DossierSteps(IdentityService identity, Clock clock) {
		this.identity = identity;
		this.clock = clock;
	}

	public String actor() {
		Authentication current = this.identity.getCurrentAuthentication();
		return (current != null && current.getUserId() != null) ? current.getUserId() : SYSTEM;
	}

	/** Now, in Vietnam's zone, on the application clock (which follows the engine's). */
	public OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
