package vn.motcua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every rate and average of the reports is rounded: a percentage with two decimals,
 * rounded half up (the 766 description's two decimals). Sources differ: Bắc Ninh printed
 * 1,372 ÷ 1,826 = 75.137% as 75.13% (truncated) while Thái Bình printed 190 ÷ 17,603 =
 * 1.079% as 1.08% (rounded); we round, and keep numerator and denominator next to each
 * rate so that either reading can be recomputed.
 */
final class Rates {

	static final int SCALE = 2;

	private Rates() {
	}

	/**
	 * {@code numerator ÷ denominator × 100}, or {@code null} when nothing was counted.
	 */
	static BigDecimal percent(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * {@code 100 − numerator ÷ denominator × 100}, the rate rounded first, or
	 * {@code null} when nothing was counted.
	 */
	static BigDecimal complement(long numerator, long denominator) {
		BigDecimal lost = percent(numerator, denominator);
		return (lost != null) ? BigDecimal.valueOf(100).setScale(SCALE).subtract(lost) : null;
	}

	/** {@code total ÷ count}, or {@code null} when nothing was counted. */
	static BigDecimal average(long total, long count) {
		if (count == 0) {
			return null;
		}
		return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
	}

}
