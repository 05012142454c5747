package vn.motcua.deadline;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.catalog.ProcedureRule;

/**
 * How a procedure rule is counted on the calendar: the committed time limit printed on
 * the receipt, or the legal one. The counting itself is
 * {@code WorkingDayCalendar.dueAt}'s, for the delegates and the public calculator alike.
 */
final class RuleDeadlines {

	private RuleDeadlines() {
	}

	/** The committed limit: same day, working hours, or working days. */
	static DeadlineSpec committed(ProcedureRule rule) {
		DeadlineSpec spec;
		if (rule.sameDay()) {
			spec = DeadlineSpec.onTheSameDay();
		}
		else if (rule.committedHours() != null && rule.committedHours() > 0) {
			spec = DeadlineSpec.hours(rule.committedHours());
		}
		else {
			int days = (rule.committedDays() != null) ? rule.committedDays() : statutoryDays(rule);
			spec = DeadlineSpec.days(days);
		}
		return spec.withCutoff(rule.cutoff());
	}

	/**
	 * The legal limit in working days, at least one (a same-day procedure handed over to
	 * the standard flow).
	 */
	static DeadlineSpec statutory(ProcedureRule rule) {
		return DeadlineSpec.days(Math.max(1, statutoryDays(rule))).withCutoff(rule.cutoff());
	}

	private static int statutoryDays(ProcedureRule rule) {
		return (rule.statutoryDays() != null) ? rule.statutoryDays() : 1;
	}

}
