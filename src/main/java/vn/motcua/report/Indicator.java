package vn.motcua.report;

import java.math.BigDecimal;

/**
 * One indicator of Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) or of the period report, with
 * its formula and source beside the figure and the counts behind it, so that a published
 * rate can always be recomputed. An indicator the register cannot compute yet has
 * {@code null} counts and value, and says so in its formula.
 *
 * @param code stable id, e.g. {@code ty-le-dung-han}
 * @param name Vietnamese name
 * @param formula how the figure is computed, in words: numerator ÷ denominator
 * @param source where the counts come from (tables, fields)
 * @param numerator the count or total above the line; {@code null} when not computable
 * @param denominator the count below the line; {@code null} when not computable
 * @param value the figure ({@link Rates}); {@code null} when nothing was counted
 * @param unit {@code %}, {@code ngày làm việc} or {@code giờ làm việc}
 */
record Indicator(String code, String name, String formula, String source, Long numerator, Long denominator,
		BigDecimal value, String unit) {

	static Indicator percent(String code, String name, String formula, String source, long numerator,
			long denominator) {
		return new Indicator(code, name, formula, source, numerator, denominator, Rates.percent(numerator, denominator),
				"%");
	}

	/**
	 * The product of two rates, {@code (a ÷ b) × (c ÷ d) × 100}: numerator {@code a × c},
	 * denominator {@code b × d}, so the figure can still be recomputed from the two.
	 */
	static Indicator product(String code, String name, String formula, String source, long a, long b, long c, long d) {
		return percent(code, name, formula, source, Math.multiplyExact(a, c), Math.multiplyExact(b, d));
	}

}
