package vn.motcua.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The period report, counted from the dossier register (never from engine history). For a
 * period {@code [start, end)}:
 * <ul>
 * <li><b>In scope (tiếp nhận)</b>: submitted before {@code end}, and either submitted in
 * the period or still open at {@code start} (carried over: not finished, refused, stopped
 * or withdrawn before {@code start}).</li>
 * <li><b>End of processing</b> (766): {@code finished_at} (result ready, "Đã xử lý xong",
 * which wins over "Đã trả kết quả"), or the time of the event that moved the dossier to
 * {@code TU_CHOI}, {@code DUNG_XU_LY} or {@code RUT_HO_SO}.</li>
 * <li><b>Resolved</b>: finished before {@code end}; late when finished after
 * {@code original_due_at} (the appointment before any apology; pauses move it) or when
 * the dossier was asked for a supplement more than once (766); early when finished on a
 * day before the appointment day; on time otherwise (also when there is no
 * appointment).</li>
 * <li><b>Returned / withdrawn</b>: closed without result before {@code end}.</li>
 * <li><b>In progress</b>: everything else, judged at {@code end}: overdue when the
 * appointment is before {@code end}, or, for a dossier waiting for the applicant's
 * supplement, when it was paused after its appointment (766: the request time is its end
 * time); always overdue after more than one supplement request.</li>
 * </ul>
 * Rows come back grouped by agency, procedure and channel; early results are further
 * grouped by (finished day, appointment day) so that working days early are counted on
 * the calendar once per pair of days rather than once per dossier.
 */
@Repository
class ReportQueries {

	static final String ZONE = "'Asia/Ho_Chi_Minh'";

	private static final String CLOSED_WITHOUT_RESULT = "('TU_CHOI', 'DUNG_XU_LY', 'RUT_HO_SO')";

	/** Statuses of a dossier without result that is still being handled. */
	private static final String OPEN = "('CHO_TIEP_NHAN', 'CHO_BO_SUNG', 'DANG_XU_LY', 'TAM_DUNG', 'CHO_TRA_KET_QUA', "
			+ "'DA_TRA_KET_QUA')";

	private final NamedParameterJdbcTemplate jdbc;

	private volatile Boolean postgres;

	ReportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static String day(String column) {
		return "cast((" + column + " at time zone " + ZONE + ") as date)";
	}

	/** The dossiers in scope with their outcome at the end of the period. */
	static String judged(ReportPeriod period, ReportFilter filter, MapSqlParameterSource parameters) {
		parameters.addValue("start", period.start()).addValue("end", period.end());
		String columns = "select d.code, d.agency, d.procedure_code, d.procedure_name, d.channel, d.receiving_unit, "
				+ "d.submitted_at, d.accepted_at, d.finished_at, d.original_due_at, d.due_at, d.supplement_count, "
				+ "d.paused_at, d.paused_working_days, d.status, d.fee_amount, "
				+ "case when d.finished_at is null and d.status in " + CLOSED_WITHOUT_RESULT
				+ " then (select min(e.occurred_at) from dossier_event e where e.dossier_code = d.code"
				+ " and e.status = d.status) end as closed_at from dossier d where ";
		String conditions = filter.conditions("d", parameters);
		// Four disjoint ways into scope, each served by an index (V10): submitted in the
		// period; or submitted before it and then finished in or after it, still open, or
		// closed without result in or after it. The outer filter below decides.
		String scoped = columns + "d.submitted_at >= :start and d.submitted_at < :end" + conditions + " union all "
				+ columns + "d.finished_at >= :start and d.submitted_at < :start" + conditions + " union all " + columns
				+ "d.status in " + OPEN + " and d.finished_at is null and d.submitted_at < :start" + conditions
				+ " union all " + columns + "d.status in " + CLOSED_WITHOUT_RESULT
				+ " and d.finished_at is null and d.submitted_at < :start"
				+ " and d.code in (select e.dossier_code from dossier_event e where e.status in "
				+ CLOSED_WITHOUT_RESULT + " and e.occurred_at >= :start)" + conditions
				// OFFSET 0 keeps the planner from copying the closed_at sub-select into
				// every CASE below.
				+ " offset 0";
		String outcome = "case when s.finished_at is not null and s.finished_at < :end then"
				+ " (case when s.supplement_count > 1 or s.finished_at > s.original_due_at then 'L'"
				+ " when s.original_due_at is not null and " + day("s.finished_at") + " < " + day("s.original_due_at")
				+ " then 'E' else 'O' end)" + " when s.closed_at is not null and s.closed_at < :end then"
				+ " (case when s.status = 'RUT_HO_SO' then 'W' else 'R' end)"
				+ " when s.supplement_count > 1 then 'X' when s.original_due_at is null then 'P'"
				+ " when s.paused_at is not null and s.paused_at < :end and s.status in ('TAM_DUNG', 'CHO_BO_SUNG')"
				+ " then (case when s.paused_at > s.original_due_at then 'X' else 'P' end)"
				+ " when s.original_due_at < :end then 'X' else 'P' end";
		return "select s.*, " + outcome + " as outcome from (" + scoped + ") s where s.submitted_at >= :start"
				+ " or coalesce(s.finished_at, s.closed_at) is null or coalesce(s.finished_at, s.closed_at) >= :start";
	}

