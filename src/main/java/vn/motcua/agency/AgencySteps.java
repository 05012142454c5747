package vn.motcua.agency;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.StepResult;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of which agency held a dossier, when, and whether it kept its own due time;
 * the reports attribute lateness to the agency of the late row.
 */
@Component
class AgencySteps {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingDayCalendar calendar;

	AgencySteps(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Opens a step; returns its number within the dossier. */
	int open(String dossierCode, String agency, Integer shareDays, OffsetDateTime startedAt, OffsetDateTime dueAt) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("code", dossierCode);
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(step_no), 0) from dossier_step where dossier_code = :code", parameters,
				Integer.class);
		int number = ((last != null) ? last : 0) + 1;
		this.jdbc.update(
				"insert into dossier_step (dossier_code, step_no, agency, share_days, started_at, due_at) "
						+ "values (:code, :no, :agency, :share, :started, :due)",
				parameters.addValue("no", number)
					.addValue("agency", agency)
					.addValue("share", shareDays)
					.addValue("started", startedAt)
					.addValue("due", dueAt));
		return number;
	}

	/**
	 * Closes the dossier's open step of {@code agency}, judging it against its due time.
	 */
	void close(String dossierCode, String agency, OffsetDateTime finishedAt) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("code", dossierCode).addValue("agency", agency);
		var open = this.jdbc.query(
				"select step_no, started_at, due_at from dossier_step where dossier_code = :code and agency = :agency "
						+ "and finished_at is null order by step_no desc",
				parameters,
				(rs, row) -> new Object[] { rs.getInt("step_no"), rs.getObject("started_at", OffsetDateTime.class),
						rs.getObject("due_at", OffsetDateTime.class) });
		if (open.isEmpty()) {
			return;
		}
		Object[] step = open.get(0);
		OffsetDateTime started = (OffsetDateTime) step[1];
		OffsetDateTime due = (OffsetDateTime) step[2];
		int days = this.calendar.workingDaysBetween(day(started), day(finishedAt));
		this.jdbc.update(
				"update dossier_step set finished_at = :finished, working_days = :days, result = :result "
						+ "where dossier_code = :code and step_no = :no",
				parameters.addValue("finished", finishedAt)
					.addValue("days", days)
					.addValue("result", StepResult.of(finishedAt, due))
					.addValue("no", step[0]));
	}

	private static java.time.LocalDate day(OffsetDateTime time) {
		return time.atZoneSameInstant(VIETNAM).toLocalDate();
	}

}
