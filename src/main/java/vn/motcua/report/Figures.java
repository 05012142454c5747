package vn.motcua.report;

import java.math.BigDecimal;

/**
 * The figures of a period report (DESIGN.md contract), for the whole selection or one
 * slice of it. Counting rules: {@code ReportQueries}; rounding: {@link Rates}.
 *
 * @param received tiếp nhận: submitted in the period plus carried over (open at its
 * start)
 * @param receivedOnline of which received online (trực tuyến)
 * @param resolved đã giải quyết: result ready ({@code finished_at}) in the period
 * @param resolvedEarly before the appointment day (trước hạn)
 * @param resolvedOnTime on the appointment day, by its hour (đúng hạn)
 * @param resolvedLate after the appointment (judged against the appointment before any
 * apology), or supplemented more than once (quá hạn)
 * @param inProgress đang giải quyết at the end of the period
 * @param inProgressOverdue of which past the appointment at the end of the period
 * @param returned trả lại: refused or stopped (TU_CHOI, DUNG_XU_LY) in the period
 * @param withdrawn rút hồ sơ (RUT_HO_SO) in the period
 * @param earlyRate resolvedEarly ÷ resolved, %
 * @param onTimeRate (resolvedEarly + resolvedOnTime) ÷ resolved, %
 * @param avgDaysEarly working days early, averaged over the early results
 * @param satisfactionRate share of satisfied ratings, %; {@code null} until ratings are
 * recorded
 */
record Figures(long received, long receivedOnline, long resolved, long resolvedEarly, long resolvedOnTime,
		long resolvedLate, long inProgress, long inProgressOverdue, long returned, long withdrawn, BigDecimal earlyRate,
		BigDecimal onTimeRate, BigDecimal avgDaysEarly, BigDecimal satisfactionRate) {

}
