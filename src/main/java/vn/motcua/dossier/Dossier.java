package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * A row of the dossier register. It holds the applicant's personal data: never log it or
 * put it in a process variable.
 */
public record Dossier(String code, String procedureCode, String procedureName, String ruleVersion, Applicant applicant,
		Channel channel, String receivingUnit, String agency, String level, DossierStatus status, long feeAmount,
		OffsetDateTime submittedAt, OffsetDateTime acceptedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt,
		OffsetDateTime finishedAt, OffsetDateTime returnedAt, OffsetDateTime pausedAt, int pausedWorkingDays,
		int supplementCount, int apologyCount, String processInstanceId, String lookupToken, String note) {

	/**
	 * The person or organisation who submitted the dossier.
	 *
	 * @param name full name or organisation name
	 * @param idNumber the 12-digit citizen ID (CCCD) or the organisation's tax/ID number
	 * @param phone phone for SMS notifications
	 * @param email e-mail for notifications
	 * @param address postal address
	 */
	public record Applicant(String name, String idNumber, String phone, String email, String address) {

		@Override
		public String toString() {
			return "Applicant[redacted]";
		}

	}

	@Override
	public String toString() {
		return "Dossier[" + this.code + ", " + this.procedureCode + ", " + this.status + "]";
	}

}
