package vn.motcua.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synchronisation on PostgreSQL with the demo's sandbox portal: changes of one
 * dossier queued from concurrent transactions are numbered without gaps; two senders
 * running at once (as two nodes do) get every change of twenty dossiers to the portal
 * exactly once and in order, across an outage of the portal.
 */
@PostgresTest
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false",
		"motcua.national-sync.base-url=http://localhost:${local.server.port}/sandbox/dvcqg" })
class NationalSyncIT {

	@Autowired
	DossierRegister register;

	@Autowired
	SyncSender sender;

	@Autowired
	SandboxSwitch sandbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	SyncFixture fixture;

	@BeforeEach
	void drain() {
		this.fixture = new SyncFixture(this.context);
		this.sandbox.set(SandboxSwitch.Mode.UP);
		this.sender.sendDue(SyncFixture.later(1_000_000));
	}

	@AfterEach
	void sandboxUp() {
		this.sandbox.set(SandboxSwitch.Mode.UP);
	}

	@Test
	void givenConcurrentChangesOfOneDossier_whenQueued_thenNumberedWithoutGapsOrClashes() throws Exception {
		Dossier dossier = this.fixture.aDossier();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> done = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				Callable<Object> changes = () -> {
					for (int i = 0; i < 10; i++) {
						new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> this.register.record(
								SyncFixture.event(dossier, "STEP", DossierStatus.DANG_XU_LY), DossierChange.none()));
					}
					return null;
				};
				done.add(threads.submit(changes));
			}
			for (Future<Object> f : done) {
				f.get();
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(this.jdbc.queryForList("select seq from national_sync where dossier_code = ? order by seq",
				Integer.class, dossier.code()))
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
	}

	@Test
	void givenTwoSendersAndAnOutage_whenTheyRun_thenEveryChangeArrivesOnceAndInOrder() throws Exception {
		List<Dossier> dossiers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Dossier dossier = this.fixture.aDossier();
			this.fixture.complete(dossier, "receive-dossier", Map.of("receptionDecision", "accept"));
			this.fixture.record(dossier, "RESULT_READY", DossierStatus.CHO_TRA_KET_QUA);
			this.fixture.record(dossier, "RETURNED", DossierStatus.DA_TRA_KET_QUA);
			dossiers.add(dossier);
		}
		OffsetDateTime start = SyncFixture.later(0);
		this.sandbox.set(SandboxSwitch.Mode.DOWN);
		bothAt(start);
		bothAt(start.plusSeconds(31));
		assertThat(this.fixture.received(dossiers.get(0))).isEmpty();
		this.sandbox.set(SandboxSwitch.Mode.ACK_LOST);
		bothAt(start.plusSeconds(92));
		this.sandbox.set(SandboxSwitch.Mode.UP);

		bothAt(start.plusSeconds(92 + 121));

		for (Dossier dossier : dossiers) {
			List<String> keys = this.jdbc.queryForList(
					"select idempotency_key from national_sync where dossier_code = ? order by seq", String.class,
					dossier.code());
			assertThat(keys).hasSizeGreaterThanOrEqualTo(4);
			assertThat(this.fixture.received(dossier)).as(dossier.code()).containsExactlyElementsOf(keys);
			assertThat(this.jdbc.queryForList("select distinct status from national_sync where dossier_code = ?",
					String.class, dossier.code()))
				.containsExactly("ACKED");
		}
	}

	@Test
	void givenAChangeInATransactionRolledBack_whenLooked_thenNothingIsQueued() {
		Dossier dossier = this.fixture.aDossier();

		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			this.register.record(SyncFixture.event(dossier, "REFUSED", DossierStatus.TU_CHOI), DossierChange.none());
			tx.setRollbackOnly();
		});

		assertThat(this.jdbc.queryForList("select event_type from national_sync where dossier_code = ?", String.class,
				dossier.code()))
			.containsExactly("SUBMITTED");
	}

	/** Two runs at once, as two nodes would. */
	private void bothAt(OffsetDateTime now) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = threads.submit(() -> this.sender.sendDue(now));
			Future<Integer> b = threads.submit(() -> this.sender.sendDue(now));
			a.get();
			b.get();
		}
		finally {
			threads.shutdown();
		}
	}

}
