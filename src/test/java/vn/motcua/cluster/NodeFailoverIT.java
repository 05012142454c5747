package vn.motcua.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;
import vn.motcua.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.cluster.ClusterChecks.awaitTrue;
import static vn.motcua.cluster.ClusterChecks.firstProcedure;

/**
 * Two nodes of the packaged application on one PostgreSQL, one of them killed with
 * SIGKILL in the middle of the day's work: counter submissions and task completions go to
 * both nodes, and the node killed holds locks in a pile of due timers. Afterwards every
 * dossier that was answered with 201 exists once with one process; a submission that got
 * no answer exists at most once; every timer fired exactly once; the jobs the dead node
 * had locked were fired by another node after their lock expired; the survivor took
 * submissions, completed tasks and fired timers that fell due after the kill.
 * <p>
 * The nodes run the production settings with three changes, all for time: a job lock of
 * {@value #LOCK_SECONDS} s instead of Camunda's 5 minutes (the time a dead node's jobs
 * stay locked before another node may take them; our jobs take milliseconds, and a job
 * outliving its lock is still executed once, because the engine's optimistic lock on the
 * job row rolls back the second execution), an idle acquisition wait of at most 0.5 s
 * instead of 60 s, and a host name per node so the job log tells who executed what.
 */
@ExtendWith(PostgresDatabase.class)
class NodeFailoverIT {

	static final int LOCK_SECONDS = 20;

	private static final int FIRST_WAVE = 140;

	/** Of the first wave, dossiers whose timers fall due while both nodes run. */
	private static final int PILE = 110;

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	/**
	 * Twelve-digit ID numbers unique to this run, so reruns on one database stay apart.
	 */
	private final String run = String.format("%06d", (System.currentTimeMillis() / 1000) % 1_000_000);

	private final AtomicInteger applicants = new AtomicInteger();

