package vn.motcua.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code GET /api/reports/summary}: the DESIGN.md figures of the whole selection, and the
 * same figures per agency, procedure and channel.
 *
 * @param figures the whole selection
 * @param byAgency per lead agency, most overdue first
 * @param byProcedure per procedure
 * @param byChannel per channel
 */
record Summary(@JsonUnwrapped Figures figures, List<AgencyRow> byAgency, List<ProcedureRow> byProcedure,
		List<ChannelRow> byChannel) {

}

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

/**
 * One procedure's figures.
 *
 * @param procedure procedure code
 * @param name procedure name
 * @param figures its figures
 */
record ProcedureRow(String procedure, String name, @JsonUnwrapped Figures figures) {

}

/**
 * One channel's figures.
 *
 * @param channel {@code TRUC_TIEP}, {@code TRUC_TUYEN} or {@code BUU_CHINH}
 * @param name Vietnamese name
 * @param figures its figures
 */
record ChannelRow(String channel, String name, @JsonUnwrapped Figures figures) {

}
