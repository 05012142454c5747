package vn.motcua.citizen;

/**
 * The answer to an online submission.
 *
 * @param code the dossier code
 * @param status the dossier's status when it was created
 * @param lookupToken a secret the citizen keeps to look the dossier up
 */
record SubmissionResponse(String code, String status, String lookupToken) {

}