	@Test
	void givenTwoBusyNodes_whenOneIsKilled_thenNothingIsLostOrDoubledAndTheSurvivorCarriesOn() throws Exception {
		try (AppNode a = AppNode.start("failover-a", List.of(), settings("failover-a"))
			.awaitReady(Duration.ofSeconds(120));
				AppNode b = AppNode.start("failover-b", List.of(), settings("failover-b"))
					.awaitReady(Duration.ofSeconds(120));
				Connection db = DriverManager.getConnection(PostgresDatabase.url(), "postgres", "")) {
			String procedure = firstProcedure(a.port());
			ExecutorService pool = Executors.newFixedThreadPool(8);

			// Wave 1: submitted and accepted on both nodes; each dossier then waits at
			// the
			// agency with its deadline watch: the warning, one working day before a due
			// date days from now.
			List<Future<Submission>> wave = new ArrayList<>();
			for (int i = 0; i < FIRST_WAVE; i++) {
				AppNode node = (i % 2 == 0) ? a : b;
				wave.add(pool.submit(() -> submit(node, procedure)));
			}
			List<Submission> first = new ArrayList<>();
			for (Future<Submission> submission : wave) {
				first.add(submission.get());
			}
			assertThat(first).allMatch(Submission::answered);
			List<Future<?>> accepted = new ArrayList<>();
			for (Submission submission : first) {
				accepted.add(pool.submit(() -> accept(submission.node(), db, submission.code())));
			}
			for (Future<?> accept : accepted) {
				accept.get();
			}
			// The hand-over to the agency runs after the counter's click, as a job of
			// either
			// node (async continuation): wait until every dossier is at its agency.
			List<String> acceptedCodes = first.stream().map(Submission::code).toList();
			awaitTrue(Duration.ofSeconds(60), "every accepted dossier at its agency", () -> {
				try {
					return timerJobs(db, acceptedCodes).size() == acceptedCodes.size();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			List<String> pileCodes = first.subList(0, PILE).stream().map(Submission::code).toList();
			List<Submission> late = first.subList(PILE, FIRST_WAVE);
			Map<String, String> pileJobs = timerJobs(db, pileCodes);
			assertThat(pileJobs).as("one warning per dossier at the agency").hasSize(PILE);

			// The pile: every timer of 110 dossiers falls due at the same instant.
			moveTimers(db, pileJobs.keySet(), Instant.now().plusSeconds(3));

			// Wave 2 keeps submitting to both nodes while the pile fires and one node
			// dies.
			Map<String, Submission> second = new ConcurrentHashMap<>();
			AtomicReference<AppNode> survivor = new AtomicReference<>();
			AtomicInteger afterKill = new AtomicInteger();
			AtomicBoolean stop = new AtomicBoolean();
			List<Future<?>> submitters = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				submitters.add(pool.submit(() -> {
					for (int i = 0; !stop.get() && i < 500; i++) {
						// After the kill the load balancer sends everything to the
						// survivor.
						AppNode left = survivor.get();
						boolean killed = left != null;
						AppNode node = killed ? left : (i % 2 == 0) ? a : b;
						Submission submission = submit(node, procedure);
						second.put(submission.idNumber(), submission);
						if (killed && submission.answered()) {
							afterKill.incrementAndGet();
						}
					}
					return null;
				}));
			}

			// Kill a node in the middle of the pile: one that holds locks on some of it,
			// while much is left. (Which node takes how much of a small pile is the
			// acquisition's race; a lock owner starts with its node's host name.)
			String[] pileState = { "" };
			String[] firing = { null };
			awaitTrue(Duration.ofSeconds(60), () -> "a node firing the pile; last seen " + pileState[0], () -> {
				long left = remaining(db, pileJobs.keySet());
				Set<String> owners = lockOwners(db, pileJobs.keySet());
				pileState[0] = left + " left, lock owners " + owners;
				firing[0] = owners.stream()
					.filter((owner) -> owner.startsWith("failover-"))
					.map((owner) -> owner.substring(0, owner.indexOf('/')))
					.sorted(java.util.Comparator.reverseOrder())
					.findFirst()
					.orElse(null);
				return left >= 20 && firing[0] != null;
			});
			String dead = firing[0];
			AppNode victim = dead.equals("failover-b") ? b : a;
			AppNode alive = (victim == b) ? a : b;
			victim.kill();
			survivor.set(alive);
			Instant killedAt = Instant.now();

			// The survivor fires all it can. What is left are the dead node's locks,
			// untouched
			// until they expire, and the other timer of the same dossiers: timers are
			// exclusive
			// jobs, never run while another job of their process is locked. Seen
			// unchanged for a
			// second, so that no job the survivor locked just before the kill is mistaken
			// for
			// one.
			Map<String, Lock> orphans = new HashMap<>();
			Instant[] unchangedSince = { Instant.now() };
			awaitTrue(Duration.ofSeconds(LOCK_SECONDS - 2), "survivor drains the pile up to the dead node's locks",
					() -> {
						Map<String, Lock> left = remainingJobs(db, pileJobs.keySet());
						Map<String, Lock> locked = new HashMap<>(left);
						locked.values().removeIf((job) -> job.owner() == null);
						Set<String> blocked = new HashSet<>();
						locked.values().forEach((job) -> blocked.add(job.processInstance()));
						boolean onlyOrphans = locked.values()
							.stream()
							.allMatch((job) -> job.expires().isBefore(killedAt.plusSeconds(LOCK_SECONDS)))
								&& left.values().stream().allMatch((job) -> blocked.contains(job.processInstance()));
						if (!onlyOrphans || !locked.equals(orphans)) {
							orphans.clear();
							orphans.putAll(onlyOrphans ? locked : Map.of());
							unchangedSince[0] = Instant.now();
							return false;
						}
						return !orphans.isEmpty() && Instant.now().isAfter(unchangedSince[0].plusSeconds(1));
					});
			assertThat(orphans).as("jobs locked by the killed node").isNotEmpty();
			assertThat(orphans.values().stream().map(Lock::owner).distinct()).as("one dead lock owner")
				.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.startsWith(dead + "/");

			// The survivor completes the appraisal of dossiers that the dead node
			// received.
			List<Submission> viaDead = late.stream().filter((s) -> s.node() == victim).toList();
			assertThat(viaDead).isNotEmpty();
			String agency = agencyOf(db, viaDead.get(0).code());
			for (Submission submission : viaDead) {
				complete(alive, agency + ".chuyen-vien", db, submission.code(), "appraise-dossier",
						"""
								{"variables": {"appraisalResult": {"value": "approve"}, "appraisalNote": {"value": "Đủ điều kiện"}}}""");
			}

			// Timers that fall due after the kill.
			List<String> lateCodes = late.stream().map(Submission::code).toList();
			Map<String, String> lateJobs = timerJobs(db, lateCodes);
			assertThat(lateJobs).hasSize(late.size());
			moveTimers(db, lateJobs.keySet(), Instant.now().plusSeconds(3));

			awaitTrue(Duration.ofSeconds(60), "20 submissions answered by the survivor", () -> afterKill.get() >= 20);
			stop.set(true);
			for (Future<?> submitter : submitters) {
				submitter.get(60, TimeUnit.SECONDS);
			}
			Set<String> allJobs = new HashSet<>(pileJobs.keySet());
			allJobs.addAll(lateJobs.keySet());
			awaitTrue(Duration.ofSeconds(LOCK_SECONDS + 60), "every moved timer fired",
					() -> remaining(db, allJobs) == 0);
			pool.shutdown();

			// Every answered submission: one dossier, one process. Unanswered: at most
			// one.
			List<Submission> answered = new ArrayList<>(first);
			second.values().stream().filter(Submission::answered).forEach(answered::add);
			List<String> codes = answered.stream().map(Submission::code).toList();
			assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
			assertThat(count(db, "select count(*) from dossier where code = any(?)", codes)).isEqualTo(codes.size());
			assertThat(perKey(db,
					"select business_key_, count(*) from act_hi_procinst "
							+ "where proc_def_key_ = 'mot-cua' and business_key_ = any(?) group by business_key_",
					codes))
				.hasSize(codes.size())
				.allSatisfy((code, processes) -> assertThat(processes).as(code).isEqualTo(1));
			List<String> idNumbers = new ArrayList<>(second.keySet());
			first.forEach((s) -> idNumbers.add(s.idNumber()));
			Map<String, Long> dossiersPerApplicant = perKey(db, "select applicant_id_number, count(*) from dossier "
					+ "where applicant_id_number = any(?) group by applicant_id_number", idNumbers);
			assertThat(dossiersPerApplicant).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
			List<String> unanswered = second.values()
				.stream()
				.filter((s) -> !s.answered())
				.map(Submission::idNumber)
				.toList();
			assertThat(perKey(db,
					"select d.applicant_id_number, count(p.id_) from dossier d left join act_hi_procinst p "
							+ "on p.business_key_ = d.code and p.proc_def_key_ = 'mot-cua' "
							+ "where d.applicant_id_number = any(?) group by d.applicant_id_number",
					unanswered))
				.as("an unanswered submission that was registered has its one process")
				.allSatisfy((id, processes) -> assertThat(processes).as(id).isEqualTo(1));

			// Every timer fired exactly once: one warning event and one apology task
			// per dossier, one successful execution in the job log; what is left is
			// each apology's own overdue timer, at the real due date.
			List<String> timed = new ArrayList<>(pileCodes);
			timed.addAll(lateCodes);
			assertThat(perKey(db, "select dossier_code || ' ' || type, count(*) from dossier_event "
					+ "where dossier_code = any(?) and type in ('DUE_SOON', 'OVERDUE') group by dossier_code, type",
					timed))
				.hasSize(timed.size())
				.allSatisfy((event, n) -> assertThat(event).endsWith(" DUE_SOON"))
				.allSatisfy((event, n) -> assertThat(n).as(event).isEqualTo(1));
			assertThat(perKey(db,
					"select e.business_key_, count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
							+ "where t.task_def_key_ = 'write-apology' and e.business_key_ = any(?) group by e.business_key_",
					timed))
				.hasSize(timed.size())
				.allSatisfy((code, n) -> assertThat(n).as(code).isEqualTo(1));
			Map<String, Execution> executions = executions(db, allJobs);
			assertThat(executions).hasSize(allJobs.size());
			assertThat(executions.values()).allSatisfy((e) -> assertThat(e.successes()).isEqualTo(1));
			Map<String, String> left = timerJobs(db, timed);
			assertThat(left).as("the apologies' overdue timers, none of the moved ones").hasSize(timed.size());
			assertThat(left.keySet()).doesNotContainAnyElementsOf(allJobs);

			// The dead node's jobs were taken over once their lock expired; after the
			// kill
			// nothing ran on it.
			assertThat(orphans).allSatisfy((job, lock) -> {
				Execution execution = executions.get(job);
				assertThat(execution.host()).isNotEqualTo(dead);
				assertThat(execution.at())
					.isAfterOrEqualTo(lock.expires().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			});
			assertThat(executions.values()).filteredOn((e) -> e.at().isAfter(killedAt.plusSeconds(1)))
				.allSatisfy((e) -> assertThat(e.host()).isNotEqualTo(dead));

			// The survivor's completions took the dossiers to the leader's approval.
			assertThat(perKey(db,
					"select e.business_key_, count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
							+ "where t.task_def_key_ = 'approve-dossier' and e.business_key_ = any(?) group by e.business_key_",
					viaDead.stream().map(Submission::code).toList()))
				.hasSize(viaDead.size());
		}
	}

	private static List<String> settings(String name) {
		return List.of("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_SECONDS * 1000,
				"--camunda.bpm.job-execution.wait-time-in-millis=250", "--camunda.bpm.job-execution.max-wait=500",
				"--camunda.bpm.generic-properties.properties.hostname=" + name);
	}

	/**
	 * One counter submission; a connection refused or cut off by the kill is an answer
	 * that never came.
	 */
	private Submission submit(AppNode node, String procedure) {
		String idNumber = "0" + this.run + String.format("%05d", this.applicants.incrementAndGet());
		try {
			HttpResponse<String> response = new TestHttp(node.port()).as("trung-tam.tiep-nhan", "demo")
				.postJson("/api/dossiers", """
						{"procedureCode": "%s", "receivingUnit": "trung-tam",
						 "applicant": {"name": "Người nộp %s", "idNumber": "%s"}}""".formatted(procedure, idNumber,
						idNumber));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			Matcher matcher = CODE.matcher(response.body());
			assertThat(matcher.find()).isTrue();
			return new Submission(node, idNumber, matcher.group(1));
		}
		catch (IllegalStateException ex) {
			return new Submission(node, idNumber, null);
		}
	}

	private static Void accept(AppNode node, Connection db, String code) throws Exception {
		complete(node, "trung-tam.tiep-nhan", db, code, "receive-dossier",
				"{\"variables\": {\"receptionDecision\": {\"value\": \"accept\"}}}");
		return null;
	}

	private static void complete(AppNode node, String user, Connection db, String code, String taskKey, String body)
			throws Exception {
		String task = single(db, "select t.id_ from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
				+ "where e.business_key_ = ? and t.task_def_key_ = ?", code, taskKey);
		HttpResponse<String> done = new TestHttp(node.port()).as(user, "demo")
			.postJson("/engine-rest/task/" + task + "/complete", body);
		assertThat(done.statusCode()).as(user + " completes " + taskKey + " of " + code + ": " + done.body())
			.isEqualTo(204);
	}

	/**
	 * Moves timers in one statement, so that all of them fall due at the same instant
	 * however long a busy machine takes (an operator would use the REST API's {@code PUT
	 * /job/{id}/duedate}, one call a timer).
	 */
	private static void moveTimers(Connection db, Collection<String> jobs, Instant due) throws Exception {
		try (PreparedStatement move = db.prepareStatement("update act_ru_job set duedate_ = ? where id_ = any(?)")) {
			move.setTimestamp(1, Timestamp.from(due));
			move.setArray(2, db.createArrayOf("varchar", jobs.toArray()));
			assertThat(move.executeUpdate()).isEqualTo(jobs.size());
		}
		assertThat(Instant.now()).as("timers moved before they fall due").isBefore(due);
	}

	/** Timer jobs of the dossiers' processes: job id to dossier code. */
	private static Map<String, String> timerJobs(Connection db, List<String> codes) throws Exception {
		Map<String, String> jobs = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement("select j.id_, e.business_key_ from act_ru_job j "
				+ "join act_ru_execution e on j.process_instance_id_ = e.id_ "
				+ "where j.type_ = 'timer' and e.business_key_ = any(?)")) {
			statement.setArray(1, db.createArrayOf("varchar", codes.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					jobs.put(rs.getString(1), rs.getString(2));
				}
			}
		}
		return jobs;
	}

	private static long remaining(Connection db, Collection<String> jobs) {
		return count(db, "select count(*) from act_ru_job where id_ = any(?)", jobs);
	}

	private static Set<String> lockOwners(Connection db, Collection<String> jobs) {
		Set<String> owners = new HashSet<>();
		remainingJobs(db, jobs).values().forEach((job) -> {
			if (job.owner() != null) {
				owners.add(job.owner());
			}
		});
		return owners;
	}

	/** The jobs not yet executed, with their lock if they have one. */
	private static Map<String, Lock> remainingJobs(Connection db, Collection<String> jobs) {
		Map<String, Lock> left = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement(
				"select id_, process_instance_id_, lock_owner_, lock_exp_time_ from act_ru_job where id_ = any(?)")) {
			statement.setArray(1, db.createArrayOf("varchar", jobs.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					Timestamp expires = rs.getTimestamp(4);
					left.put(rs.getString(1),
							new Lock(rs.getString(2), rs.getString(3), (expires != null) ? expires.toInstant() : null));
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return left;
	}

	/** Successful executions in the job log: job id to count, host and last time. */
	private static Map<String, Execution> executions(Connection db, Collection<String> jobs) {
		Map<String, Execution> executions = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement("select job_id_, count(*), max(hostname_), "
				+ "max(timestamp_) from act_hi_job_log where job_id_ = any(?) and job_state_ = 2 group by job_id_")) {
			statement.setArray(1, db.createArrayOf("varchar", jobs.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					Timestamp at = rs.getTimestamp(4);
					executions.put(rs.getString(1), new Execution(rs.getLong(2), rs.getString(3), at.toInstant()));
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return executions;
	}

	private static String agencyOf(Connection db, String code) throws Exception {
		return single(db, "select agency from dossier where code = ?", code);
	}

	private static String single(Connection db, String sql, String... parameters) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).as(sql + " " + List.of(parameters)).isTrue();
				String value = rs.getString(1);
				assertThat(rs.next()).as("one row for " + sql + " " + List.of(parameters)).isFalse();
				return value;
			}
		}
	}

	private static long count(Connection db, String sql, Collection<String> keys) {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", keys.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Long> perKey(Connection db, String sql, Collection<String> keys) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", keys.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return counts;
	}

	/** A submission and the code it was answered with, or null when no answer came. */
	private record Submission(AppNode node, String idNumber, String code) {

		boolean answered() {
			return this.code != null;
		}

	}

	private record Lock(String processInstance, String owner, Instant expires) {

	}

	private record Execution(long successes, String host, Instant at) {

	}

}
