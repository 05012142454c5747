package vn.motcua.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
 */
public record Procedure(String code, String name, String field, String level, String agency,
		List<String> receivingUnits, String flow, Integer statutoryDays, Integer committedDays, Integer committedHours,
		boolean sameDay, LocalTime cutoff, Fee fee, List<RequiredDocument> documents, String onlineLevel,
		String legalBasis, LocalDate effectiveFrom, List<Step> steps) {

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
	 * A fee or charge.
	 *
	 * @param amount VND; 0 means free
	 * @param basis legal basis of the fee
	 */
	public record Fee(long amount, String basis) {

		static final Fee FREE = new Fee(0, null);

	}

	/**
	 * A paper of the dossier (thành phần hồ sơ).
	 *
	 * @param name name of the paper
	 * @param form bản chính, bản sao, bản sao chứng thực…
	 * @param count number of copies
	 */
	public record RequiredDocument(String name, String form, Integer count) {

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
