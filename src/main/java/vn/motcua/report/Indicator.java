package vn.motcua.report;

import java.math.BigDecimal;

/**
 * One indicator of Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) that the register can compute,
 * with its formula beside the figure and the counts behind it, so that a published rate
 * can always be recomputed.
 *
 * @param code stable id, e.g. {@code ty-le-dung-han}
 * @param name Vietnamese name
 * @param formula how the figure is computed, in words
 * @param numerator the count or total above the line; {@code null} when not computable
 * @param denominator the count below the line; {@code null} when not computable
 * @param value the figure ({@link Rates}); {@code null} when nothing was counted
 * @param unit {@code %} or {@code ngày làm việc}
 */
record Indicator(String code, String name, String formula, Long numerator, Long denominator, BigDecimal value,
		String unit) {

	static Indicator percent(String code, String name, String formula, long numerator, long denominator) {
		return new Indicator(code, name, formula, numerator, denominator, Rates.percent(numerator, denominator), "%");
	}

}
