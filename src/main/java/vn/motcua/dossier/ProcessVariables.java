package vn.motcua.dossier;

/**
 * Names of the process variables motcua's models read: ids and small values only, never
 * personal data (Cockpit shows variables to operators).
 */
public final class ProcessVariables {

	/** The dossier code, also the business key. */
	public static final String DOSSIER_CODE = "dossierCode";

	public static final String PROCEDURE_CODE = "procedureCode";

	public static final String PROCEDURE_NAME = "procedureName";

	public static final String RECEIVING_UNIT = "receivingUnit";

	/** Competent agency of the current step. */
	public static final String AGENCY = "agency";

	/** Candidate group of reception and return at the receiving unit. */
	public static final String RECEPTION_GROUP = "receptionGroup";

	/** Candidate group of appraisal at the agency. */
	public static final String SPECIALIST_GROUP = "specialistGroup";

	/** Candidate group of approval and apology letters at the agency. */
	public static final String LEADER_GROUP = "leaderGroup";

	/**
	 * Candidate group of the agency's officers stationed at the center ("4/5 tại chỗ").
	 */
	public static final String ON_SITE_GROUP = "onSiteGroup";

	/**
	 * User ids, comma-separated, of the leaders authorised to approve the procedure on
	 * site.
	 */
	public static final String ON_SITE_APPROVERS = "onSiteApprovers";

	/** Due instant of the dossier (java.util.Date), read by the timers. */
	public static final String DUE_AT = "dueAt";

	/** Due date as the officer reads it, dd/MM/yyyy HH:mm. */
	public static final String DUE_TEXT = "dueText";

	public static final String FEE_AMOUNT = "feeAmount";

	public static final String CHANNEL = "channel";

	/** The channel as officers read it, e.g. "Trực tiếp". */
	public static final String CHANNEL_LABEL = "channelLabel";

	/**
	 * Re-appointments (apology letters, Mẫu 04) so far; the law allows one per dossier.
	 */
	public static final String APOLOGY_COUNT = "apologyCount";

	/**
	 * How the result is returned ({@code tai-quay}, {@code buu-chinh}, {@code dien-tu}):
	 * chosen at reception, confirmed by the officer on the return form.
	 */
	public static final String RETURN_METHOD = "returnMethod";

	/** Supplement requests so far; the law allows one per dossier. */
	public static final String SUPPLEMENT_COUNT = "supplementCount";

	private ProcessVariables() {
	}

}
