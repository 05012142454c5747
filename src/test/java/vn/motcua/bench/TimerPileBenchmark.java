package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the timer-pile benchmark. {@value #DEFAULT_DOSSIERS} dossiers (property
 * {@code motcua.bench.timers.dossiers}) wait at their agencies, each with its warning and
 * its due timer, all due on the first working day after the next Tết. This JVM loads them
 * with its job executor off ({@link TimerPileData}), then starts two nodes from the
 * packaged jar with the production settings (profiles {@code postgres,demo}) and, once
 * both are up and idle, moves every one of those timers into the hour just gone, in one
 * statement: the morning after Tết, when the engine finds them all due at once. It then
 * times, from that moment, how long the two nodes take until no timer of the pile is
 * left, and proves each fired exactly once: one successful execution per job in the job
 * log, one warning and one overdue event per dossier in the register, one apology task
 * per dossier. Results: {@code target/bench/timers.json} and
 * {@code target/bench/timers.md}.
 * <p>
 * Run with {@code bench/timers}; {@code -Dmotcua.bench.timers.loadOnly=true} stops after
 * loading (a database to copy for reruns, see the script).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.admin.user=admin",
				"motcua.admin.password=bench-admin" })
@ActiveProfiles({ "postgres", "demo" })
@ExtendWith(PostgresDatabase.class)
class TimerPileBenchmark {

	static final int DEFAULT_DOSSIERS = 100_000;

	static final int DOSSIERS = Integer.getInteger("motcua.bench.timers.dossiers", DEFAULT_DOSSIERS);

	static final int NODES = Integer.getInteger("motcua.bench.timers.nodes", 2);

	static final int LOADER_THREADS = Integer.getInteger("motcua.bench.timers.threads", 4);

	static final boolean LOAD_ONLY = Boolean.getBoolean("motcua.bench.timers.loadOnly");

	/** Extra arguments for every node, e.g. job executor settings to compare. */
	static final String NODE_ARGS = System.getProperty("motcua.bench.timers.nodeArgs", "");

	/** Extra JVM options for the first node, e.g. a flight recording. */
	static final String FIRST_NODE_JVM = System.getProperty("motcua.bench.timers.firstNodeJvm", "");

	/**
	 * Autovacuum on while the pile fires, as on a production server: the CI server here
	 * runs with it off, and without it the job table fills with the dead rows of fired
	 * timers, which every acquisition scan has to step over.
	 */
	static final boolean AUTOVACUUM = Boolean
		.parseBoolean(System.getProperty("motcua.bench.timers.autovacuum", "true"));

	static final Duration GIVE_UP = Duration.ofMinutes(Integer.getInteger("motcua.bench.timers.giveUpMinutes", 45));

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	WorkingDays workingDays;

	@Test
	void fireThePile() throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("dossiers", DOSSIERS);
		OffsetDateTime dueAt = firstWorkingDayAfterTet();
		result.put("dossiersDueAt", dueAt.toString());
		TimerPileData data = new TimerPileData(this.jdbc, this.runtime, this.transactions, this.catalogue);
		result.put("load", data.growTo(DOSSIERS, dueAt, LOADER_THREADS));
		if (LOAD_ONLY) {
			System.out.println("bench timers: loaded " + result);
			return;
		}
		int timers = markPile();
		result.put("timers", timers);
		assertThat(timers).as("one warning timer per waiting dossier: load a fresh database").isEqualTo(DOSSIERS);

