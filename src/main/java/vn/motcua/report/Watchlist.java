package vn.motcua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.calendar.WorkingDayCalendar;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Dossiers a manager must watch now: being handled and due by the end of the next working
 * day, or already past their appointment. No personal data: code, procedure, agency and
 * dates only.
 */
@Component
class Watchlist {

	static final int LIMIT = 200;

	private static final String COLUMNS = "select d.code, d.procedure_code, d.procedure_name, d.agency, d.status, "
			+ "d.due_at, d.original_due_at from dossier d ";

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final PeriodReport report;

	Watchlist(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock, PeriodReport report) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
		this.report = report;
	}

	/** Due from now to the close of the next working day, soonest first. */
	List<Item> dueSoon(ReportFilter filter) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(ReportPeriod.VIETNAM).toLocalDate();
		OffsetDateTime until = this.calendar.endOfDay(this.calendar.addWorkingDays(today, 1)).toOffsetDateTime();
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", now).addValue("until", until)
			.addValue("limit", LIMIT);
		return this.jdbc.query(COLUMNS + "where d.status = 'DANG_XU_LY' and d.finished_at is null "
				+ "and d.due_at >= :now and d.due_at <= :until" + filter.conditions("d", parameters)
				+ " order by d.due_at, d.code limit :limit", parameters, (rs, row) -> item(rs, now));
	}

	/**
	 * Being handled past the appointment before any apology (the date lateness is judged
	 * on), longest overdue first.
	 */
	List<Item> overdue(ReportFilter filter) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", now).addValue("limit", LIMIT);
		return this.jdbc.query(
				COLUMNS + "where d.status = 'DANG_XU_LY' and d.finished_at is null " + "and d.original_due_at < :now"
						+ filter.conditions("d", parameters) + " order by d.original_due_at, d.code limit :limit",
				parameters, (rs, row) -> item(rs, now));
	}

	private Item item(java.sql.ResultSet rs, OffsetDateTime now) throws java.sql.SQLException {
		OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
		OffsetDateTime original = rs.getObject("original_due_at", OffsetDateTime.class);
		LocalDate today = now.atZoneSameInstant(ReportPeriod.VIETNAM).toLocalDate();
		Integer daysLate = (original != null && original.isBefore(now)) ? this.calendar
			.workingDaysBetween(original.atZoneSameInstant(ReportPeriod.VIETNAM).toLocalDate(), today) : null;
		return new Item(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("agency"), this.report.agencyName(rs.getString("agency")), due, original, daysLate);
	}

	/**
	 * A dossier on the watchlist.
	 *
	 * @param code dossier code
	 * @param procedure procedure code
	 * @param procedureName procedure name
	 * @param agency lead agency code
	 * @param agencyName lead agency name
	 * @param dueAt current appointment
	 * @param originalDueAt appointment before any apology
	 * @param workingDaysLate working days past {@code originalDueAt}, when past
	 */
	record Item(String code, String procedure, String procedureName, String agency, String agencyName,
			OffsetDateTime dueAt, OffsetDateTime originalDueAt, Integer workingDaysLate) {

	}

}
