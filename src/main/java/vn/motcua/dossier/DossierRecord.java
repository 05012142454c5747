package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The full record of a dossier, the data of the Phiếu kiểm soát quá trình giải quyết hồ
 * sơ (Mẫu 06): the dossier, its papers, every hand-over with its time and result, and its
 * payments.
 *
 * @param code dossier code
 * @param procedureCode procedure code
 * @param procedureName procedure name
 * @param ruleVersion catalogue version the dossier was received under
 * @param applicant applicant
 * @param channel channel
 * @param receivingUnit receiving unit
 * @param agency competent agency
 * @param status status
 * @param statusLabel status in Vietnamese
 * @param overdue being handled past its due time, or finished after it
 * @param feeAmount fee due, VND
 * @param submittedAt submitted
 * @param acceptedAt accepted at reception
 * @param dueAt appointment for the result
 * @param originalDueAt appointment before an apology moved it
 * @param finishedAt result ready
 * @param returnedAt result returned
 * @param pausedWorkingDays working days the clock stood still
 * @param supplementCount supplement requests
 * @param sets số lượng hồ sơ: sets of papers handed in
 * @param documents papers
 * @param history hand-overs and status changes, each with the full name of who acted
 * @param payments payments
 * @param returnMethod how the applicant asked for the result: {@code tai-quay},
 * {@code buu-chinh}, {@code dien-tu}, or null
 * @param returnAddress by post: the address the result goes to
 */
record DossierRecord(String code, String procedureCode, String procedureName, String ruleVersion,
		Dossier.Applicant applicant, Channel channel, String receivingUnit, String agency, DossierStatus status,
		String statusLabel, boolean overdue, long feeAmount, OffsetDateTime submittedAt, OffsetDateTime acceptedAt,
		OffsetDateTime dueAt, OffsetDateTime originalDueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
		int pausedWorkingDays, int supplementCount, int sets, List<Document> documents, List<HistoryEntry> history,
		List<Payment> payments, String returnMethod, String returnAddress) {

	/**
	 * One line of the history: the event as recorded, and who acted by name.
	 *
	 * @param dossierCode the dossier
	 * @param occurredAt when
	 * @param type what happened, e.g. {@code ACCEPTED}
	 * @param status the dossier's status after it, if it changed
	 * @param actor user id, or {@code he-thong} for timers
	 * @param actorName full name of the actor ("Hệ thống" for timers; the id of an
	 * unknown user)
	 * @param unit agency or unit that acted
	 * @param step process step (task or element id)
	 * @param stepDueAt due time of that step
	 * @param stepResult result of a finished step
	 * @param note free text
	 * @param publicStep shown to the citizen on look-up
	 */
	record HistoryEntry(String dossierCode, OffsetDateTime occurredAt, String type, DossierStatus status, String actor,
			String actorName, String unit, String step, OffsetDateTime stepDueAt, String stepResult, String note,
			boolean publicStep) {

		static HistoryEntry of(DossierEvent event, String actorName) {
			return new HistoryEntry(event.dossierCode(), event.occurredAt(), event.type(), event.status(),
					event.actor(), actorName, event.unit(), event.step(), event.stepDueAt(), event.stepResult(),
					event.note(), event.publicStep());
		}

	}

	/**
	 * A paper of the dossier.
	 *
	 * @param kind {@code NOP} handed in, {@code BO_SUNG} supplement, {@code KET_QUA}
	 * result
	 * @param name name
	 * @param form original or copy
	 * @param copies copies
	 * @param fileName uploaded file, if any
	 * @param sizeBytes its size
	 * @param id the file's id ({@code /api/dossiers/{code}/files/{id}})
	 * @param reusedFrom handed in before and reused by the citizen, else null
	 */
	record Document(String kind, String name, String form, int copies, String fileName, Long sizeBytes, long id,
			ReusedFrom reusedFrom) {

	}

	/**
	 * Where a reused paper came from, with the citizen's consent.
	 *
	 * @param dossierCode the earlier dossier it was handed in with
	 * @param fileId its file there
	 * @param citizenIdNumber the logged-in citizen who reused it
	 * @param consentedAt when they consented
	 * @param consentText what they consented to
	 */
	record ReusedFrom(String dossierCode, long fileId, String citizenIdNumber, OffsetDateTime consentedAt,
			String consentText) {

	}

	/**
	 * A payment of fees and charges.
	 *
	 * @param amount VND
	 * @param method {@code TIEN_MAT} or {@code TRUC_TUYEN}
	 * @param status {@code DA_THANH_TOAN}, {@code CHO_THANH_TOAN} or {@code THAT_BAI}
	 * @param paidAt when it was verified
	 * @param recordedBy officer who recorded it (user id)
	 * @param recordedByName that officer's full name
	 */
	record Payment(long amount, String method, String status, OffsetDateTime paidAt, String recordedBy,
			String recordedByName) {

	}

}
