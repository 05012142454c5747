package vn.motcua.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The period report, counted from the dossier register (never from engine history). For a
 * period {@code [start, end)} (docs/reports.md says the same in words):
 * <ul>
 * <li><b>Received (tiếp nhận)</b>: accepted in the period, or accepted before it and
 * still open at {@code start} (carried over: not finished, stopped or withdrawn before
 * {@code start}). Refused ({@code TU_CHOI}) and not-yet-accepted submissions are counted
 * apart.</li>
 * <li><b>End of processing</b> (766): {@code finished_at} (result ready, "Đã xử lý xong",
 * which wins over "Đã trả kết quả"), or {@code closed_at}, the time of the event that
 * moved the dossier to {@code TU_CHOI}, {@code DUNG_XU_LY} or {@code RUT_HO_SO}; a stop
 * or withdrawal after the appointment is late.</li>
 * <li><b>Resolved</b>: finished before {@code end}; late when finished after
 * {@code original_due_at} (the appointment before any apology; pauses move it) or when
 * the dossier was asked for a supplement more than once (766); early when finished on a
 * day before the appointment day; on time otherwise.</li>
 * <li><b>In progress</b>: everything else received, judged at {@code judgedAt}, the end
 * of the period or now if sooner: overdue when the appointment is before it, or, for a
 * dossier waiting for the applicant's supplement, when it was paused after its
 * appointment (766: the request time is its end time); always overdue after more than one
 * supplement request.</li>
 * <li><b>No appointment</b>: stage {@code N}, judged by {@link LegalTimeJudge}.</li>
 * </ul>
 * Rows come back grouped by agency, procedure and channel; early results are further
 * grouped by (finished day, appointment day) so that working days early are counted on
 * the calendar once per pair of days rather than once per dossier.
 */
@Repository
class ReportQueries {

	static final String ZONE = "'Asia/Ho_Chi_Minh'";

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

	/**
	 * The dossiers of the period, one row each: slice, carried over or not, and its
	 * {@code stage}, which is its outcome except that {@code 'D'} stands for a result in
	 * time, early ({@code 'E'}) or on time ({@code 'O'}) depending on its two days, given
	 * for {@code 'D'} only. Stages: {@code D}/{@code L} resolved in time / late;
	 * {@code P}/{@code X} open within time / overdue at {@code :judgedAt};
	 * {@code R}/{@code S} stopped in time / late; {@code W}/{@code V} withdrawn in time /
	 * late; {@code F} refused at reception; {@code A} not yet received at the end of the
	 * period; {@code N} received without an appointment, judged by {@code PeriodReport}
	 * against its legal time.
	 */
	static String judged(ReportPeriod period, OffsetDateTime judgedAt, ReportFilter filter,
			MapSqlParameterSource parameters) {
		parameters.addValue("start", period.start()).addValue("end", period.end()).addValue("judgedAt", judgedAt);
		String lateClose = "(d.supplement_count > 1 or d.closed_at > d.original_due_at)";
		String stage = "case when d.status = 'TU_CHOI' and d.closed_at < :end then 'F'"
				+ " when d.status = 'TU_CHOI' or d.accepted_at is null or d.accepted_at >= :end then 'A'"
				+ " when d.original_due_at is null and (d.finished_at < :end or d.closed_at is null or d.closed_at >= :end)"
				+ " then 'N'" + " when d.finished_at < :end then"
				+ " (case when d.supplement_count > 1 or d.finished_at > d.original_due_at then 'L' else 'D' end)"
				+ " when d.finished_at is null and d.closed_at < :end then (case when d.status = 'RUT_HO_SO' then"
				+ " (case when " + lateClose + " then 'V' else 'W' end) else (case when " + lateClose
				+ " then 'S' else 'R' end) end)" + " when d.supplement_count > 1 then 'X'"
				+ " when d.paused_at < :judgedAt and d.status in ('TAM_DUNG', 'CHO_BO_SUNG')"
				+ " then (case when d.paused_at > d.original_due_at then 'X' else 'P' end)"
				+ " when d.original_due_at < :judgedAt then 'X' else 'P' end";
		// Each day is cast once per row, and only for results in time: the time zone
		// casts were most of a year's cost when the outcome was worked out per row.
		String columns = "select d.code, d.agency, d.procedure_code, d.procedure_name, d.channel,"
				+ " case when d.accepted_at < :start then 1 else 0 end as carried, " + stage + " as stage,"
				+ " case when (" + stage + ") = 'D' then " + day("d.finished_at") + " end as finished_day,"
				+ " case when (" + stage + ") = 'D' then " + day("d.original_due_at") + " end as due_day,"
				+ " d.accepted_at, d.finished_at, d.paused_minutes from dossier d where ";
		String conditions = filter.conditions("d", parameters);
		// Disjoint ways into the period, each served by an index for a short period and
		// by a parallel scan for a long one: accepted in the period; accepted before it
		// and then finished in or after it, still open, or stopped or withdrawn in or
		// after it (closed_at, which the register sets only with TU_CHOI, DUNG_XU_LY and
		// RUT_HO_SO); refused in the period; submitted before its end and not accepted,
		// refused, stopped or withdrawn by then (waiting at the counter): never accepted,
		// or accepted after the end, two ranges of the accepted_at index rather than a
		// scan of everything submitted before the end.
		return columns + "d.accepted_at >= :start and d.accepted_at < :end and d.status <> 'TU_CHOI'" + conditions
				+ " union all " + columns
				+ "d.finished_at >= :start and d.accepted_at < :start and d.status <> 'TU_CHOI'" + conditions
				+ " union all " + columns + "d.status in " + OPEN
				+ " and d.finished_at is null and d.accepted_at < :start" + conditions + " union all " + columns
				+ "d.finished_at is null and d.closed_at >= :start and d.accepted_at < :start and d.status <> 'TU_CHOI'"
				+ conditions + " union all " + columns
				+ "d.status = 'TU_CHOI' and d.closed_at >= :start and d.closed_at < :end" + conditions + " union all "
				+ columns + "d.accepted_at is null and d.submitted_at < :end "
				+ "and (d.closed_at is null or d.closed_at >= :end)" + conditions + " union all " + columns
				+ "d.accepted_at >= :end and d.submitted_at < :end and (d.closed_at is null or d.closed_at >= :end)"
				+ conditions;
	}

