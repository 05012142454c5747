package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.PostgresDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes — two connection pools on one PostgreSQL database — receive dossiers at once
 * for one receiving unit: every received dossier gets its own Số of the Sổ theo dõi (and
 * of its Giấy tiếp nhận), the numbers run 1, 2, 3… with none shared and none skipped, and
 * a reception rolled back after taking a number gives it back.
 */
class ReceiptNumbersIT {

	static final int DOSSIERS = 240;

	static final int THREADS = 16;

	final List<Node> nodes = new ArrayList<>();

	/** A unit of its own per run, so the database needs no cleaning. */
	final String unit = "it-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void startNodes() {
		this.nodes.add(new Node());
		this.nodes.add(new Node());
		Flyway.configure()
			.dataSource(this.nodes.get(0).pool)
			.locations("classpath:db/migration")
			.baselineOnMigrate(true)
			.load()
			.migrate();
	}

	@AfterEach
	void stopNodes() {
		this.nodes.forEach((node) -> node.pool.close());
	}

	@Test
	void givenTwoNodes_whenManyDossiersAreReceivedAtOnce_thenTheirNumbersRunWithoutGapOrRepeat() throws Exception {
		OffsetDateTime at = OffsetDateTime.parse("2026-03-09T09:00:00+07:00");
		List<String> codes = IntStream.range(0, DOSSIERS).mapToObj((i) -> this.unit + "-" + i).toList();
		JdbcTemplate setup = this.nodes.get(0).jdbc;
		for (String code : codes) {
			setup.update("insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name, "
					+ "applicant_id_number, channel, receiving_unit, agency, level, status, submitted_at) "
					+ "values (?, 'p', 'Thủ tục', 'p@', 'Người nộp', '001090000000', 'TRUC_TIEP', ?, 'so', 'tinh', "
					+ "'CHO_TIEP_NHAN', ?)", code, this.unit, at);
		}

		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> receptions = new ArrayList<>();
		for (int i = 0; i < DOSSIERS; i++) {
			Node node = this.nodes.get(i % 2);
			String code = codes.get(i);
			boolean rolledBack = i % 10 == 7;
			receptions.add(threads.submit(() -> {
				start.await();
				node.transactions.executeWithoutResult((status) -> {
					node.numbers.enter(code, this.unit, at);
					if (rolledBack) {
						// The acceptance failed after the number was taken.
						status.setRollbackOnly();
					}
				});
				return null;
			}));
		}
		start.countDown();
		for (Future<?> reception : receptions) {
			reception.get();
		}
		threads.shutdown();

		long kept = IntStream.range(0, DOSSIERS).filter((i) -> i % 10 != 7).count();
		List<Integer> numbers = setup
			.queryForList("select entry_number from register_entry where receiving_unit = ? and book_year = 2026 "
					+ "order by entry_number", Integer.class, this.unit);
		assertThat(numbers).as("one number per received dossier, from 1, none shared, none skipped")
			.containsExactlyElementsOf(IntStream.rangeClosed(1, (int) kept).boxed().toList());
		assertThat(setup.queryForObject(
				"select last_number from form_counter where issuer = ? and series = 'SO' and counter_year = 2026",
				Integer.class, this.unit))
			.isEqualTo((int) kept);
		assertThat(setup.queryForObject("select count(*) from register_entry where dossier_code like ?", Integer.class,
				this.unit + "-%7"))
			.as("rolled-back receptions left no entry")
			.isZero();
	}

	@Test
	void givenAnAcceptanceNotYetCommitted_whenAnotherIsAccepted_thenItDoesNotWaitAndNumbersFollowTheCommits()
			throws Exception {
		OffsetDateTime at = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");
		String slow = this.unit + "-slow";
		String quick = this.unit + "-quick";
		for (String code : List.of(slow, quick)) {
			this.nodes.get(0).jdbc.update("insert into dossier (code, procedure_code, procedure_name, rule_version, "
					+ "applicant_name, applicant_id_number, channel, receiving_unit, agency, level, status, "
					+ "submitted_at) values (?, 'p', 'Thủ tục', 'p@', 'Người nộp', '001090000000', 'TRUC_TIEP', ?, "
					+ "'so', 'tinh', 'CHO_TIEP_NHAN', ?)", code, this.unit, at);
		}
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch slowAccepted = new CountDownLatch(1);
		CountDownLatch quickCommitted = new CountDownLatch(1);
		try {
			// The slow acceptance records its event, then goes on with the rest of the
			// click (the hand-over, …) before it commits.
			Future<?> first = threads.submit(() -> {
				this.nodes.get(0).transactions.executeWithoutResult((status) -> {
					this.nodes.get(0).numbers.on(accepted(slow, at));
					slowAccepted.countDown();
					await(quickCommitted);
				});
				return null;
			});
			slowAccepted.await();
			Future<?> second = threads.submit(() -> {
				this.nodes.get(1).transactions
					.executeWithoutResult((status) -> this.nodes.get(1).numbers.on(accepted(quick, at)));
				quickCommitted.countDown();
				return null;
			});
			second.get();
			first.get();
		}
		finally {
			threads.shutdown();
		}

		assertThat(this.nodes.get(0).jdbc.queryForList(
				"select dossier_code from register_entry where receiving_unit = ? order by entry_number", String.class,
				this.unit))
			.as("the acceptance committed first has Số 1: it did not wait for the open one's lock")
			.containsExactly(quick, slow);
	}

	private static DossierEvent accepted(String code, OffsetDateTime at) {
		return new DossierEvent(code, at, "ACCEPTED", DossierStatus.DANG_XU_LY, "tiep-nhan", null, "accept-dossier",
				null, null, null, true);
	}

	/** Waits for {@code latch}, at most long enough for a lock wait to show. */
	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One application node: its own connection pool, transactions and numbering. */
	static final class Node {

		final HikariDataSource pool = new HikariDataSource();

		final JdbcTemplate jdbc;

		final TransactionTemplate transactions;

		final FormNumbers numbers;

		Node() {
			this.pool.setJdbcUrl(PostgresDatabase.url());
			this.pool.setUsername(System.getProperty("motcua.test.pg.user", "postgres"));
			this.pool.setPassword(System.getProperty("motcua.test.pg.password", ""));
			this.pool.setMaximumPoolSize(THREADS);
			this.jdbc = new JdbcTemplate(this.pool);
			DataSourceTransactionManager manager = new DataSourceTransactionManager(this.pool);
			this.transactions = new TransactionTemplate(manager);
			this.numbers = new FormNumbers(this.jdbc, new FormCounter(this.jdbc, manager));
		}

	}

}
