package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The time an internal step may take, as the province's quy trình nội bộ writes it: "04
 * giờ", "0,25 ngày làm việc", "2 ngày". One working day is 8 working hours; the calendar
 * counts whole working hours, so a share in days must come to whole hours.
 *
 * @param text the share as written in the catalogue
 */
public record Allowance(@JsonValue String text) {

	/** Working hours of a working day. */
	public static final int HOURS_PER_DAY = 8;

	private static final Pattern FORM = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(giờ|ngày)(?:\\s+làm\\s+việc)?",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public Allowance {
	}

	/**
	 * A bare number in the YAML file, kept as written so that the check names its field
	 * and asks for a unit.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Allowance number(double value) {
		return new Allowance(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Allowance number(int value) {
		return new Allowance(String.valueOf(value));
	}

	public static Allowance hours(int hours) {
		return new Allowance(hours + " giờ");
	}

	public static Allowance days(int days) {
		return new Allowance(days + " ngày");
	}

	/** The share in working hours; empty when it is not written as hours or days. */
	public Optional<BigDecimal> workingHours() {
		if (this.text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(this.text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		BigDecimal amount = new BigDecimal(matcher.group(1).replace(',', '.'));
		boolean days = matcher.group(2).equalsIgnoreCase("ngày");
		return Optional.of(days ? amount.multiply(BigDecimal.valueOf(HOURS_PER_DAY)) : amount);
	}

	/**
	 * The share in whole working hours; empty when unreadable or a fraction of an hour.
	 */
	public Optional<Integer> wholeHours() {
		return workingHours().filter((hours) -> hours.stripTrailingZeros().scale() <= 0).map(BigDecimal::intValueExact);
	}

	/**
	 * A whole number of working days ("2 ngày"): the step is then due at the close of
	 * office hours of its last day, like a procedure's deadline; any other share is
	 * counted in working hours from the step's start.
	 */
	public Optional<Integer> wholeDays() {
		if (this.text == null || !this.text.toLowerCase().contains("ngày")) {
			return Optional.empty();
		}
		return wholeHours().filter((hours) -> hours % HOURS_PER_DAY == 0).map((hours) -> hours / HOURS_PER_DAY);
	}

	/** Two shares one after the other: days when both are whole days, else hours. */
	public Allowance plus(Allowance other) {
		Optional<Integer> days = wholeDays().flatMap((a) -> other.wholeDays().map((b) -> a + b));
		if (days.isPresent()) {
			return days(days.get());
		}
		return hours(wholeHours().orElseThrow() + other.wholeHours().orElseThrow());
	}

	@Override
	public String toString() {
		return this.text;
	}

}
