package vn.motcua.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list benchmark's data: a register of synthetic dossiers over the last two years, of
 * which about 9% are still open, as in a province's one-stop centres (Thái Bình: 1,591 of
 * 17,603). Every open dossier gets a real {@code mot-cua} process instance, started by
 * the engine at the step its status says, so its tasks carry the candidate groups, due
 * dates, task variables and per-task authorizations that the real flow gives them. Closed
 * dossiers have no engine state left, as after history cleanup of the runtime.
 * <p>
 * Codes start with {@code LB-}; row {@code g} is the same on every run (hashes of
 * {@code g}), and its times are relative to the moment it was loaded. The register only
 * grows: a larger size adds rows {@code present + 1 … size}.
 */
final class ListsData {

	static final String PREFIX = "LB-";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * Instances started per transaction: one commit for many, as a batch import would.
	 */
	private static final int BATCH = 50;

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TransactionTemplate transactions;

	private final List<Procedure> procedures;

	ListsData(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, TransactionTemplate transactions,
			Catalogue catalogue) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.tasks = tasks;
		this.transactions = transactions;
		// The standard flow's procedures; their agencies and receiving units are the
		// groups the tasks go to.
		this.procedures = catalogue.procedures().stream().filter((p) -> "mot-cua".equals(p.flow())).toList();
	}

	long present() {
		return this.jdbc.queryForObject("select count(*) from dossier where code like 'LB-%'", Long.class);
	}

	/**
	 * Adds register rows up to {@code size}, then the engine side of the new open ones.
	 */
	Map<String, Object> growTo(int size, OffsetDateTime now, int threads) throws Exception {
		long present = present();
		if (present > size) {
			throw new IllegalStateException("The register already holds " + present + " benchmark dossiers, more than "
					+ size + ": use a fresh database (bench/lists drops it unless BENCH_REUSE=1)");
		}
		Map<String, Object> load = new LinkedHashMap<>();
		long start = System.nanoTime();
		insertRegister(present + 1, size, now);
		load.put("registerRowsAdded", size - present);
		load.put("registerSeconds", seconds(start));
		long engineStart = System.nanoTime();
		int started = startOpenWork(threads);
		double engineSeconds = seconds(engineStart);
		load.put("processInstancesStarted", started);
		load.put("processInstanceSeconds", engineSeconds);
		load.put("processInstancesPerSecond", (engineSeconds > 0) ? Math.round(started / engineSeconds) : 0);
		load.put("loaderThreads", threads);
		if (present == size && started == 0) {
			return load;
		}
		long vacuum = System.nanoTime();
		// autovacuum is off on these machines: fresh statistics and visibility maps,
		// as a running server would have them.
		this.jdbc.execute("VACUUM (ANALYZE)");
		load.put("vacuumSeconds", seconds(vacuum));
		return load;
	}

	private void insertRegister(long from, long to, OffsetDateTime now) {
		if (from > to) {
			return;
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			slots(connection);
			try (PreparedStatement insert = connection.prepareStatement(REGISTER_SQL)) {
				insert.setObject(1, now);
				insert.setLong(2, from);
				insert.setLong(3, to);
				insert.executeUpdate();
			}
			try (Statement drop = connection.createStatement()) {
				drop.execute("drop table bench_slot");
			}
			return null;
		});
	}

	/**
	 * One row per procedure and receiving unit, four per procedure, so that each
	 * procedure gets the same share and a commune procedure is spread over the communes
	 * that receive it.
	 */
	private void slots(Connection connection) throws java.sql.SQLException {
		try (Statement create = connection.createStatement()) {
			create.execute("create temporary table bench_slot (slot int, procedure_code varchar(64), "
					+ "procedure_name varchar(500), rule_version varchar(100), receiving_unit varchar(64), "
					+ "agency varchar(64), level varchar(10), fee bigint, days int)");
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into bench_slot values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			int slot = 0;
			for (Procedure procedure : this.procedures) {
				for (int i = 0; i < 4; i++) {
					insert.setInt(1, slot++);
					insert.setString(2, procedure.code());
					insert.setString(3, procedure.name());
					insert.setString(4, procedure.ruleVersion());
					insert.setString(5, procedure.receivingUnits().get(i % procedure.receivingUnits().size()));
					insert.setString(6, procedure.agency());
					insert.setString(7, procedure.level());
					insert.setLong(8, procedure.fee().amount());
					// Working days as calendar days, roughly: five working days a week.
					int working = (procedure.committedDays() != null) ? procedure.committedDays() : 0;
					insert.setInt(9, Math.max(1, (int) Math.ceil(working * 1.4)));
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	/**
	 * u: open (below 90, 9%) or closed; v: outcome; w: where in its span a time falls; c:
	 * channel. Closed: submitted over the last two years; 3% refused, 2% withdrawn, 1%
	 * stopped, the rest returned, about 5% of those late. Open: 10% waiting at the
	 * counter, 70% with the agency (12% of them past due, a quarter of which got an
	 * apology and a new date), 5% paused for a supplement, 15% resolved and waiting to be
	 * handed back (a tenth of them past the appointment).
	 */
	private static final String REGISTER_SQL = """
			insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name,
			  applicant_id_number, channel, receiving_unit, agency, level, status, fee_amount, submitted_at,
			  accepted_at, due_at, original_due_at, finished_at, returned_at, paused_at)
			select 'LB-' || lpad(g::text, 8, '0'), p.procedure_code, p.procedure_name, p.rule_version,
			  'Người nộp ' || g, lpad(g::text, 12, '0'),
			  case when r.c < 45 then 'TRUC_TUYEN' when r.c < 95 then 'TRUC_TIEP' else 'BUU_CHINH' end,
			  p.receiving_unit, p.agency, p.level, t.status, p.fee, t.submitted, t.accepted, t.due, t.original_due,
			  t.finished, t.returned, t.paused
			from (select ?::timestamptz as now) n
			cross join generate_series(?::bigint, ?::bigint) g
			cross join lateral (select abs(hashint8(g)::bigint) % 1000 as u, abs(hashint8(-g)::bigint) % 1000 as v,
			  (abs(hashint8(g + 7777777)::bigint) % 100000) / 100000.0 as w, abs(hashint8(3 * g)::bigint) % 100 as c,
			  abs(hashint8(7 * g)::bigint) % (select count(*) from bench_slot) as slot) r
			join bench_slot p on p.slot = r.slot
			cross join lateral (select
			  case when r.u >= 90 then n.now - interval '1 day' * (2 + r.w * 728) end as closed_at,
			  case when r.u < 90 and r.v >= 100 and r.v < 800 then
			    case when r.v < 184 then n.now - interval '1 day' * (1 + r.w * 20)
			         else n.now + interval '1 hour' + interval '1 day' * r.w * p.days end
			       when r.u < 90 and r.v >= 800 and r.v < 850 then n.now + interval '1 day' * (1 + r.w * p.days)
			       when r.u < 90 and r.v >= 865 then n.now + interval '1 hour' + interval '1 day' * r.w * 5
			       when r.u < 90 and r.v >= 850 then n.now - interval '1 day' * (1 + r.w * 5) end as open_due) o
			cross join lateral (select
			  case when r.u >= 90 then
			         case when r.v < 30 then 'TU_CHOI' when r.v < 50 then 'RUT_HO_SO' when r.v < 60 then 'DUNG_XU_LY'
			              else 'DA_TRA_KET_QUA' end
			       when r.v < 100 then 'CHO_TIEP_NHAN' when r.v < 800 then 'DANG_XU_LY' when r.v < 850 then 'TAM_DUNG'
			       else 'CHO_TRA_KET_QUA' end as status,
			  case when r.u >= 90 then o.closed_at
			       when r.v < 100 then n.now - interval '1 day' * r.w
			       else least(o.open_due - interval '1 day' * p.days, n.now - interval '2 hours') end as submitted) s
			cross join lateral (select s.status, s.submitted,
			  case when s.status <> 'TU_CHOI' and s.status <> 'CHO_TIEP_NHAN' then s.submitted end as accepted,
			  case when s.status in ('TU_CHOI', 'CHO_TIEP_NHAN') then null
			       when r.u >= 90 then s.submitted + interval '1 day' * p.days
			       when r.v < 121 then n.now + interval '1 day' * (1 + r.w * 10)
			       else o.open_due end as due,
			  case when s.status in ('TU_CHOI', 'CHO_TIEP_NHAN') then null
			       when r.u >= 90 then s.submitted + interval '1 day' * p.days
			       else o.open_due end as original_due,
			  case when s.status = 'DA_TRA_KET_QUA'
			         then s.submitted + interval '1 day' * p.days * (0.2 + (r.v - 60) / 940.0 * 0.85)
			       when s.status = 'DUNG_XU_LY' then s.submitted + interval '1 day' * p.days * 0.5
			       when s.status = 'CHO_TRA_KET_QUA' then greatest(s.submitted, n.now - interval '1 day' * r.w * 2)
			  end as finished,
			  case when s.status = 'DA_TRA_KET_QUA'
			         then s.submitted + interval '1 day' * (1 + p.days * (0.2 + (r.v - 60) / 940.0 * 0.85)) end
			    as returned,
			  case when s.status = 'TAM_DUNG' then greatest(s.submitted, n.now - interval '1 day' * r.w * 3) end
			    as paused) t
			""";

	/** Open register rows without a process instance yet. */
	private List<OpenDossier> openWithoutInstance() {
		return this.jdbc.query(
				"select code, procedure_code, receiving_unit, agency, channel, status, due_at, "
						+ "original_due_at from dossier where code like 'LB-%' and process_instance_id is null "
						+ "and status in ('CHO_TIEP_NHAN', 'DANG_XU_LY', 'TAM_DUNG', 'CHO_TRA_KET_QUA') order by code",
				(rs, row) -> new OpenDossier(rs.getString("code"), rs.getString("procedure_code"),
						rs.getString("receiving_unit"), rs.getString("agency"), rs.getString("channel"),
						rs.getString("status"), rs.getObject("due_at", OffsetDateTime.class),
						rs.getObject("original_due_at", OffsetDateTime.class)));
	}

	/**
	 * Starts the engine side of every open dossier, {@link #BATCH} to a transaction, on
	 * {@code threads} threads.
	 */
	private int startOpenWork(int threads) throws Exception {
		List<OpenDossier> open = openWithoutInstance();
		OffsetDateTime now = OffsetDateTime.now(VIETNAM);
		return BenchInstances.startInBatches(open, OpenDossier::code, (dossier) -> start(dossier, now), BATCH, threads,
				this.transactions, this.jdbc, "bench lists", 5000);
	}

	/**
	 * Starts the dossier's instance at the step its status says, with the variables the
	 * flow would hold there; returns the instance id.
	 */
	private String start(OpenDossier dossier, OffsetDateTime now) {
		ProcessInstantiationBuilder builder = this.runtime.createProcessInstanceByKey("mot-cua")
			.businessKey(dossier.code())
			.setVariables(variables(dossier));
		boolean approval = false;
		switch (dossier.status()) {
			case "CHO_TIEP_NHAN" -> builder.startBeforeActivity("receive-dossier");
			case "TAM_DUNG" -> builder.startBeforeActivity("receive-agency-supplement");
			case "CHO_TRA_KET_QUA" -> builder.startBeforeActivity("return-result");
			default -> {
				// With the agency: a quarter already appraised and waiting for the
				// leader.
				builder.startBeforeActivity("resolve-at-agency");
				approval = Math.floorMod(dossier.code().hashCode(), 4) == 0;
				// Past due and no apology yet: the overdue timer has fired and the
				// leader has the apology letter to write.
				// Otherwise the deadline watch waits for the warning.
				builder.startBeforeActivity(
						(dossier.dueAt().isBefore(now) && dossier.dueAt().isEqual(dossier.originalDueAt()))
								? "write-apology" : "join-watch");
			}
		}
		ProcessInstance instance = builder.execute();
		if (approval) {
			Task appraisal = this.tasks.createTaskQuery()
				.processInstanceBusinessKey(dossier.code())
				.taskDefinitionKey("appraise-dossier")
				.singleResult();
			this.tasks.complete(appraisal.getId(),
					Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		}
		return instance.getId();
	}

	private Map<String, Object> variables(OpenDossier dossier) {
		Procedure procedure = this.procedures.stream()
			.filter((p) -> p.code().equals(dossier.procedureCode()))
			.findFirst()
			.orElseThrow();
		return BenchInstances.variables(dossier.code(), procedure, dossier.receivingUnit(), dossier.agency(),
				Channel.valueOf(dossier.channel()), "TAM_DUNG".equals(dossier.status()) ? 1 : 0, dossier.dueAt());
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
	}

	private record OpenDossier(String code, String procedureCode, String receivingUnit, String agency, String channel,
			String status, OffsetDateTime dueAt, OffsetDateTime originalDueAt) {

	}

}
