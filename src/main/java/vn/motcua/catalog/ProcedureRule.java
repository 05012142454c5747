package vn.motcua.catalog;

import java.time.LocalTime;

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
 */
public record ProcedureRule(String ruleVersion, Integer statutoryDays, Integer committedDays, Integer committedHours,
		boolean sameDay, LocalTime cutoff, long feeAmount, Boolean obligationStopsClock) {

	public static ProcedureRule of(Procedure procedure) {
		return new ProcedureRule(procedure.ruleVersion(), procedure.statutoryDays(), procedure.committedDays(),
				procedure.committedHours(), procedure.sameDay(), procedure.cutoff(), procedure.fee().amount(),
				(procedure.financialObligation() != null) ? procedure.financialObligation().stopsClock() : null);
	}

	/** The procedure may have a financial obligation notified during appraisal. */
	public boolean hasFinancialObligation() {
		return this.obligationStopsClock != null;
	}

}
