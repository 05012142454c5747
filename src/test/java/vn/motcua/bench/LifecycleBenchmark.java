package vn.motcua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.bench.bare.BareCamunda;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.PostgresDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the lifecycle benchmark. Drives whole dossiers of a {@code mot-cua}
 * procedure received at {@code trung-tam} through {@link DossierIntake} and
 * {@link TaskService}, as the API does, at 1, 4 and 16 client threads after a warm-up;
 * then as many user-task completions on a bare four-user-task process in the same engine
 * as the baseline; then PostgreSQL's own ceiling with {@code pgbench} when it is
 * installed. Writes {@code target/bench/lifecycle.json} and
 * {@code target/bench/lifecycle.md}. Run with {@code bench/run}, or
 * {@code MOTCUA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/motcua_lifecycle ./mvnw -Pbench verify}
 * on a database of its own.
 */
@SpringBootTest
@ActiveProfiles({ "postgres", "demo" })
@ExtendWith(PostgresDatabase.class)
class LifecycleBenchmark {

	static final int[] THREADS = Arrays.stream(System.getProperty("motcua.bench.threads", "1,4,16").split(","))
		.mapToInt((t) -> Integer.parseInt(t.trim()))
		.toArray();

	static final int LIFECYCLES = Integer.getInteger("motcua.bench.lifecycles", 1000);

	static final int WARMUP_SECONDS = Integer.getInteger("motcua.bench.warmup-seconds", 60);

	/**
	 * Dossiers a client thread works on side by side, step by step, as officers work down
	 * their lists: the step an officer's click leaves to the job executor runs while the
	 * thread completes the same task of the next dossier. 1 drives one dossier at a time
	 * and waits for each such step (the benchmark before 2026-12-02).
	 */
	static final int BATCH = Integer.getInteger("motcua.bench.batch", 1);

	static final int PGBENCH_SECONDS = Integer.getInteger("motcua.bench.pgbench-seconds", 20);

	static final String BASELINE_KEY = "bench-four-user-tasks";

	static final int BASELINE_TASKS = 4;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	Procedure procedure;

	Agency unit;

	@Test
	void benchmark() throws Exception {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam") && !p.sameDay()
					&& p.committedHours() == null && p.committedDays() != null)
			.findFirst()
			.orElseThrow();
		this.unit = this.catalogue.agency("trung-tam").orElseThrow();
		this.repository.createDeployment()
			.name("bench")
			.addClasspathResource("bench/four-user-tasks.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		int tasksPerLifecycle = (this.procedure.fee().amount() > 0) ? 5 : 4;
		int baselineInstances = (LIFECYCLES * tasksPerLifecycle + BASELINE_TASKS - 1) / BASELINE_TASKS;

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", machine());
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("procedure", this.procedure.code());
		settings.put("flow", this.procedure.flow());
		settings.put("receivingUnit", this.unit.code());
		settings.put("userTasksPerLifecycle", tasksPerLifecycle);
		settings.put("lifecyclesPerPhase", LIFECYCLES);
		settings.put("dossiersSideBySidePerThread", BATCH);
		settings.put("baselineUserTasksPerInstance", BASELINE_TASKS);
		settings.put("baselineInstancesPerPhase", baselineInstances);
		settings.put("warmupSeconds", WARMUP_SECONDS);
		settings.put("vacuumBetweenPhases", true);
		result.put("settings", settings);

		try (ConfigurableApplicationContext bare = startBareCamunda()) {
			RuntimeService bareRuntime = bare.getBean(RuntimeService.class);
			TaskService bareTasks = bare.getBean(TaskService.class);
			JdbcTemplate bareJdbc = bare.getBean(JdbcTemplate.class);
			Supplier<Integer> baseline = () -> baselineLifecycle(bareRuntime, bareTasks);
			Supplier<Integer> sameEngine = () -> baselineLifecycle(this.runtime, this.tasks);
			int third = WARMUP_SECONDS / 3;
			run("warm-up motcua", 4, Integer.MAX_VALUE, WARMUP_SECONDS - 2 * third, this::dossierLifecycles, BATCH,
					null);
			run("warm-up baseline", 4, Integer.MAX_VALUE, third, baseline, 1, null);
			run("warm-up same engine", 4, Integer.MAX_VALUE, third, sameEngine, 1, null);

			List<Map<String, Object>> phases = new ArrayList<>();
			for (int threads : THREADS) {
				vacuum(this.jdbc);
				Map<String, Object> motcua = run("motcua", threads, LIFECYCLES / BATCH, 0, this::dossierLifecycles,
						BATCH, this.jdbc);
				vacuum(bareJdbc);
				Map<String, Object> bareBaseline = run("baseline", threads, baselineInstances, 0, baseline, 1,
						bareJdbc);
				vacuum(this.jdbc);
				Map<String, Object> sameBaseline = run("same engine", threads, baselineInstances, 0, sameEngine, 1,
						this.jdbc);
				Map<String, Object> phase = new LinkedHashMap<>();
				phase.put("threads", threads);
				phase.put("motcua", motcua);
				phase.put("baseline", bareBaseline);
				phase.put("sameEngine", sameBaseline);
				phase.put("ratioUserTasksPerSecond", ratio(motcua, bareBaseline, "userTasksPerSecond"));
				phase.put("ratioLifecyclesPerSecond", ratio(motcua, bareBaseline, "lifecyclesPerSecond"));
				phase.put("ratioSameEngineUserTasksPerSecond", ratio(motcua, sameBaseline, "userTasksPerSecond"));
				phases.add(phase);
			}
			result.put("phases", phases);
		}
		vacuum(this.jdbc);
		result.put("pgbench", pgbench());

		Path out = Path.of("target", "bench", "lifecycle.json");
		Files.createDirectories(out.getParent());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
		Files.writeString(out.resolveSibling("lifecycle.md"), markdown(result), StandardCharsets.UTF_8);
		assertThat(out).exists();
	}

