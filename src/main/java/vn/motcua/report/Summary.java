package vn.motcua.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code GET /api/reports/summary}: the contract's figures of the whole selection, and
 * the same figures per agency, procedure and channel.
 *
 * @param figures the whole selection
 * @param byAgency per lead agency, most overdue first
 * @param byProcedure per procedure
 * @param byChannel per channel
 */
record Summary(@JsonUnwrapped Figures figures, List<AgencyRow> byAgency, List<ProcedureRow> byProcedure,
		List<ChannelRow> byChannel) {

}
