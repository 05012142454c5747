package vn.motcua.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.PostgresDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the list benchmark. For each register size (default 100,000 and 1,000,000
 * dossiers, about 9% open with live process instances, see {@link ListsData}) it times,
 * over HTTP with Basic login as the demo users, the lists officers and managers open all
 * day: Tasklist's shipped filters "Việc của đơn vị" and "Quá hạn" as Tasklist calls them,
 * the register's overdue search and the dashboard's overdue watchlist, and a manager's
 * overdue task query. Camunda authorizations are on, as in production. Writes p50, p95
 * and max per list and size, and EXPLAIN ANALYZE of the slowest statements each request
 * ran, to {@code target/bench/lists.json} and {@code target/bench/lists.md}.
 * <p>
 * Run with {@code bench/lists}, or on a database of its own:
 * {@code MOTCUA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/motcua_ls_bench ./mvnw test -Pbench-lists -Dmotcua.bench.lists.sizes=10000}.
 * The job executor is off: due timers would otherwise fire while timing (their effect,
 * the apology tasks of overdue dossiers, is part of the data).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.admin.user=admin",
				"motcua.admin.password=bench-admin" })
@ActiveProfiles({ "postgres", "demo" })
@ExtendWith(PostgresDatabase.class)
@Import(ListsBenchmark.Capture.class)
class ListsBenchmark {

	static final int[] SIZES = Arrays
		.stream(System.getProperty("motcua.bench.lists.sizes", "100000,1000000").split(","))
		.mapToInt((s) -> Integer.parseInt(s.trim()))
		.sorted()
		.toArray();

	static final int SAMPLES = Integer.getInteger("motcua.bench.lists.samples", 200);

	static final int WARMUP = Integer.getInteger("motcua.bench.lists.warmup", 30);

	static final int LOADER_THREADS = Integer.getInteger("motcua.bench.lists.threads", 4);

	/** Only the lists whose name or user contains this, for a quick look at a few. */
	static final String ONLY = System.getProperty("motcua.bench.lists.only", "");