	List<Cell> cells(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		tuneForReport();
		return this.jdbc.query(cellsSql(period, filter, parameters), parameters, ReportQueries::cell);
	}

	/**
	 * On PostgreSQL, inside the caller's transaction: no JIT (the CASE-heavy statement's
	 * cost estimate makes PostgreSQL spend most of a month's report compiling it, 0.9 of
	 * 1.1 s in the benchmark) and room to sort and group a year in memory.
	 */
	void tuneForReport() {
		if (postgres()) {
			this.jdbc.getJdbcTemplate().execute("set local jit = off");
			this.jdbc.getJdbcTemplate().execute("set local work_mem = '128MB'");
		}
	}

	private boolean postgres() {
		Boolean postgres = this.postgres;
		if (postgres == null) {
			postgres = this.jdbc.getJdbcTemplate()
				.execute((ConnectionCallback<Boolean>) (connection) -> "PostgreSQL"
					.equals(connection.getMetaData().getDatabaseProductName()));
			this.postgres = postgres;
		}
		return Boolean.TRUE.equals(postgres);
	}

	/** The statement behind {@link #cells}, for EXPLAIN in the benchmark. */
	static String cellsSql(ReportPeriod period, ReportFilter filter, MapSqlParameterSource parameters) {
		String judged = judged(period, filter, parameters);
		// One count per (slice, outcome, carried over, days) rather than nine CASE sums
		// per
		// row: the aggregation is the cost of a year's report.
		return "select agency, procedure_code, channel, max(procedure_name) as procedure_name, outcome, carried, "
				+ "early_day, due_day, count(*) as n from (select j.*, case when j.submitted_at < :start then 1 "
				+ "else 0 end as carried, case when j.outcome = 'E' then " + day("j.finished_at")
				+ " end as early_day, case when j.outcome = 'E' then " + day("j.original_due_at")
				+ " end as due_day from (" + judged + ") j) x "
				+ "group by agency, procedure_code, channel, outcome, carried, early_day, due_day";
	}

	/**
	 * Agency steps finished late in the period, per agency that did them (liên thông: the
	 * agency that caused the delay), for the dossiers selected: the {@code dossier_step}
	 * rows judged against each agency's own share of the time; for dossiers without such
	 * rows, the late {@code TASK_COMPLETED} rows of their history (Phiếu kiểm soát).
	 */
	List<LateSteps> lateSteps(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String conditions = filter.conditions("d", parameters);
		String sql = "select unit, count(*) as steps, count(distinct dossier_code) as dossiers from ("
				+ "select s.agency as unit, s.dossier_code from dossier_step s join dossier d on d.code = s.dossier_code "
				+ "where s.result = 'QUA_HAN' and s.finished_at >= :start and s.finished_at < :end" + conditions
				+ " union all select e.unit, e.dossier_code from dossier_event e join dossier d on d.code = e.dossier_code "
				+ "where e.step_result = 'QUA_HAN' and e.type = 'TASK_COMPLETED' and e.occurred_at >= :start "
				+ "and e.occurred_at < :end and e.unit is not null and not exists (select 1 from dossier_step s2 "
				+ "where s2.dossier_code = e.dossier_code)" + conditions + ") late group by unit";
		return this.jdbc.query(sql, parameters,
				(rs, row) -> new LateSteps(rs.getString("unit"), rs.getLong("steps"), rs.getLong("dossiers")));
	}

	private static Cell cell(ResultSet rs, int row) throws SQLException {
		Tally tally = new Tally();
		long n = rs.getLong("n");
		tally.received = n;
		tally.carriedOver = (rs.getInt("carried") == 1) ? n : 0;
		switch (rs.getString("outcome")) {
			case "E" -> tally.resolvedEarly = n;
			case "O" -> tally.resolvedOnTime = n;
			case "L" -> tally.resolvedLate = n;
			case "P" -> tally.inProgressWithinTime = n;
			case "X" -> tally.inProgressOverdue = n;
			case "R" -> tally.returned = n;
			case "W" -> tally.withdrawn = n;
			default -> throw new IllegalStateException("Unknown outcome " + rs.getString("outcome"));
		}
		return new Cell(rs.getString("agency"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("channel"), date(rs, "early_day"), date(rs, "due_day"), tally);
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * Counts of one (agency, procedure, channel) and, for early results, one pair of
	 * days.
	 */
	record Cell(String agency, String procedureCode, String procedureName, String channel, LocalDate earlyDay,
			LocalDate dueDay, Tally tally) {

	}

	/**
	 * Late steps of one unit.
	 *
	 * @param unit agency that did the steps
	 * @param steps steps finished after their due time
	 * @param dossiers dossiers with at least one such step
	 */
	record LateSteps(String unit, long steps, long dossiers) {

	}

}
