package vn.motcua.catalog;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The part of a procedure's catalogue entry that a dossier keeps from the moment it is
 * received: its time limits, how they count and its fee. A later edit of the catalogue
 * applies to new dossiers only.
 *
 * @param ruleVersion the entry's rule version ({@link Procedure#ruleVersion()})
 * @param statutoryDays legal time limit in working days, or {@code null}
 * @param committedDays working days the receipt promises, or {@code null}
 * @param committedHours working hours the receipt promises, or {@code null} when counted
 * in days
 * @param sameDay the result is returned the same working day
 * @param cutoff received after this time counts as received the next working day, or
 * {@code null}
 * @param feeAmount fee in VND, 0 when free
 * @param obligationStopsClock whether a financial obligation stops the clock, or
 * {@code null} when the procedure has none
 * @param shares each internal step's share of the committed time
 * ({@link Procedure#stepShares()}), or {@code null} when the steps have none
 * @param steps the liên thông steps in order, empty for other flows
 */
public record ProcedureRule(String ruleVersion, Integer statutoryDays, Integer committedDays, Integer committedHours,
		boolean sameDay, LocalTime cutoff, long feeAmount, Boolean obligationStopsClock, Procedure.Shares shares,
		List<Procedure.Step> steps) {

	public ProcedureRule {
		steps = (steps == null) ? List.of() : List.copyOf(steps);
	}

	public static ProcedureRule of(Procedure procedure) {
		return new ProcedureRule(procedure.ruleVersion(), procedure.statutoryDays(), procedure.committedDays(),
				procedure.committedHours(), procedure.sameDay(), procedure.cutoff(), procedure.fee().amount(),
				(procedure.financialObligation() != null) ? procedure.financialObligation().stopsClock() : null,
				procedure.stepShares().orElse(null), procedure.steps());
	}

	/** The internal steps' shares, when the procedure gives them. */
	public Optional<Procedure.Shares> stepShares() {
		return Optional.ofNullable(this.shares);
	}

	/** The procedure may have a financial obligation notified during appraisal. */
	public boolean hasFinancialObligation() {
		return this.obligationStopsClock != null;
	}

}
