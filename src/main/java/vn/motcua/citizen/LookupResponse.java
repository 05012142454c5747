package vn.motcua.citizen;

import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;

/**
 * What a citizen sees of a dossier: its progress, nothing of the applicant.
 *
 * @param code dossier code
 * @param status stored status
 * @param statusLabel its Vietnamese label
 * @param procedureCode mã TTHC
 * @param procedureName name of the procedure
 * @param channel how it was submitted
 * @param submittedAt when it was submitted
 * @param acceptedAt when the center accepted it
 * @param dueAt the appointment for the result
 * @param returnedAt when the result was returned
 * @param steps the public steps of its history
 */
record LookupResponse(String code, String status, String statusLabel, String procedureCode, String procedureName,
		String channel, OffsetDateTime submittedAt, OffsetDateTime acceptedAt, OffsetDateTime dueAt,
		OffsetDateTime returnedAt, List<Step> steps) {

	static LookupResponse of(Dossier dossier, List<DossierEvent> events) {
		return new LookupResponse(dossier.code(), dossier.status().name(), dossier.status().label(),
				dossier.procedureCode(), dossier.procedureName(), dossier.channel().label(), dossier.submittedAt(),
				dossier.acceptedAt(), dossier.dueAt(), dossier.returnedAt(),
				events.stream()
					.filter(DossierEvent::publicStep)
					.map((event) -> new Step(event.type(), (event.status() != null) ? event.status().label() : null,
							event.occurredAt(), event.note()))
					.toList());
	}

	/**
	 * One public step.
	 *
	 * @param type what happened, e.g. {@code ACCEPTED}
	 * @param statusLabel the status it led to, in Vietnamese
	 * @param occurredAt when
	 * @param note the note shown to the citizen
	 */
	record Step(String type, String statusLabel, OffsetDateTime occurredAt, String note) {

	}

}
