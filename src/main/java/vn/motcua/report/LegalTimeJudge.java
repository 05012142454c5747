package vn.motcua.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;

import org.springframework.stereotype.Component;

/**
 * Judges a received dossier that has no appointment the 766 way: the time from reception
 * to its result (or to the judging instant while open), less the time it waited for
 * supplements, against the legal maximum of its procedure. The legal maximum is the rule
 * recorded at reception ({@code dossier_rule}), else the catalogue's: the statutory
 * working days, else the committed working hours, else the same working day. Without any,
 * nothing can be held against the dossier: it counts as in time.
 */
@Component
class LegalTimeJudge {

	private final WorkingDayCalendar calendar;

	private final Catalogue catalogue;

	LegalTimeJudge(WorkingDayCalendar calendar, Catalogue catalogue) {
		this.calendar = calendar;
		this.catalogue = catalogue;
	}

	ReportQueries.Cell judge(ReportQueries.Unscheduled dossier, OffsetDateTime judgedAt) {
		Tally tally = new Tally();
		tally.received = 1;
		tally.carriedOver = dossier.carried() ? 1 : 0;
		ZonedDateTime due = legalDue(dossier);
		LocalDate earlyDay = null;
		LocalDate dueDay = null;
		if (dossier.endAt() != null) {
			ZonedDateTime end = dossier.endAt().atZoneSameInstant(WorkingDayCalendar.VIETNAM);
			if (due != null && end.isAfter(due)) {
				tally.resolvedLate = 1;
			}
			else if (due != null && end.toLocalDate().isBefore(due.toLocalDate())) {
				tally.resolvedEarly = 1;
				earlyDay = end.toLocalDate();
				dueDay = due.toLocalDate();
			}
			else {
				tally.resolvedOnTime = 1;
			}
		}
		else if (due != null && judgedAt.isAfter(due.toOffsetDateTime())) {
			tally.inProgressOverdue = 1;
		}
		else {
			tally.inProgressWithinTime = 1;
		}
		return new ReportQueries.Cell(dossier.agency(), dossier.procedureCode(), dossier.procedureName(),
				dossier.channel(), earlyDay, dueDay, tally);
	}

	/**
	 * Reception plus the legal maximum, moved by the office time paused; null if none.
	 */
	ZonedDateTime legalDue(ReportQueries.Unscheduled dossier) {
		ReportQueries.LegalTime rule = (dossier.rule() != null) ? dossier.rule()
				: this.catalogue.procedure(dossier.procedureCode()).map(LegalTimeJudge::rule).orElse(null);
		DeadlineSpec spec = (rule != null) ? spec(rule) : null;
		if (spec == null || dossier.acceptedAt() == null) {
			return null;
		}
		ZonedDateTime due = this.calendar.dueAt(dossier.acceptedAt().toInstant(), spec);
		return this.calendar.addWorkingTime(due, Duration.ofMinutes(Math.max(0, dossier.pausedMinutes())));
	}

	private static ReportQueries.LegalTime rule(Procedure procedure) {
		return new ReportQueries.LegalTime(procedure.statutoryDays(), procedure.committedHours(), procedure.sameDay());
	}

	private static DeadlineSpec spec(ReportQueries.LegalTime rule) {
		if (rule.statutoryDays() != null && rule.statutoryDays() > 0) {
			return DeadlineSpec.days(rule.statutoryDays());
		}
		if (rule.committedHours() != null && rule.committedHours() > 0) {
			return DeadlineSpec.hours(rule.committedHours());
		}
		return rule.sameDay() ? DeadlineSpec.onTheSameDay() : null;
	}

}