	/**
	 * The received dossiers without an appointment, one row each, for
	 * {@code PeriodReport} to judge against their legal time: {@code end_at} is when
	 * their result came in the period, or null when still open.
	 */
	List<Unscheduled> unscheduled(ReportPeriod period, OffsetDateTime judgedAt, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = "select s.code, s.agency, s.procedure_code, s.procedure_name, s.channel, s.carried, "
				+ "s.accepted_at, case when s.finished_at < :end then s.finished_at end as end_at, s.paused_minutes, "
				+ "r.statutory_days, r.committed_hours, r.same_day, r.dossier_code as rule_code from ("
				+ judged(period, judgedAt, filter, parameters)
				+ ") s left join dossier_rule r on r.dossier_code = s.code " + "where s.stage = 'N'";
		return this.jdbc.query(sql, parameters,
				(rs, row) -> new Unscheduled(rs.getString("agency"), rs.getString("procedure_code"),
						rs.getString("procedure_name"), rs.getString("channel"), rs.getInt("carried") == 1,
						rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("end_at", OffsetDateTime.class),
						rs.getInt("paused_minutes"),
						(rs.getString("rule_code") != null)
								? new LegalTime(rs.getObject("statutory_days", Integer.class),
										rs.getObject("committed_hours", Integer.class), rs.getBoolean("same_day"))
								: null));
	}

	List<Cell> cells(ReportPeriod period, OffsetDateTime judgedAt, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		tuneForReport();
		return this.jdbc.query(cellsSql(period, judgedAt, filter, parameters), parameters, ReportQueries::cell);
	}

