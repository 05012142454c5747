package vn.motcua.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The one index motcua adds to an engine table: open tasks by due date. Tasklist's "Quá
 * hạn" filter and every task list bounded or sorted by due date ({@code dueBefore},
 * {@code sortBy=dueDate}) select ACT_RU_TASK by DUE_DATE_, which the engine leaves
 * unindexed: with 96,000 open tasks PostgreSQL read the whole table for each list and
 * each count (27 ms each; 13 ms with the index, docs/benchmarks.md, "Lists").
 * <p>
 * Created once the engine has its schema, not by a Flyway migration: on a new database
 * Flyway runs before the engine creates its tables. The statement is idempotent on
 * PostgreSQL and H2; only the index is ours, never a row of an engine table.
 */
final class TaskDueDateIndex {

	static final String NAME = "motcua_idx_task_due_date";

	private TaskDueDateIndex() {
	}

	static void create(ProcessEngineConfigurationImpl config) {
		String sql = "create index if not exists " + NAME + " on " + config.getDatabaseTablePrefix()
				+ "ACT_RU_TASK (DUE_DATE_)";
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
				throw new IllegalStateException("Could not create " + NAME, second);
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
