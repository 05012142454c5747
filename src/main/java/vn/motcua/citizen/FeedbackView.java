package vn.motcua.citizen;

import java.time.OffsetDateTime;

/**
 * {@code GET /api/feedback/{code}}: a phản ánh, kiến nghị as the officers who handle it
 * read it. Holds the sender's name and contact: {@code toString} is redacted. The portal
 * takes no attachments with a feedback, so there are no files to list.
 *
 * @param code the feedback's code
 * @param senderName who sent it
 * @param contact phone or e-mail to answer to
 * @param dossierCode the dossier it is about, if any
 * @param agency the agency the sender named, if any
 * @param handler the agency that handles it: the one named when known, else the center
 * @param handlerName the handler's name
 * @param content what the citizen wrote
 * @param status {@code MOI}, {@code DA_TRA_LOI} or {@code TU_CHOI}
 * @param createdAt when it was received, Vietnam time
 * @param answer the published answer, once given
 * @param answeredAt when it was answered, Vietnam time
 * @param answeredBy the officer who answered
 * @param urgeNote what the center wrote when it urged a late answer, if it did
 * @param urgedAt when it urged, Vietnam time
 */
record FeedbackView(String code, String senderName, String contact, String dossierCode, String agency, String handler,
		String handlerName, String content, String status, OffsetDateTime createdAt, String answer,
		OffsetDateTime answeredAt, String answeredBy, String urgeNote, OffsetDateTime urgedAt) {

	@Override
	public String toString() {
		return "FeedbackView[" + this.code + ", redacted]";
	}

}
