package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * A dossier as listed for officers: no personal data beyond the applicant's name.
 *
 * @param code dossier code
 * @param procedureCode procedure code
 * @param procedureName procedure name
 * @param applicantName applicant
 * @param channel channel
 * @param receivingUnit receiving unit
 * @param agency competent agency
 * @param status status
 * @param statusLabel status in Vietnamese
 * @param submittedAt submission time
 * @param dueAt appointment for the result
 */
record DossierSummary(String code, String procedureCode, String procedureName, String applicantName, Channel channel,
		String receivingUnit, String agency, DossierStatus status, String statusLabel, OffsetDateTime submittedAt,
		OffsetDateTime dueAt) {

	static DossierSummary of(Dossier d) {
		return new DossierSummary(d.code(), d.procedureCode(), d.procedureName(), d.applicant().name(), d.channel(),
				d.receivingUnit(), d.agency(), d.status(), d.status().label(), d.submittedAt(), d.dueAt());
	}

}
