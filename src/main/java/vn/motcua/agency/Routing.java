package vn.motcua.agency;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import vn.motcua.catalog.Procedure;
import vn.motcua.security.EngineActions;

import org.springframework.stereotype.Component;

/**
 * Which agency resolves a dossier, where the catalogue alone cannot say: the decision
 * table {@code processes/dmn/phan-cong.dmn}, which designers change in Modeler (e.g. a
 * commune-level procedure received at any commune center is resolved by the applicant's
 * commune, Nghị định 118/2025/NĐ-CP Điều 14).
 */
@Component
public class Routing {

	static final String DECISION = "phan-cong";

	private final DecisionService decisions;

	private final EngineActions engine;

	Routing(DecisionService decisions, EngineActions engine) {
		this.decisions = decisions;
		this.engine = engine;
	}

	/**
	 * The competent agency and why.
	 *
	 * @param agency agency code
	 * @param reason the table's reason, in Vietnamese
	 */
	public record Decision(String agency, String reason) {

	}

	/**
	 * The table's decision for a dossier, empty when no row matches: the caller refuses
	 * the dossier rather than guess (the intake answers with a problem, nothing is
	 * written).
	 */
	public Optional<Decision> route(Procedure procedure, String receivingUnit, String applicantCommune) {
		return route(procedure.level(), procedure.agency(), receivingUnit, applicantCommune);
	}

	/**
	 * The same decision for one step of a liên thông procedure: the table is asked with
	 * the step's agency as the catalogue's agency and that agency's level, so a commune
	 * step goes where a commune-level dossier would.
	 * @param level {@code tinh} or {@code xa} (another level matches no row)
	 * @param catalogueAgency the agency the catalogue names
	 * @return the matching row's agency and reason; empty when no row matches (never the
	 * catalogue's agency by default: a designer who wants a catch-all adds it as the last
	 * row of the table)
	 */
	Optional<Decision> route(String level, String catalogueAgency, String receivingUnit, String applicantCommune) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("level", level);
		inputs.put("receivingUnit", receivingUnit);
		inputs.put("applicantCommune", applicantCommune);
		inputs.put("catalogueAgency", catalogueAgency);
		DmnDecisionResult result = this.engine
			.asSystem(() -> this.decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate());
		if (result.isEmpty() || result.getFirstResult().getEntry("agency") == null
				|| result.getFirstResult().getEntry("agency").toString().isBlank()) {
			return Optional.empty();
		}
		return Optional
			.of(new Decision(result.getFirstResult().getEntry("agency"), result.getFirstResult().getEntry("reason")));
	}

}
