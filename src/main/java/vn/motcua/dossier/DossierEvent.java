package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * One line of a dossier's history (a row of the Phiếu kiểm soát quá trình giải quyết hồ
 * sơ). Published as a Spring application event after the transaction that wrote it
 * commits, for notifications, surveys and reports.
 *
 * @param dossierCode the dossier
 * @param occurredAt when
 * @param type what happened, e.g. {@code ACCEPTED}
 * @param status the dossier's status after it, if it changed
 * @param actor user id, or {@code he-thong} for timers
 * @param unit agency or unit that acted
 * @param step process step (task or element id)
 * @param stepDueAt due time of that step
 * @param stepResult {@code TRUOC_HAN}, {@code DUNG_HAN} or {@code QUA_HAN} for a finished
 * step
 * @param note free text: reasons, items to supplement
 * @param publicStep shown to the citizen on look-up
 */
public record DossierEvent(String dossierCode, OffsetDateTime occurredAt, String type, DossierStatus status,
		String actor, String unit, String step, OffsetDateTime stepDueAt, String stepResult, String note,
		boolean publicStep) {

}
