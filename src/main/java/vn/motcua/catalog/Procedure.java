package vn.motcua.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An administrative procedure (thủ tục hành chính) of {@code procedures.yaml}, the data
 * its process reads: who resolves it, where it is received, which flow, which deadlines
 * and fees.
 *
 * @param code national procedure code (mã TTHC)
 * @param name official Vietnamese name
 * @param field lĩnh vực
 * @param level {@code tinh} or {@code xa}
 * @param agency code of the competent agency
 * @param receivingUnits codes of the units whose counters receive it
 * @param flow process key: {@code mot-cua}, {@code tai-cho} or {@code lien-thong}
 * @param statutoryDays legal time limit in working days
 * @param committedDays working days the receipt promises
 * @param committedHours when set, the deadline is counted in working hours instead of
 * days
 * @param sameDay the result is returned the same working day
 * @param cutoff received after this time counts as received the next working day
 * @param fee fee or charge, with its legal basis
 * @param documents papers the applicant hands in
 * @param onlineLevel {@code toan-trinh}, {@code mot-phan} or {@code none}
 * @param legalBasis legal basis of the procedure
 * @param effectiveFrom rule version: the date this entry took effect
 * @param steps liên thông steps in order
 * @param shares optional: each internal step's share of the committed time (quy trình nội
 * bộ); see {@link #stepShares()} for the default
 * @param financialObligation optional: the applicant may have to pay a tax or levy that
 * an agency notifies during appraisal, and whether the time it takes stops the clock
 */
public record Procedure(String code, String name, String field, String level, String agency,
		List<String> receivingUnits, String flow, Integer statutoryDays, Integer committedDays, Integer committedHours,
		boolean sameDay, LocalTime cutoff, Fee fee, List<RequiredDocument> documents, String onlineLevel,
		String legalBasis, LocalDate effectiveFrom, List<Step> steps, Shares shares,
		FinancialObligation financialObligation) {

	public Procedure {
		receivingUnits = (receivingUnits == null) ? List.of() : List.copyOf(receivingUnits);
		documents = (documents == null) ? List.of() : List.copyOf(documents);
		steps = (steps == null) ? List.of() : List.copyOf(steps);
		fee = (fee == null) ? Fee.FREE : fee;
		onlineLevel = (onlineLevel == null) ? "none" : onlineLevel;
	}

	/**
	 * Rule version recorded on every dossier: the code and the date the entry took
	 * effect.
	 */
	public String ruleVersion() {
		return this.code + "@" + ((this.effectiveFrom != null) ? this.effectiveFrom : "");
	}

	/**
	 * The committed time in working hours, what the receipt promises: the committed hours
	 * when counted in hours, one working day for a same-day result, otherwise the
	 * committed (or, without them, the statutory) working days of 8 hours.
	 */
	public int committedWorkingHours() {
		if (this.committedHours != null && this.committedHours > 0) {
			return this.committedHours;
		}
		if (this.sameDay) {
			return Allowance.HOURS_PER_DAY;
		}
		Integer days = (this.committedDays != null) ? this.committedDays : this.statutoryDays;
		return (days != null) ? days * Allowance.HOURS_PER_DAY : 0;
	}

	/**
	 * Each internal step's share of the committed time: the catalogue's {@code shares},
	 * or for a standard ({@code mot-cua}) procedure of at least 4 working hours that is
	 * not same-day, a default split in whole working hours: reception and forward a
	 * tenth, approval a fifth, return a tenth (each at least one hour), appraisal the
	 * rest. Empty when there is none: each step is then judged against the dossier's due
	 * time.
	 */
	public Optional<Shares> stepShares() {
		if (this.shares != null) {
			return Optional.of(this.shares);
		}
		int total = committedWorkingHours();
		if (!"mot-cua".equals(this.flow) || this.sameDay || total < 4) {
			return Optional.empty();
		}
		int reception = Math.max(1, total / 10);
		int approval = Math.max(1, total / 5);
		int handBack = Math.max(1, total / 10);
		return Optional
			.of(new Shares(Allowance.hours(reception), Allowance.hours(total - reception - approval - handBack),
					Allowance.hours(approval), Allowance.hours(handBack)));
	}

	/**
	 * The internal steps of a procedure and their shares of the committed time (Thông tư
	 * 03/2025/TT-VPCP, Mẫu 06: each hand-over is judged against its own time).
	 *
	 * @param reception reception at the counter and forwarding to the agency
	 * @param appraisal the specialist's appraisal
	 * @param approval the leader's approval and signature
	 * @param returnResult fee and return of the result at the counter (YAML key
	 * {@code return})
	 */
	public record Shares(Allowance reception, Allowance appraisal, Allowance approval,
			@JsonProperty("return") Allowance returnResult) {

		/** The share of {@code step}, or null when not given. */
		public Allowance of(InternalStep step) {
			return switch (step) {
				case RECEPTION -> this.reception;
				case APPRAISAL -> this.appraisal;
				case APPROVAL -> this.approval;
				case RETURN -> this.returnResult;
			};
		}

	}

	/** The internal steps that have their own share of the committed time. */
	public enum InternalStep {

		RECEPTION("reception"), APPRAISAL("appraisal"), APPROVAL("approval"), RETURN("return");

		private final String key;

		InternalStep(String key) {
			this.key = key;
		}

		/** The YAML key under {@code shares}. */
		public String key() {
			return this.key;
		}

	}

	/**
	 * A fee or charge.
	 *
	 * @param amount VND; 0 means free
	 * @param basis legal basis of the fee
	 */
	public record Fee(long amount, String basis) {

		static final Fee FREE = new Fee(0, null);

	}

	/**
	 * A financial obligation (nghĩa vụ tài chính) an agency may notify during appraisal:
	 * the dossier waits until the applicant brings the proof of payment to the center.
	 *
	 * @param stopsClock the sector law excludes the time the applicant takes to pay from
	 * the time limit (the clock stops as for a supplement); otherwise it keeps running
	 * @param basis legal basis of that rule
	 */
	public record FinancialObligation(boolean stopsClock, String basis) {

	}

	/**
	 * A paper of the dossier (thành phần hồ sơ).
	 *
	 * @param name name of the paper
	 * @param form bản chính, bản sao, bản sao chứng thực…
	 * @param count number of copies
	 * @param required the dossier is incomplete without it (default); {@code false} for a
	 * paper needed only in some cases ("nếu có"): an online submission is refused while a
	 * required paper has no file
	 */
	public record RequiredDocument(String name, String form, Integer count, Boolean required) {

		public RequiredDocument {
			required = (required == null) ? Boolean.TRUE : required;
		}

		public RequiredDocument(String name, String form, Integer count) {
			this(name, form, count, null);
		}

	}

	/**
	 * One agency's share of a liên thông procedure.
	 *
	 * @param agency agency code
	 * @param days its share in working days
	 * @param parallel runs alongside the previous step instead of after it
	 */
	public record Step(String agency, Integer days, boolean parallel) {

	}

}