	/**
	 * {@link #BATCH} dossiers from the counter to the returned result: each user task in
	 * order, done for every dossier of the batch before the next (the counter accepts
	 * them, then the specialist appraises them, …). Returns the user tasks completed.
	 */
	int dossierLifecycles() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			codes.add(
					this.intake
						.register(this.procedure, this.unit, Channel.TRUC_TIEP,
								new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null,
								null, null, "trung-tam.tiep-nhan")
						.code());
		}
		String reception = this.unit.code() + ":tiep-nhan";
		String specialist = this.procedure.agency() + ":chuyen-vien";
		String leader = this.procedure.agency() + ":lanh-dao";
		int completed = 0;
		codes.forEach((code) -> complete(code, "receive-dossier", reception, Map.of("receptionDecision", "accept")));
		codes.forEach((code) -> complete(code, "appraise-dossier", specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện")));
		codes.forEach((code) -> complete(code, "approve-dossier", leader, Map.of("leaderDecision", "agree")));
		completed += 3;
		if (this.procedure.fee().amount() > 0) {
			codes.forEach((code) -> complete(code, "collect-fee", reception,
					Map.of("receiptNumber", "BL-" + code, "feeCollected", true)));
			completed++;
		}
		codes.forEach((code) -> complete(code, "return-result", reception,
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true)));
		return (completed + 1) * codes.size();
	}

	/**
	 * One instance of the bare process in the given engine: started and its four user
	 * tasks completed.
	 */
	static int baselineLifecycle(RuntimeService runtime, TaskService tasks) {
		String id = runtime.startProcessInstanceByKey(BASELINE_KEY).getId();
		for (int i = 0; i < BASELINE_TASKS; i++) {
			Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
			tasks.complete(task.getId());
		}
		return BASELINE_TASKS;
	}

	private void complete(String code, String key, String group, Map<String, Object> form) {
		Task task = task(code, key);
		this.identity.setAuthentication(group.replace(':', '.'), List.of(group));
		try {
			this.tasks.complete(task.getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	/**
	 * The open task {@code key} of the dossier; waits briefly in case a job executor
	 * continuation comes before it.
	 */
	private Task task(String code, String key) {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (true) {
			List<Task> open = this.tasks.createTaskQuery()
				.processInstanceBusinessKey(code)
				.taskDefinitionKey(key)
				.list();
			if (!open.isEmpty()) {
				return open.get(0);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No task " + key + " on " + code);
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Runs {@code lifecycle} on {@code threads} threads until {@code count} are done or
	 * {@code seconds} (when above zero) have passed.
	 */
	/**
	 * Calls {@code lifecycle} {@code count} times from {@code threads} threads (or for
	 * {@code seconds}); each call drives {@code perCall} lifecycles and returns the user
	 * tasks it completed.
	 */
	private Map<String, Object> run(String name, int threads, int count, int seconds, Supplier<Integer> lifecycle,
			int perCall, JdbcTemplate database) throws Exception {
		Map<String, Long> writesBefore = (database != null) ? writes(database) : null;
		AtomicInteger remaining = new AtomicInteger(count);
		AtomicInteger userTasks = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicReference<Throwable> firstFailure = new AtomicReference<>();
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		long stopAt = (seconds > 0) ? System.nanoTime() + seconds * 1_000_000_000L : Long.MAX_VALUE;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					while (System.nanoTime() < stopAt && remaining.getAndDecrement() > 0) {
						long began = System.nanoTime();
						try {
							userTasks.addAndGet(lifecycle.get());
							latencies.add(System.nanoTime() - began);
						}
						catch (RuntimeException ex) {
							failures.incrementAndGet();
							firstFailure.compareAndSet(null, ex);
						}
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (firstFailure.get() != null && failures.get() > latencies.size() / 100) {
			throw new IllegalStateException(name + ": " + failures.get() + " lifecycles failed", firstFailure.get());
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		int lifecycles = sorted.length * perCall;
		Map<String, Object> phase = new LinkedHashMap<>();
		phase.put("threads", threads);
		phase.put("lifecycles", lifecycles);
		phase.put("lifecyclesPerCall", perCall);
		phase.put("failures", failures.get());
		phase.put("userTasks", userTasks.get());
		phase.put("seconds", round(elapsed, 2));
		phase.put("lifecyclesPerSecond", round(lifecycles / elapsed, 1));
		phase.put("userTasksPerSecond", round(userTasks.get() / elapsed, 1));
		// per call: a batch of perCall lifecycles
		phase.put("latencyMillisP50", percentile(sorted, 0.50));
		phase.put("latencyMillisP95", percentile(sorted, 0.95));
		if (database != null) {
			Map<String, Long> writesAfter = writes(database);
			Map<String, Object> perLifecycle = new LinkedHashMap<>();
			writesAfter.forEach((figure, after) -> perLifecycle.put(figure,
					round((after - writesBefore.get(figure)) / (double) Math.max(1, lifecycles), 1)));
			phase.put("databasePerLifecycle", perLifecycle);
			System.out.printf("bench %-16s database per lifecycle: %s%n", name, perLifecycle);
		}
		System.out.printf("bench %-16s threads=%2d lifecycles=%5d in %6.1f s: %7.1f lifecycles/s, %7.1f tasks/s%n",
				name, threads, lifecycles, elapsed, lifecycles / elapsed, userTasks.get() / elapsed);
		return phase;
	}

	/**
	 * What the database did so far: commits and rows written, from PostgreSQL's own
	 * statistics. An idle connection reports its figures within ten seconds, hence the
	 * pause.
	 */
	private static Map<String, Long> writes(JdbcTemplate database) throws InterruptedException {
		Thread.sleep(11_000);
		return database.queryForObject("select xact_commit, tup_inserted, tup_updated, tup_deleted "
				+ "from pg_stat_database where datname = current_database()", (rs, row) -> {
					Map<String, Long> figures = new LinkedHashMap<>();
					figures.put("commits", rs.getLong(1));
					figures.put("rowsInserted", rs.getLong(2));
					figures.put("rowsUpdated", rs.getLong(3));
					figures.put("rowsDeleted", rs.getLong(4));
					return figures;
				});
	}

	private static void vacuum(JdbcTemplate jdbc) {
		jdbc.execute("VACUUM (ANALYZE)");
	}

	private static double ratio(Map<String, Object> motcua, Map<String, Object> baseline, String figure) {
		return round((double) motcua.get(figure) / (double) baseline.get(figure), 3);
	}

	/**
	 * The baseline engine: Camunda's starters with default settings on
	 * {@code <database>_bare}, created afresh here.
	 */
	private ConfigurableApplicationContext startBareCamunda() {
		Matcher url = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(PostgresDatabase.url());
		if (!url.matches()) {
			throw new IllegalStateException("URL not understood: " + PostgresDatabase.url());
		}
		String database = url.group(2) + "_bare";
		this.jdbc.execute("DROP DATABASE IF EXISTS " + database);
		this.jdbc.execute("CREATE DATABASE " + database);
		return BareCamunda.start(url.group(1) + database + url.group(3),
				System.getProperty("spring.datasource.username", "postgres"));
	}

	private Map<String, Object> machine() throws IOException {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("nproc", Runtime.getRuntime().availableProcessors());
		Path meminfo = Path.of("/proc/meminfo");
		if (Files.exists(meminfo)) {
			try (Stream<String> lines = Files.lines(meminfo)) {
				lines.filter((l) -> l.startsWith("MemTotal:"))
					.findFirst()
					.ifPresent((l) -> machine.put("memory", l.replace("MemTotal:", "").trim()));
			}
		}
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		machine.put("postgres", this.jdbc.queryForObject("select version()", String.class));
		machine.put("camunda",
				org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion() + " (engine jar)");
		return machine;
	}

	/**
	 * PostgreSQL's own ceiling: select-only and TPC-B-like pgbench at 4 clients on a
	 * database of its own, {@code <database>_pgbench}, initialised here.
	 */
	private Map<String, Object> pgbench() throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		Path pgbench = findPgbench();
		if (pgbench == null) {
			result.put("skipped", "pgbench not installed");
			return result;
		}
		Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*")
			.matcher(PostgresDatabase.url());
		if (!url.matches()) {
			result.put("skipped", "URL not understood: " + PostgresDatabase.url());
			return result;
		}
		String database = url.group(3) + "_pgbench";
		this.jdbc.execute("DROP DATABASE IF EXISTS " + database);
		this.jdbc.execute("CREATE DATABASE " + database);
		List<String> connection = List.of("-h", url.group(1), "-p", (url.group(2) != null) ? url.group(2) : "5432",
				"-U", System.getProperty("spring.datasource.username", "postgres"));
		result.put("database", database);
		result.put("scale", 10);
		result.put("clients", 4);
		result.put("seconds", PGBENCH_SECONDS);
		exec(pgbench, connection, List.of("-i", "-q", "-s", "10", database));
		String duration = String.valueOf(PGBENCH_SECONDS);
		result.put("selectOnlyTps",
				tps(exec(pgbench, connection, List.of("-S", "-c", "4", "-j", "2", "-T", duration, database))));
		result.put("tpcbLikeTps",
				tps(exec(pgbench, connection, List.of("-c", "4", "-j", "2", "-T", duration, database))));
		return result;
	}

	private static Path findPgbench() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(root)) {
			try (Stream<Path> versions = Files.list(root)) {
				Path found = versions.map((v) -> v.resolve("bin/pgbench"))
					.filter(Files::isExecutable)
					.max(java.util.Comparator.naturalOrder())
					.orElse(null);
				if (found != null) {
					return found;
				}
			}
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			Path candidate = Path.of(dir, "pgbench");
			if (!dir.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static String exec(Path pgbench, List<String> connection, List<String> args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(pgbench.toString());
		command.addAll(connection);
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private static double tps(String output) {
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("No tps in pgbench output:\n" + output);
		}
		return round(Double.parseDouble(tps.group(1)), 1);
	}

	@SuppressWarnings("unchecked")
	private static String markdown(Map<String, Object> result) {
		StringBuilder md = new StringBuilder();
		Map<String, Object> machine = (Map<String, Object>) result.get("machine");
		md.append("Machine: ")
			.append(machine.get("nproc"))
			.append(" CPUs, ")
			.append(machine.get("memory"))
			.append(", ")
			.append(machine.get("java"))
			.append(", ")
			.append(machine.get("postgres"))
			.append("\n\n");
		md.append("| Threads | motcua lifecycles/s | motcua user tasks/s | motcua p50 / p95 ms per batch of " + BATCH
				+ " " + "| baseline (bare starter) user tasks/s | motcua ÷ baseline | same engine user tasks/s "
				+ "| motcua ÷ same engine |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Map<String, Object> phase : (List<Map<String, Object>>) result.get("phases")) {
			Map<String, Object> motcua = (Map<String, Object>) phase.get("motcua");
			Map<String, Object> baseline = (Map<String, Object>) phase.get("baseline");
			Map<String, Object> same = (Map<String, Object>) phase.get("sameEngine");
			md.append(String.format("| %s | %s | %s | %s / %s | %s | %s | %s | %s |%n", phase.get("threads"),
					motcua.get("lifecyclesPerSecond"), motcua.get("userTasksPerSecond"), motcua.get("latencyMillisP50"),
					motcua.get("latencyMillisP95"), baseline.get("userTasksPerSecond"),
					phase.get("ratioUserTasksPerSecond"), same.get("userTasksPerSecond"),
					phase.get("ratioSameEngineUserTasksPerSecond")));
		}
		md.append("\npgbench: ").append(result.get("pgbench")).append('\n');
		return md.toString();
	}

	private static double percentile(long[] sortedNanos, double p) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
		return round(sortedNanos[Math.max(0, index)] / 1e6, 1);
	}

	private static double round(double value, int places) {
		double scale = Math.pow(10, places);
		return Math.round(value * scale) / scale;
	}

}
