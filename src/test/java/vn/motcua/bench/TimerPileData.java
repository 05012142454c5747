package vn.motcua.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timer pile's data: dossiers accepted at the counter and waiting at their agency,
 * each a real {@code mot-cua} instance started by the engine at "Giải quyết tại cơ quan",
 * so each holds the model's two deadline timers (warning one working day before the due
 * time, and the due time itself), its appraisal task in the agency's sub-process, and the
 * task's grants. Every dossier is due at the same moment, {@code dueAt}: the pile.
 * <p>
 * Codes start with {@code TP-}; the register rows are written by SQL, the instances
 * through the engine, {@link #BATCH} to a transaction. Loading only grows: rows
 * {@code present + 1 … size}.
 */
final class TimerPileData {

	static final String PREFIX = "TP-";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
				"select code, procedure_code, procedure_name, receiving_unit, agency, due_at from dossier "
						+ "where code like 'TP-%' and process_instance_id is null order by code",
				(rs, row) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger started = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					int from;
					while ((from = next.getAndAdd(BATCH)) < waiting.size()) {
						List<Waiting> batch = waiting.subList(from, Math.min(waiting.size(), from + BATCH));
						this.transactions.executeWithoutResult((status) -> {
							List<Object[]> links = new ArrayList<>();
							for (Waiting dossier : batch) {
								String instance = this.runtime.createProcessInstanceByKey("mot-cua")
									.businessKey(dossier.code())
									.setVariables(variables(dossier))
									.startBeforeActivity("resolve-at-agency")
									.execute()
									.getId();
								links.add(new Object[] { instance, dossier.code() });
							}
							this.jdbc.batchUpdate("update dossier set process_instance_id = ? where code = ?", links);
						});
						int done = started.addAndGet(batch.size());
						if (done / 10_000 != (done - batch.size()) / 10_000) {
							System.out.printf("bench timers: %d of %d process instances started%n", done,
									waiting.size());
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return started.get();
	}

	/** What the flow holds when the counter has accepted the dossier and forwarded it. */
	private Map<String, Object> variables(Waiting dossier) {
		Procedure procedure = this.procedures.stream()
			.filter((p) -> p.code().equals(dossier.procedureCode()))
			.findFirst()
			.orElseThrow();
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.DOSSIER_CODE, dossier.code());
		variables.put(ProcessVariables.PROCEDURE_CODE, dossier.procedureCode());
		variables.put(ProcessVariables.PROCEDURE_NAME, dossier.procedureName());
		variables.put(ProcessVariables.RECEIVING_UNIT, dossier.receivingUnit());
		variables.put(ProcessVariables.AGENCY, dossier.agency());
		variables.put(ProcessVariables.RECEPTION_GROUP, dossier.receivingUnit() + ":tiep-nhan");
		variables.put(ProcessVariables.SPECIALIST_GROUP, dossier.agency() + ":chuyen-vien");
		variables.put(ProcessVariables.LEADER_GROUP, dossier.agency() + ":lanh-dao");
		variables.put(ProcessVariables.ON_SITE_GROUP, dossier.agency() + ":tai-cho");
		variables.put(ProcessVariables.ON_SITE_APPROVERS, "");
		variables.put(ProcessVariables.FEE_AMOUNT, procedure.fee().amount());
		variables.put(ProcessVariables.CHANNEL, Channel.TRUC_TIEP.name());
		variables.put(ProcessVariables.CHANNEL_LABEL, Channel.TRUC_TIEP.label());
		variables.put(ProcessVariables.SUPPLEMENT_COUNT, 0);
		variables.put("receptionDecision", "accept");
		variables.put(ProcessVariables.DUE_AT, Date.from(dossier.dueAt().toInstant()));
		variables.put(ProcessVariables.DUE_TEXT,
				VietnameseTime.HOUR_AND_DAY.format(dossier.dueAt().atZoneSameInstant(VIETNAM)));
		return variables;
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
	}

	private record Waiting(String code, String procedureCode, String procedureName, String receivingUnit, String agency,
			OffsetDateTime dueAt) {

	}

}
