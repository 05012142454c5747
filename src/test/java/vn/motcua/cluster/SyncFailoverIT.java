package vn.motcua.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.cluster.ClusterChecks.awaitTrue;
import static vn.motcua.cluster.ClusterChecks.firstProcedure;

/**
 * Two nodes of the packaged application synchronise 200 dossiers with the national portal
 * (each node its own built-in sandbox, one table on the shared PostgreSQL) while one node
 * is killed with SIGKILL in the middle of sending, and the portal is down for a while
 * before and after: every change of every dossier reaches the portal exactly once, in
 * order per dossier, and is acknowledged. Changes the dead node had claimed are sent
 * again by the survivor once their claim is stale ({@value #CLAIM_SECONDS} s here instead
 * of 2 min); the portal drops those it already had.
 */
@ExtendWith(PostgresDatabase.class)
class SyncFailoverIT {

	static final int DOSSIERS = 200;

	static final int CLAIM_SECONDS = 8;

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	private final String run = String.format("%06d", (System.currentTimeMillis() / 1000) % 1_000_000);

	@Test
	void givenTwoNodesSending_whenOneIsKilledAndThePortalIsDown_thenEveryChangeArrivesOnceInOrder() throws Exception {
		try (AppNode a = AppNode.start("sync-a", List.of(), settings()).awaitReady(Duration.ofSeconds(120));
				AppNode b = AppNode.start("sync-b", List.of(), settings()).awaitReady(Duration.ofSeconds(120));
				Connection db = DriverManager.getConnection(PostgresDatabase.url(), "postgres", "")) {
			mode(a, "DOWN");
			mode(b, "DOWN");
			String procedure = firstProcedure(a.port());
			ExecutorService pool = Executors.newFixedThreadPool(6);
			List<Future<String>> submitted = new ArrayList<>();
			for (int i = 0; i < DOSSIERS; i++) {
				AppNode node = (i % 2 == 0) ? a : b;
				int n = i;
				submitted.add(pool.submit(() -> submitAndAccept(node, db, procedure, n)));
			}
			List<String> codes = new ArrayList<>();
			for (Future<String> code : submitted) {
				codes.add(code.get());
			}
			pool.shutdown();
			long changes = 2L * DOSSIERS;
			awaitTrue(Duration.ofSeconds(60), "submitted and accepted: two changes each", () -> count(db,
					"select count(*) from national_sync where dossier_code = any(?)", codes) == changes);
			assertThat(count(db, "select count(*) from dvcqg_sandbox_message where dossier_code = any(?)", codes))
				.as("nothing through while the portal is down")
				.isZero();

			// The portal comes back; one node dies while both are sending.
			mode(a, "UP");
			mode(b, "UP");
			awaitTrue(Duration.ofSeconds(60), "some changes acknowledged", () -> acked(db, codes) >= changes / 4);
			b.kill();
			long atKill = acked(db, codes);
			assertThat(atKill).as("killed in the middle").isLessThan(changes);

			// The portal is down again for a while, then back for good.
			mode(a, "DOWN");
			awaitTrue(Duration.ofSeconds(20), "a failed attempt while down", () -> count(db,
					"select count(*) from national_sync where dossier_code = any(?) " + "and last_error = 'HTTP 503'",
					codes) > 0);
			mode(a, "UP");
			awaitTrue(Duration.ofSeconds(90), () -> "every change acknowledged; " + acked(db, codes) + " of " + changes,
					() -> acked(db, codes) == changes);

			// Exactly once, and in order: per dossier, the portal's records in arrival
			// order are the dossier's changes in their order.
			Map<String, List<String>> queued = keys(db,
					"select dossier_code, idempotency_key from national_sync where dossier_code = any(?) "
							+ "order by dossier_code, seq",
					codes);
			Map<String, List<String>> received = keys(db,
					"select dossier_code, idempotency_key from dvcqg_sandbox_message where dossier_code = any(?) "
							+ "order by dossier_code, id",
					codes);
			assertThat(received).hasSize(DOSSIERS).isEqualTo(queued);
			assertThat(
					count(db, "select count(*) from national_sync where dossier_code = any(?) and attempts > 1", codes))
				.as("some changes needed more than one attempt")
				.isPositive();
		}
	}

	private static List<String> settings() {
		return List.of("--motcua.national-sync.retry.claim-timeout=" + CLAIM_SECONDS + "s",
				"--motcua.national-sync.retry.first=1s", "--motcua.national-sync.retry.max=3s",
				// Never given up on here, however long the outage lasts on a busy
				// machine.
				"--motcua.national-sync.retry.max-attempts=100000", "--motcua.national-sync.schedule.interval=300ms",
				"--motcua.national-sync.retry.batch=20", "--camunda.bpm.job-execution.wait-time-in-millis=250",
				"--camunda.bpm.job-execution.max-wait=500");
	}

	private static void mode(AppNode node, String mode) {
		HttpResponse<String> set = new TestHttp(node.port()).as("admin", PostgresTest.ADMIN_PASSWORD)
			.putJson("/api/national-sync/sandbox/mode", "{\"mode\": \"" + mode + "\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
	}

	private String submitAndAccept(AppNode node, Connection db, String procedure, int n) throws Exception {
		String idNumber = "0" + this.run + String.format("%05d", n);
		HttpResponse<String> response = new TestHttp(node.port()).as("trung-tam.tiep-nhan", "demo")
			.postJson("/api/dossiers", """
					{"procedureCode": "%s", "receivingUnit": "trung-tam",
					 "applicant": {"name": "Người nộp %s", "idNumber": "%s"}}""".formatted(procedure, idNumber,
					idNumber));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher matcher = CODE.matcher(response.body());
		assertThat(matcher.find()).isTrue();
		String code = matcher.group(1);
		String task = single(db, "select t.id_ from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
				+ "where e.business_key_ = ? and t.task_def_key_ = 'receive-dossier'", code);
		HttpResponse<String> done = new TestHttp(node.port()).as("trung-tam.tiep-nhan", "demo")
			.postJson("/engine-rest/task/" + task + "/complete",
					"{\"variables\": {\"receptionDecision\": {\"value\": \"accept\"}}}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		return code;
	}

	private static long acked(Connection db, List<String> codes) {
		return count(db, "select count(*) from national_sync where dossier_code = any(?) and status = 'ACKED'", codes);
	}

	private static long count(Connection db, String sql, List<String> codes) {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", codes.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, List<String>> keys(Connection db, String sql, List<String> codes) throws Exception {
		Map<String, List<String>> keys = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", codes.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					keys.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				}
			}
		}
		return keys;
	}

	private static String single(Connection db, String sql, String parameter) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).as(sql + " " + parameter).isTrue();
				return rs.getString(1);
			}
		}
	}

}
