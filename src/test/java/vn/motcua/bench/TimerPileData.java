package vn.motcua.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timer pile's data: dossiers accepted at the counter and waiting at their agency,
 * each a real {@code mot-cua} instance started by the engine at "Giải quyết tại cơ quan",
 * so each holds the model's deadline watch (the warning timer, one working day before the
 * due time; the due-time timer follows it once it fires), its appraisal task in the
 * agency's sub-process, and the task's grants. Every dossier is due at the same moment,
 * {@code dueAt}: the pile.
 * <p>
 * Codes start with {@code TP-}; the register rows are written by SQL, the instances
 * through the engine, {@link #BATCH} to a transaction. Loading only grows: rows
 * {@code present + 1 … size}.
 */
final class TimerPileData {

	static final String PREFIX = "TP-";

	private static final int BATCH = 100;

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final TransactionTemplate transactions;

	private final List<Procedure> procedures;

	TimerPileData(JdbcTemplate jdbc, RuntimeService runtime, TransactionTemplate transactions, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.transactions = transactions;
		this.procedures = catalogue.procedures().stream().filter((p) -> "mot-cua".equals(p.flow())).toList();
	}

	long present() {
		return this.jdbc.queryForObject("select count(*) from dossier where code like 'TP-%'", Long.class);
	}

	/**
	 * Adds dossiers up to {@code size}, all due at {@code dueAt}; returns load figures.
	 */
	Map<String, Object> growTo(int size, OffsetDateTime dueAt, int threads) throws Exception {
		long present = present();
		Map<String, Object> load = new LinkedHashMap<>();
		long start = System.nanoTime();
		insertRegister(present + 1, size, dueAt);
		load.put("registerRowsAdded", Math.max(0, size - present));
		load.put("registerSeconds", seconds(start));
		long engineStart = System.nanoTime();
		int started = startInstances(threads);
		double engineSeconds = seconds(engineStart);
		load.put("processInstancesStarted", started);
		load.put("processInstanceSeconds", engineSeconds);
		load.put("processInstancesPerSecond", (engineSeconds > 0) ? Math.round(started / engineSeconds) : 0);
		load.put("loaderThreads", threads);
		if (started > 0) {
			long vacuum = System.nanoTime();
			// autovacuum is off on these machines: the statistics a running server
			// would have.
			this.jdbc.execute("VACUUM (ANALYZE)");
			load.put("vacuumSeconds", seconds(vacuum));
		}
		return load;
	}

	private void insertRegister(long from, long to, OffsetDateTime dueAt) {
		if (from > to) {
			return;
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			slots(connection);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name,
					  applicant_id_number, channel, receiving_unit, agency, level, status, fee_amount, submitted_at,
					  accepted_at, due_at, original_due_at)
					select 'TP-' || lpad(g::text, 8, '0'), p.procedure_code, p.procedure_name, p.rule_version,
					  'Người nộp ' || g, lpad(g::text, 12, '0'), 'TRUC_TIEP', p.receiving_unit, p.agency, p.level,
					  'DANG_XU_LY', p.fee, now() - interval '1 day', now() - interval '1 day', ?, ?
					from generate_series(?::bigint, ?::bigint) g
					join tp_slot p on p.slot = g % (select count(*) from tp_slot)
					""")) {
				insert.setObject(1, dueAt);
				insert.setObject(2, dueAt);
				insert.setLong(3, from);
				insert.setLong(4, to);
				insert.executeUpdate();
			}
			try (Statement drop = connection.createStatement()) {
				drop.execute("drop table tp_slot");
			}
			return null;
		});
	}

	/** One row per procedure and receiving unit: the pile is spread over all agencies. */
	private void slots(Connection connection) throws java.sql.SQLException {
		try (Statement create = connection.createStatement()) {
			create.execute("create temporary table tp_slot (slot int, procedure_code varchar(64), "
					+ "procedure_name varchar(500), rule_version varchar(100), receiving_unit varchar(64), "
					+ "agency varchar(64), level varchar(10), fee bigint)");
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into tp_slot values (?, ?, ?, ?, ?, ?, ?, ?)")) {
			int slot = 0;
			for (Procedure procedure : this.procedures) {
				for (String unit : procedure.receivingUnits()) {
					insert.setInt(1, slot++);
					insert.setString(2, procedure.code());
					insert.setString(3, procedure.name());
					insert.setString(4, procedure.ruleVersion());
					insert.setString(5, unit);
					insert.setString(6, procedure.agency());
					insert.setString(7, procedure.level());
					insert.setLong(8, procedure.fee().amount());
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private int startInstances(int threads) throws Exception {
		List<Waiting> waiting = this.jdbc.query(
				"select code, procedure_code, receiving_unit, agency, due_at from dossier "
						+ "where code like 'TP-%' and process_instance_id is null order by code",
				(rs, row) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, OffsetDateTime.class)));
		return BenchInstances.startInBatches(waiting, Waiting::code, this::start, BATCH, threads, this.transactions,
				this.jdbc, "bench timers", 10_000);
	}

	/** The instance as the counter leaves it: accepted, forwarded, at the agency. */
	private String start(Waiting dossier) {
		Procedure procedure = this.procedures.stream()
			.filter((p) -> p.code().equals(dossier.procedureCode()))
			.findFirst()
			.orElseThrow();
		return this.runtime.createProcessInstanceByKey("mot-cua")
			.businessKey(dossier.code())
			.setVariables(BenchInstances.variables(dossier.code(), procedure, dossier.receivingUnit(), dossier.agency(),
					Channel.TRUC_TIEP, 0, dossier.dueAt()))
			.startBeforeActivity("resolve-at-agency")
			.startBeforeActivity("join-watch")
			.execute()
			.getId();
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
	}

	private record Waiting(String code, String procedureCode, String receivingUnit, String agency,
			OffsetDateTime dueAt) {

	}

}
