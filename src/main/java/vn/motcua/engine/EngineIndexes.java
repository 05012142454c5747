package vn.motcua.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The indexes motcua adds to engine tables, each for a query the engine runs often and
 * leaves unindexed (figures in docs/benchmarks.md):
 * <ul>
 * <li>{@value #TASK_DUE_DATE}: open tasks by due date. Tasklist's "Quá hạn" filter and
 * every task list bounded or sorted by due date select ACT_RU_TASK by DUE_DATE_: with
 * 96,000 open tasks PostgreSQL read the whole table for each list and each count (27 ms
 * each; 13 ms with the index, "Lists").</li>
 * <li>{@value #LOCKED_JOBS} (PostgreSQL; H2 has no partial indexes): the jobs some node
 * holds. Every job acquisition skips the process instances that have an exclusive job in
 * progress; PostgreSQL answers that by reading the whole job table into a hash, so with
 * 100,000 due timers each acquisition took 33 ms and acquisitions were a third of the
 * server's work. The locked jobs are a few hundred rows: 0.04 ms ("Timer piles").</li>
 * </ul>
 * Created once the engine has its schema, not by a Flyway migration: on a new database
 * Flyway runs before the engine creates its tables. The statements are idempotent; only
 * the indexes are ours, never a row of an engine table.
 */
final class EngineIndexes {

	static final String TASK_DUE_DATE = "motcua_idx_task_due_date";

	static final String LOCKED_JOBS = "motcua_idx_job_locked";

	private EngineIndexes() {
	}

	static void create(ProcessEngineConfigurationImpl config) {
		String prefix = config.getDatabaseTablePrefix();
		create(config, TASK_DUE_DATE,
				"create index if not exists " + TASK_DUE_DATE + " on " + prefix + "ACT_RU_TASK (DUE_DATE_)");
		if ("postgres".equals(config.getDatabaseType())) {
			create(config, LOCKED_JOBS, "create index if not exists " + LOCKED_JOBS + " on " + prefix
					+ "ACT_RU_JOB (PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null");
		}
	}

	private static void create(ProcessEngineConfigurationImpl config, String name, String sql) {
		try {
			execute(config.getDataSource(), sql);
		}
		catch (SQLException first) {
			// Nodes starting together on a new database may race to create it; by the
			// second try the winner's index is there and the statement does nothing.
			try {
				execute(config.getDataSource(), sql);
			}
			catch (SQLException second) {
				second.addSuppressed(first);
				throw new IllegalStateException("Could not create " + name, second);
			}
		}
	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

}
