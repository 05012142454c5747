package vn.motcua.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One agency's figures (as lead agency) and the late steps it did itself.
 *
 * @param agency agency code
 * @param name agency name
 * @param figures dossiers whose lead agency it is
 * @param lateSteps steps it finished after their due time in the period (liên thông
 * lateness is attributed to the agency that caused it)
 * @param lateDossiers dossiers with at least one such step
 */
record AgencyRow(String agency, String name, @JsonUnwrapped Figures figures, long lateSteps, long lateDossiers) {

}
