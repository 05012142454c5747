package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

	private final DossierRegister register;

	DossierSteps(IdentityService identity, Clock clock, DossierRegister register) {
		this.identity = identity;
		this.clock = clock;
		this.register = register;
	}

	/**
	 * The dossier a process works on: the business key of its top-level instance, which
	 * the register links to that very instance. Never a variable: a variable could have
	 * been written by someone else than the flow. A row not linked yet is being started
	 * in this transaction (intake, switch to the standard flow).
	 * @throws IllegalStateException when the instance is not the dossier's own
	 */
	public Dossier dossier(DelegateExecution execution) {
		return findDossier(execution).orElseThrow(() -> new IllegalStateException(
				"Process instance " + execution.getProcessInstanceId() + " works on no dossier of the register"));
	}

	/**
	 * Like {@link #dossier(DelegateExecution)}, empty for a process that works on no
	 * dossier (a phản ánh, kiến nghị).
	 */
	public Optional<Dossier> findDossier(DelegateExecution execution) {
		DelegateExecution top = execution.getProcessInstance();
		while (top.getSuperExecution() != null) {
			top = top.getSuperExecution().getProcessInstance();
		}
		String code = top.getProcessBusinessKey();
		Optional<Dossier> dossier = (code != null) ? this.register.find(code) : Optional.empty();
		String linked = dossier.map(Dossier::processInstanceId).orElse(null);
		if (linked != null && !linked.equals(top.getId())) {
			throw new IllegalStateException(
					"Process instance " + top.getId() + " is not the flow of dossier " + code + " in the register");
		}
		return dossier;
	}

	/** The code of {@link #dossier(DelegateExecution) the process's own dossier}. */
	public String dossierCode(DelegateExecution execution) {
		return dossier(execution).code();
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