		List<AppNode> nodes = new ArrayList<>();
		result.put("autovacuum", AUTOVACUUM);
		boolean vacuumSwitched = AUTOVACUUM && autovacuum(true);
		try {
			for (int i = 0; i < NODES; i++) {
				List<String> arguments = new ArrayList<>();
				arguments.add("--camunda.bpm.generic-properties.properties.hostname=pile-" + (char) ('a' + i));
				if (!NODE_ARGS.isBlank()) {
					arguments.addAll(List.of(NODE_ARGS.trim().split("\\s+")));
				}
				// After the first is up: two nodes starting together race to deploy.
				List<String> jvm = (i == 0 && !FIRST_NODE_JVM.isBlank()) ? List.of(FIRST_NODE_JVM.trim().split("\\s+"))
						: List.of();
				nodes.add(AppNode.start("pile-" + (char) ('a' + i), jvm, arguments).awaitReady(Duration.ofMinutes(3)));
			}
			result.put("nodes", NODES);
			result.put("nodeArguments", NODE_ARGS);
			result.put("firing", fire(nodes, timers));
		}
		finally {
			for (AppNode node : nodes) {
				node.close();
			}
			if (vacuumSwitched) {
				autovacuum(false);
			}
		}
		result.put("exactlyOnce", exactlyOnce());
		write(result);
	}

	/** End of the first working day after the next lunar new year, in the calendar. */
	private OffsetDateTime firstWorkingDayAfterTet() {
		LocalDate today = LocalDate.now(VIETNAM);
		LocalDate tet = LunarCalendar.vietnam().newYear(today.getYear());
		if (!tet.isAfter(today)) {
			tet = LunarCalendar.vietnam().newYear(today.getYear() + 1);
		}
		return this.workingDays.after(tet.atStartOfDay(VIETNAM).toOffsetDateTime(), 1)
			.toInstant()
			.atZone(VIETNAM)
			.toOffsetDateTime();
	}

	/**
	 * Switches the server's autovacuum on for the run, with the job table vacuumed after
	 * every 5,000 changes (the setting the README recommends for production), or back to
	 * the server's own configuration. Returns whether it was switched.
	 */
	private boolean autovacuum(boolean on) {
		if (on) {
			this.jdbc.execute("alter table act_ru_job set (autovacuum_vacuum_scale_factor = 0, "
					+ "autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0, "
					+ "autovacuum_analyze_threshold = 5000)");
			if (Boolean.TRUE
				.equals(this.jdbc.queryForObject("select current_setting('autovacuum') = 'on'", Boolean.class))) {
				return false;
			}
			this.jdbc.execute("alter system set autovacuum = on");
			this.jdbc.execute("alter system set autovacuum_naptime = '15s'");
		}
		else {
			this.jdbc.execute("alter system reset autovacuum");
			this.jdbc.execute("alter system reset autovacuum_naptime");
		}
		this.jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
		return true;
	}

	/** Remembers the pile's timer jobs (their rows go when they fire). */
	private int markPile() {
		this.jdbc.execute("drop table if exists bench_timer_pile");
		this.jdbc.execute("create table bench_timer_pile (job_id varchar(64) primary key, "
				+ "dossier_code varchar(64) not null, activity varchar(255) not null)");
		return this.jdbc.update("insert into bench_timer_pile select j.id_, e.business_key_, d.act_id_ "
				+ "from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_ "
				+ "join act_ru_jobdef d on d.id_ = j.job_def_id_ "
				+ "where j.type_ = 'timer' and e.business_key_ like 'TP-%'");
	}

	/**
	 * Moves the pile into the hour before now and waits until none of it is left,
	 * sampling the rest every two seconds, or less often for a big pile: the count scans
	 * the job table, and sampling must not slow the nodes it measures. The end time comes
	 * from the job log, not from the samples.
	 */
	private Map<String, Object> fire(List<AppNode> nodes, int timers) throws Exception {
		Map<String, Object> firing = new LinkedHashMap<>();
		boolean statements = resetStatementStatistics();
		CpuSample cpuBefore = CpuSample.take(nodes);
		Instant start = Instant.now();
		int moved = this.jdbc.update(
				"update act_ru_job j set duedate_ = cast(? as timestamp) - make_interval(secs => "
						+ "abs(hashtext(j.id_)) % 3600) from bench_timer_pile p where p.job_id = j.id_",
				Timestamp.from(start));
		assertThat(moved).isEqualTo(timers);
		Instant moment = Instant.now();
		firing.put("pileMovedIntoLastHourMs", Duration.between(start, moment).toMillis());
		List<Map<String, Object>> timeline = new ArrayList<>();
		Double half = null;
		long sampleMillis = Math.max(2000, timers / 20);
		while (true) {
			Thread.sleep(sampleMillis);
			long left = remaining();
			double seconds = Duration.between(moment, Instant.now()).toMillis() / 1000.0;
			timeline.add(Map.of("seconds", seconds, "remaining", left));
			System.out.printf("bench timers: %.0f s, %d of %d timers left%n", seconds, left, timers);
			if (half == null && left <= timers / 2) {
				half = seconds;
			}
			if (left == 0) {
				break;
			}
			assertThat(Duration.between(moment, Instant.now())).as("the pile fired in time").isLessThan(GIVE_UP);
		}
		CpuSample cpuAfter = CpuSample.take(nodes);
		double seconds = lastJobSeconds(moment);
		firing.put("secondsUntilHalfFired", half);
		firing.put("secondsUntilAllFired", seconds);
		firing.put("timersPerSecond", Math.round(timers / seconds));
		firing.put("firstExecutionAfterMs", firstExecutionMillis(moment));
		firing.put("executionsPerNode", perNode());
		firing.put("cpu", cpuAfter.since(cpuBefore, nodes));
		if (statements) {
			firing.put("topStatements", topStatements());
		}
		firing.put("timeline", timeline);
		return firing;
	}

	/**
	 * Where PostgreSQL's time goes while the pile fires, when the server has
	 * pg_stat_statements loaded ({@code shared_preload_libraries}); false otherwise.
	 */
	private boolean resetStatementStatistics() {
		try {
			this.jdbc.execute("create extension if not exists pg_stat_statements");
			this.jdbc.execute("select pg_stat_statements_reset()");
			return true;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			System.out.println("bench timers: no pg_stat_statements (" + ex.getMostSpecificCause().getMessage() + ")");
			return false;
		}
	}

	private List<Map<String, Object>> topStatements() {
		return this.jdbc.queryForList("select round(total_exec_time) as total_ms, calls, "
				+ "round((total_exec_time / calls)::numeric, 3) as mean_ms, rows, left(query, 300) as query "
				+ "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) "
				+ "order by total_exec_time desc limit 15");
	}

	private long remaining() {
		return this.jdbc.queryForObject("select count(*) from act_ru_job j join bench_timer_pile p on p.job_id = j.id_",
				Long.class);
	}

	/** Seconds from the move to the last successful execution of the pile. */
	private double lastJobSeconds(Instant moment) {
		Timestamp last = this.jdbc.queryForObject("select max(l.timestamp_) from act_hi_job_log l "
				+ "join bench_timer_pile p on p.job_id = l.job_id_ where l.job_state_ = 2", Timestamp.class);
		return Math.round(Duration.between(moment, last.toInstant()).toMillis() / 100.0) / 10.0;
	}

	private long firstExecutionMillis(Instant moment) {
		Timestamp first = this.jdbc.queryForObject("select min(l.timestamp_) from act_hi_job_log l "
				+ "join bench_timer_pile p on p.job_id = l.job_id_ where l.job_state_ = 2", Timestamp.class);
		return Duration.between(moment, first.toInstant()).toMillis();
	}

	private Map<String, Object> perNode() {
		Map<String, Object> executions = new LinkedHashMap<>();
		this.jdbc.query(
				"select l.hostname_, count(*) from act_hi_job_log l join bench_timer_pile p "
						+ "on p.job_id = l.job_id_ where l.job_state_ = 2 group by l.hostname_ order by 1",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> executions.put(rs.getString(1),
						rs.getLong(2)));
		return executions;
	}

	/**
	 * Each timer fired once: checked in the engine's job log and in the register, never
	 * assumed.
	 */
	private Map<String, Object> exactlyOnce() {
		Map<String, Object> checks = new LinkedHashMap<>();
		long left = remaining();
		// Counted by grouping, not per row: correlated counts over 100,000 jobs take
		// hours.
		long jobsNotOnce = this.jdbc.queryForObject("""
				select count(*) from bench_timer_pile p left join (select job_id_, count(*) n from act_hi_job_log
				  where job_state_ = 2 group by job_id_) l on l.job_id_ = p.job_id
				where coalesce(l.n, 0) <> 1""", Long.class);
		long failures = this.jdbc.queryForObject("select count(*) from act_hi_job_log l join bench_timer_pile p "
				+ "on p.job_id = l.job_id_ where l.job_state_ = 1", Long.class);
		long eventsNotOnce = this.jdbc.queryForObject("""
				select count(*) from (select distinct dossier_code from bench_timer_pile) p
				cross join (values ('DUE_SOON'), ('OVERDUE')) t(type)
				left join (select dossier_code, type, count(*) n from dossier_event
				  where type in ('DUE_SOON', 'OVERDUE') group by dossier_code, type) e
				  on e.dossier_code = p.dossier_code and e.type = t.type
				where coalesce(e.n, 0) <> 1""", Long.class);
		long apologiesNotOnce = this.jdbc.queryForObject("""
				select count(*) from (select distinct dossier_code from bench_timer_pile) p
				left join (select e.business_key_, count(*) n from act_ru_task t
				  join act_ru_execution e on e.id_ = t.proc_inst_id_
				  where t.task_def_key_ = 'write-apology' group by e.business_key_) a
				  on a.business_key_ = p.dossier_code
				where coalesce(a.n, 0) <> 1""", Long.class);
		checks.put("timersLeft", left);
		checks.put("jobsNotExecutedExactlyOnce", jobsNotOnce);
		checks.put("failedAttempts", failures);
		checks.put("dossierEventsNotExactlyOnce", eventsNotOnce);
		checks.put("dossiersWithoutExactlyOneApologyTask", apologiesNotOnce);
		assertThat(left).as("timers left").isZero();
		assertThat(jobsNotOnce).as("jobs not executed exactly once").isZero();
		assertThat(eventsNotOnce).as("warning/overdue events not recorded exactly once").isZero();
		assertThat(apologiesNotOnce).as("dossiers without exactly one apology task").isZero();
		return checks;
	}

	@SuppressWarnings("unchecked")
	private void write(Map<String, Object> result) throws IOException {
		Path dir = Path.of("target", "bench");
		Files.createDirectories(dir);
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		json.writeValue(dir.resolve("timers.json").toFile(), result);
		Map<String, Object> firing = (Map<String, Object>) result.get("firing");
		Map<String, Object> load = (Map<String, Object>) result.get("load");
		StringBuilder md = new StringBuilder();
		md.append(
				"| dossiers | timers | nodes | all fired after | half after | timers/s | first after | per node | failed attempts | exactly once |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|\n");
		md.append(String.format("| %,d | %,d | %d | %.1f s | %.1f s | %s | %d ms | %s | %s | %s |%n",
				result.get("dossiers"), result.get("timers"), result.get("nodes"), firing.get("secondsUntilAllFired"),
				firing.get("secondsUntilHalfFired"), firing.get("timersPerSecond"), firing.get("firstExecutionAfterMs"),
				firing.get("executionsPerNode"),
				((Map<String, Object>) result.get("exactlyOnce")).get("failedAttempts"), "yes"));
		md.append("\nLoad: ").append(load).append("\nCPU: ").append(firing.get("cpu")).append('\n');
		Files.writeString(dir.resolve("timers.md"), md.toString());
		System.out.println(md);
	}

	/**
	 * CPU time from /proc: the machine's busy and total jiffies, and each node's JVM
	 * (user + system), so the figures say whether the nodes or PostgreSQL were the limit.
	 */
	private record CpuSample(long busy, long total, List<Long> nodes) {

		static CpuSample take(List<AppNode> nodes) throws IOException {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i <= 8; i++) {
				// user … steal; guest time is already counted in user
				total += Long.parseLong(cpu[i]);
			}
			long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
			List<Long> perNode = new ArrayList<>();
			for (AppNode node : nodes) {
				String stat = Files.readString(Path.of("/proc", Long.toString(node.pid()), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime and stime are fields 14 and 15 of the line, 12 and 13 after the
				// name
				perNode.add(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
			}
			return new CpuSample(total - idle, total, perNode);
		}

		Map<String, Object> since(CpuSample before, List<AppNode> nodes) {
			Map<String, Object> cpu = new LinkedHashMap<>();
			long total = this.total - before.total;
			cpu.put("machineBusyPercent", Math.round(100.0 * (this.busy - before.busy) / total));
			long nodeJiffies = 0;
			for (int i = 0; i < nodes.size(); i++) {
				nodeJiffies += this.nodes.get(i) - before.nodes.get(i);
			}
			cpu.put("nodesShareOfBusyPercent", Math.round(100.0 * nodeJiffies / (this.busy - before.busy)));
			return cpu;
		}

	}

}
