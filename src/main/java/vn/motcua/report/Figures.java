package vn.motcua.report;

import java.math.BigDecimal;

/**
 * The figures of a period report (the HTTP contract, extended), for the whole selection
 * or one slice of it. Counting rules: {@code ReportQueries}, docs/reports.md; rounding:
 * {@link Rates}.
 *
 * @param received tiếp nhận: accepted in the period plus carried over (accepted before it
 * and still open at its start); never the refused nor those still waiting at the counter
 * @param receivedOnline of which submitted online (trực tuyến)
 * @param resolved đã giải quyết: result ready ({@code finished_at}) in the period
 * @param resolvedEarly before the appointment day (trước hạn)
 * @param resolvedOnTime on the appointment day, by its hour (đúng hạn)
 * @param resolvedLate after the appointment (judged against the appointment before any
 * apology), or supplemented more than once (quá hạn)
 * @param inProgress đang giải quyết at the end of the period
 * @param inProgressOverdue of which past the appointment at the end of the period, or now
 * when the period has not ended
 * @param stopped dừng xử lý, trả lại hồ sơ ({@code DUNG_XU_LY}) in the period
 * @param returned the same as {@code stopped}: the contract's name, kept for its clients;
 * refusals are no longer in it
 * @param withdrawn rút hồ sơ ({@code RUT_HO_SO}) in the period
 * @param refused từ chối tiếp nhận ({@code TU_CHOI}) in the period: not received
 * @param awaitingReception submitted and not yet received nor refused at the end of the
 * period
 * @param earlyRate resolvedEarly ÷ resolved, %
 * @param onTimeRate (resolvedEarly + resolvedOnTime) ÷ resolved, %
 * @param inTimeRate 766 on-time rate: dossiers ended or open in time ÷ (received +
 * refused), %
 * @param avgDaysEarly working days early, averaged over the early results
 * @param satisfactionRate satisfied ratings (hài lòng, rất hài lòng) ÷ ratings given in
 * the period, every criterion counted, %; {@code null} without ratings
 * @param complainedOrDisliked received dossiers named by a phản ánh, kiến nghị or rated
 * không hài lòng (1) on any criterion
 * @param satisfaction766 766 satisfaction in handling TTHC: 100 % − (inProgressOverdue +
 * resolvedLate + complainedOrDisliked) ÷ received × 100, the rate rounded first;
 * {@code null} without received dossiers
 */
record Figures(long received, long receivedOnline, long resolved, long resolvedEarly, long resolvedOnTime,
		long resolvedLate, long inProgress, long inProgressOverdue, long stopped, long returned, long withdrawn,
		long refused, long awaitingReception, BigDecimal earlyRate, BigDecimal onTimeRate, BigDecimal inTimeRate,
		BigDecimal avgDaysEarly, BigDecimal satisfactionRate, long complainedOrDisliked, BigDecimal satisfaction766) {

}