	/**
	 * On PostgreSQL, inside the caller's transaction:
	 * <ul>
	 * <li>no JIT: the CASE-heavy statement's cost estimate makes PostgreSQL spend most of
	 * a month's report compiling it (0.9 of 1.1 s in the benchmark);</li>
	 * <li>room to group a year in memory: hash tables of about 11 MB in each
	 * process;</li>
	 * <li>a plan for the period asked: the statement is the same for a month and a year,
	 * and after five runs on a connection PostgreSQL may switch to one generic plan that
	 * guesses the period's size (in the benchmark a year then takes 0.65 s instead of 0.4
	 * s, one process doing most of the scan); planning takes about 1 ms.</li>
	 * </ul>
	 * The scans run in parallel as the server allows
	 * ({@code max_parallel_workers_per_gather}, 2 by default).
	 */
	void tuneForReport() {
		if (postgres()) {
			this.jdbc.getJdbcTemplate().execute("set local jit = off");
			this.jdbc.getJdbcTemplate().execute("set local work_mem = '128MB'");
			this.jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
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
	static String cellsSql(ReportPeriod period, OffsetDateTime judgedAt, ReportFilter filter,
			MapSqlParameterSource parameters) {
		String judged = judged(period, judgedAt, filter, parameters);
		// One count per (slice, carried over, stage, days), then per (slice, outcome,
		// carried over, early days): results in time on the appointment day fold into
		// one on-time count. Both groupings are hash tables; the inner one runs in each
		// parallel worker.
		String early = "s.finished_day < s.due_day";
		return "select agency, procedure_code, channel, max(procedure_name) as procedure_name, outcome, carried, "
				+ "early_day, due_day, sum(n) as n from (select s.agency, s.procedure_code, s.channel, "
				+ "max(s.procedure_name) as procedure_name, s.carried, case when s.stage = 'D' then (case when " + early
				+ " then 'E' else 'O' end) else s.stage end as outcome, case when " + early
				+ " then s.finished_day end as early_day, case when " + early + " then s.due_day end as due_day, "
				+ "count(*) as n from (" + judged
				+ ") s where s.stage <> 'N' group by s.agency, s.procedure_code, s.channel, s.carried, "
				+ "s.stage, s.finished_day, s.due_day) g group by agency, procedure_code, channel, outcome, carried, "
				+ "early_day, due_day";
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

	/** The rating criteria of {@code evaluation}, 1 không hài lòng to 3 rất hài lòng. */
	static final List<String> CRITERIA = List.of("time_rating", "contacts_rating", "supplements_rating",
			"attitude_rating", "correctness_rating", "return_rating", "feedback_rating");

	/**
	 * Ratings given in the period, per slice: every criterion of every evaluation, and
	 * those of them rated satisfied (2 or 3).
	 */
	List<Rated> ratings(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String satisfied = String.join(" + ",
				CRITERIA.stream().map((c) -> "case when e." + c + " >= 2 then 1 else 0 end").toList());
		String sql = "select d.agency, d.procedure_code, d.channel, count(*) as n, sum(" + satisfied
				+ ") as satisfied from evaluation e join dossier d on d.code = e.dossier_code "
				+ "where e.created_at >= :start and e.created_at < :end" + filter.conditions("d", parameters)
				+ " group by d.agency, d.procedure_code, d.channel";
		return this.jdbc.query(sql, parameters,
				(rs, row) -> new Rated(rs.getString("agency"), rs.getString("procedure_code"), rs.getString("channel"),
						rs.getLong("n") * CRITERIA.size(), rs.getLong("satisfied")));
	}

	/**
	 * Received dossiers of the period (carried over included, refused and waiting
	 * excluded) named by a phản ánh, kiến nghị ({@code feedback.dossier_code}) or rated
	 * không hài lòng (1) on any criterion, per slice: the second term of the 766
	 * satisfaction in handling TTHC.
	 */
	List<Complained> complained(ReportPeriod period, OffsetDateTime judgedAt, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String disliked = CRITERIA.stream().map((c) -> "e." + c + " = 1").collect(Collectors.joining(" or "));
		String sql = "select s.agency, s.procedure_code, s.channel, count(*) as n from ("
				+ judged(period, judgedAt, filter, parameters)
				+ ") s where s.stage not in ('F', 'A') and (exists (select 1 from feedback f "
				+ "where f.dossier_code = s.code) or exists (select 1 from evaluation e where e.dossier_code = s.code "
				+ "and (" + disliked + "))) group by s.agency, s.procedure_code, s.channel";
		return this.jdbc.query(sql, parameters, (rs, row) -> new Complained(rs.getString("agency"),
				rs.getString("procedure_code"), rs.getString("channel"), rs.getLong("n")));
	}

	/**
	 * Received dossiers of one slice with a phản ánh, kiến nghị or a không hài lòng
	 * rating.
	 *
	 * @param agency lead agency
	 * @param procedureCode procedure
	 * @param channel channel
	 * @param dossiers how many
	 */
	record Complained(String agency, String procedureCode, String channel, long dossiers) {

	}

	/**
	 * Ratings of one slice.
	 *
	 * @param agency lead agency
	 * @param procedureCode procedure
	 * @param channel channel
	 * @param ratings criteria rated
	 * @param satisfied of which satisfied
	 */
	record Rated(String agency, String procedureCode, String channel, long ratings, long satisfied) {

	}

	private static Cell cell(ResultSet rs, int row) throws SQLException {
		Tally tally = new Tally();
		long n = rs.getLong("n");
		String outcome = rs.getString("outcome");
		boolean received = !"F".equals(outcome) && !"A".equals(outcome);
		tally.received = received ? n : 0;
		tally.carriedOver = (received && rs.getInt("carried") == 1) ? n : 0;
		switch (outcome) {
			case "E" -> tally.resolvedEarly = n;
			case "O" -> tally.resolvedOnTime = n;
			case "L" -> tally.resolvedLate = n;
			case "P" -> tally.inProgressWithinTime = n;
			case "X" -> tally.inProgressOverdue = n;
			case "R" -> tally.stopped = n;
			case "S" -> {
				tally.stopped = n;
				tally.closedLate = n;
			}
			case "W" -> tally.withdrawn = n;
			case "V" -> {
				tally.withdrawn = n;
				tally.closedLate = n;
			}
			case "F" -> tally.refused = n;
			case "A" -> tally.awaitingReception = n;
			default -> throw new IllegalStateException("Unknown outcome " + outcome);
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
	 * The legal time of a dossier's procedure as recorded at reception.
	 *
	 * @param statutoryDays legal working days, if counted in days
	 * @param committedHours working hours, if counted in hours
	 * @param sameDay returned the same working day
	 */
	record LegalTime(Integer statutoryDays, Integer committedHours, boolean sameDay) {

	}

	/**
	 * A received dossier without an appointment.
	 *
	 * @param agency lead agency
	 * @param procedureCode procedure
	 * @param procedureName procedure name
	 * @param channel channel
	 * @param carried received before the period
	 * @param acceptedAt when it was received
	 * @param endAt when its result came, in the period; null while open
	 * @param pausedMinutes office time paused for supplements
	 * @param rule its rule as recorded at reception, null when none was recorded
	 */
	record Unscheduled(String agency, String procedureCode, String procedureName, String channel, boolean carried,
			OffsetDateTime acceptedAt, OffsetDateTime endAt, int pausedMinutes, LegalTime rule) {

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