	static final String PASSWORD = "demo";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
			+ "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	FilterService filters;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	StatementCapture capture;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void benchmark() throws Exception {
		ListsData data = new ListsData(this.jdbc, this.runtime, this.tasks, this.transactions, this.catalogue);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", machine());
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("sizes", SIZES);
		settings.put("samplesPerList", SAMPLES);
		settings.put("warmupPerList", WARMUP);
		settings.put("clients", 1);
		settings.put("only", ONLY);
		settings.put("jobExecutor", false);
		settings.put("authorization", true);
		result.put("settings", settings);
		List<Map<String, Object>> sizes = new ArrayList<>();
		result.put("sizes", sizes);
		for (int size : SIZES) {
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("dossiers", size);
			System.out.printf("bench lists: loading %,d dossiers%n", size);
			figures.put("load", data.growTo(size, OffsetDateTime.now(VIETNAM), LOADER_THREADS));
			figures.put("data", census());
			figures.put("lists", measure(probes()));
			sizes.add(figures);
			write(result);
		}
		assertThat(Path.of("target", "bench", "lists.json")).exists();
	}

	/** What the register and the engine hold, so the figures can be read against it. */
	private Map<String, Object> census() {
		Map<String, Object> census = new LinkedHashMap<>();
		census.put("registerRows", this.jdbc.queryForObject("select count(*) from dossier", Long.class));
		census.put("openByStatus",
				this.jdbc.queryForList("select status, count(*) as dossiers from dossier where status in "
						+ "('CHO_TIEP_NHAN', 'DANG_XU_LY', 'TAM_DUNG', 'CHO_TRA_KET_QUA') group by status order by 1"));
		census.put("overdueInRegister", this.jdbc
			.queryForObject("select count(*) from dossier where status = 'DANG_XU_LY' and due_at < now()", Long.class));
		census.put("openTasks", this.jdbc.queryForObject("select count(*) from act_ru_task", Long.class));
		census.put("overdueTasks",
				this.jdbc.queryForObject("select count(*) from act_ru_task where due_date_ < now()", Long.class));
		census.put("authorizations", this.jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class));
		census.put("tasksPerGroup",
				this.jdbc.queryForList("select i.group_id_ as group, count(*) as tasks, "
						+ "count(*) filter (where t.due_date_ < now()) as overdue from act_ru_task t "
						+ "join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' "
						+ "group by i.group_id_ order by 2 desc limit 12"));
		return census;
	}

	/** The lists, each as the client that shows it calls it. */
	private List<Probe> probes() {
		String unitFilter = filterId("Việc của đơn vị");
		String overdueFilter = filterId("Quá hạn");
		String now = URLEncoder.encode(
				OffsetDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")),
				StandardCharsets.UTF_8);
		String tasklist = "/engine-rest/filter/%s/list?firstResult=0&maxResults=15";
		return List
			.of(new Probe("Tasklist: Việc của đơn vị", "so-tu-phap.chuyen-vien", tasklist.formatted(unitFilter),
					TASKLIST_BODY),
					new Probe("Tasklist: Việc của đơn vị", "trung-tam.tiep-nhan", tasklist.formatted(unitFilter),
							TASKLIST_BODY),
					new Probe(
							"Tasklist: Quá hạn", "so-tu-phap.chuyen-vien", tasklist.formatted(overdueFilter),
							TASKLIST_BODY),
					new Probe(
							"Tasklist: Quá hạn", "so-tu-phap.lanh-dao", tasklist.formatted(overdueFilter),
							TASKLIST_BODY),
					new Probe("Tasklist: Quá hạn", "trung-tam.tiep-nhan", tasklist.formatted(overdueFilter),
							TASKLIST_BODY),
					new Probe(
							"Register: GET /api/dossiers?overdue=true", "so-tu-phap.chuyen-vien",
							"/api/dossiers?overdue=true", null),
					new Probe("Register: GET /api/dossiers?overdue=true", "trung-tam.tiep-nhan",
							"/api/dossiers?overdue=true", null),
					new Probe("Register: GET /api/dossiers?overdue=true", "quan-ly", "/api/dossiers?overdue=true",
							null),
					new Probe("Dashboard: GET /api/reports/overdue", "so-tu-phap.lanh-dao", "/api/reports/overdue",
							null),
					new Probe("Dashboard: GET /api/reports/overdue", "quan-ly", "/api/reports/overdue", null),
					new Probe("Engine: GET /engine-rest/task?dueBefore=now", "quan-ly",
							"/engine-rest/task?dueBefore=" + now
									+ "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15",
							null),
					// What authorization checks cost a manager, whose grants are on "*":
					// every open
					// instance checked, as Cockpit's counts do.
					new Probe("Engine: GET /engine-rest/process-instance/count", "quan-ly",
							"/engine-rest/process-instance/count", null))
			.stream()
			.filter((probe) -> (probe.list() + " " + probe.user()).contains(ONLY))
			.toList();
	}

	/**
	 * Warms every probe up, then takes the samples round-robin over the probes, so that a
	 * burst of noise from the shared machine spreads over all lists.
	 */
	private List<Map<String, Object>> measure(List<Probe> probes) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			for (Probe probe : probes) {
				call(probe);
			}
		}
		long[][] nanos = new long[probes.size()][SAMPLES];
		JsonNode[] last = new JsonNode[probes.size()];
		for (int i = 0; i < SAMPLES; i++) {
			for (int p = 0; p < probes.size(); p++) {
				long start = System.nanoTime();
				HttpResponse<String> response = call(probes.get(p));
				nanos[p][i] = System.nanoTime() - start;
				if (i == SAMPLES - 1) {
					last[p] = this.json.readTree(response.body());
				}
			}
		}
		List<Map<String, Object>> lists = new ArrayList<>();
		for (int p = 0; p < probes.size(); p++) {
			Probe probe = probes.get(p);
			long[] sorted = nanos[p].clone();
			Arrays.sort(sorted);
			Map<String, Object> list = new LinkedHashMap<>();
			list.put("list", probe.list());
			list.put("user", probe.user());
			list.put("request", ((probe.body() != null) ? "POST " : "GET ") + probe.path());
			list.put("shown", shown(last[p]));
			list.put("total", total(last[p]));
			list.put("p50Ms", millis(sorted[(int) Math.ceil(0.50 * SAMPLES) - 1]));
			list.put("p95Ms", millis(sorted[(int) Math.ceil(0.95 * SAMPLES) - 1]));
			list.put("maxMs", millis(sorted[SAMPLES - 1]));
			list.put("statements", explain(probe));
			lists.add(list);
			System.out.printf("bench lists: %-45s %-24s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", probe.list(),
					probe.user(), list.get("p50Ms"), list.get("p95Ms"), list.get("maxMs"));
		}
		return lists;
	}

	private HttpResponse<String> call(Probe probe) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + probe.path()))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((probe.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (probe.body() != null) {
			// As Tasklist's SDK asks: HAL, which embeds the count and the listed
			// variables.
			request.header("Accept", "application/hal+json")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(probe.body()));
		}
		else {
			request.header("Accept", "application/json").GET();
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(probe + " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	/**
	 * Runs the request once more with statement capture on: how many SELECTs it ran and
	 * how long they took together, and EXPLAIN ANALYZE of the two slowest with the
	 * parameters they were sent with. Without per-node timing: the engine's authorization
	 * sub-plans run once per task, and timing each of them would multiply the total.
	 */
	private Map<String, Object> explain(Probe probe) {
		List<StatementCapture.Statement> statements = this.capture.during(() -> {
			try {
				call(probe);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Map<String, Object> captured = new LinkedHashMap<>();
		captured.put("selects", statements.size());
		captured.put("selectsMs", millis(statements.stream().mapToLong(StatementCapture.Statement::nanos).sum()));
		Map<String, Long> repeated = new LinkedHashMap<>();
		statements
			.forEach((statement) -> repeated.merge(statement.sql().replaceAll("\\s+", " ").trim(), 1L, Long::sum));
		captured.put("mostRepeated",
				repeated.entrySet()
					.stream()
					.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
					.limit(3)
					.map((entry) -> entry.getValue() + " × "
							+ entry.getKey().substring(0, Math.min(120, entry.getKey().length())))
					.toList());
		List<Map<String, Object>> explained = new ArrayList<>();
		for (StatementCapture.Statement statement : statements.subList(0, Math.min(2, statements.size()))) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("ms", millis(statement.nanos()));
			entry.put("sql", statement.sql().replaceAll("\\s+", " ").trim());
			entry.put("parameters", statement.parameters().stream().map(String::valueOf).toList());
			entry.put("plan", plan(statement));
			explained.add(entry);
		}
		captured.put("slowest", explained);
		return captured;
	}

	private List<String> plan(StatementCapture.Statement statement) {
		return this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			List<String> lines = new ArrayList<>();
			try (var explain = connection
				.prepareStatement("explain (analyze, buffers, timing off) " + statement.sql())) {
				for (int i = 0; i < statement.parameters().size(); i++) {
					Object value = statement.parameters().get(i);
					if (value instanceof StatementCapture.Null empty) {
						explain.setNull(i + 1, empty.sqlType());
					}
					else {
						explain.setObject(i + 1, value);
					}
				}
				try (var rows = explain.executeQuery()) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
			}
			return lines;
		});
	}

	private String filterId(String name) {
		return this.filters.createFilterQuery().filterName(name).singleResult().getId();
	}

	private static Object shown(JsonNode body) {
		if (body == null) {
			return null;
		}
		if (body.isArray()) {
			return body.size();
		}
		if (body.has("items")) {
			return body.get("items").size();
		}
		JsonNode embedded = body.path("_embedded").path("task");
		return embedded.isArray() ? embedded.size() : null;
	}

	private static Object total(JsonNode body) {
		if (body == null) {
			return null;
		}
		if (body.has("totalItems")) {
			return body.get("totalItems").asLong();
		}
		if (body.has("count")) {
			return body.get("count").asLong();
		}
		return null;
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	private void write(Map<String, Object> result) throws IOException {
		Path out = Path.of("target", "bench", "lists.json");
		Files.createDirectories(out.getParent());
		this.json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
		Files.writeString(out.resolveSibling("lists.md"), markdown(result), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static String markdown(Map<String, Object> result) {
		StringBuilder md = new StringBuilder();
		md.append("| Dossiers | List | User | Shown / total | p50 ms | p95 ms | max ms |\n");
		md.append("|---:|---|---|---:|---:|---:|---:|\n");
		for (Map<String, Object> size : (List<Map<String, Object>>) result.get("sizes")) {
			for (Map<String, Object> list : (List<Map<String, Object>>) size.get("lists")) {
				md.append(String.format("| %,d | %s | %s | %s / %s | %.1f | %.1f | %.1f |%n", size.get("dossiers"),
						list.get("list"), list.get("user"), list.get("shown"),
						(list.get("total") != null) ? list.get("total") : "–", list.get("p50Ms"), list.get("p95Ms"),
						list.get("maxMs")));
			}
		}
		return md.toString();
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
		machine.put("sharedBuffers", this.jdbc.queryForObject("show shared_buffers", String.class));
		machine.put("workMem", this.jdbc.queryForObject("show work_mem", String.class));
		machine.put("camunda",
				org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion() + " (engine jar)");
		return machine;
	}

	/**
	 * One list as a client asks for it.
	 *
	 * @param list what the user sees
	 * @param user demo user ({@code <agency>.<role>}, or {@code quan-ly})
	 * @param path path and query
	 * @param body JSON body of a POST, {@code null} for a GET
	 */
	record Probe(String list, String user, String path, String body) {

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Capture {

		@Bean
		static StatementCapture statementCapture() {
			return new StatementCapture();
		}

	}

}
