package vn.motcua.dossier;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;
import vn.motcua.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application on one PostgreSQL receive 200 counter submissions
 * at once: 200 distinct, consecutive dossier codes and 200 process instances, none lost,
 * none twice.
 */
@ExtendWith(PostgresDatabase.class)
class TwoNodesSubmissionIT {

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	@Test
	void givenTwoNodes_when200DossiersArriveAtOnce_thenEachHasOneCodeAndOneProcess() throws Exception {
		// The first node creates the engine schema of an empty database; the second joins
		// it, as the
		// compose file orders them.
		try (AppNode first = AppNode.start("a").awaitReady(Duration.ofSeconds(120));
				AppNode second = AppNode.start("b").awaitReady(Duration.ofSeconds(120))) {
			String procedure = firstProcedure(first.port());

			ExecutorService pool = Executors.newFixedThreadPool(16);
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int port = (i % 2 == 0) ? first.port() : second.port();
				String idNumber = String.format("0010900%05d", i);
				calls.add(pool.submit(() -> new TestHttp(port).as("trung-tam.tiep-nhan", "demo")
					.postJson("/api/dossiers", """
							{"procedureCode": "%s", "receivingUnit": "trung-tam",
							 "applicant": {"name": "Người nộp %s", "idNumber": "%s"}}""".formatted(procedure, idNumber,
							idNumber))));
			}
			Set<String> codes = new TreeSet<>();
			for (Future<HttpResponse<String>> call : calls) {
				HttpResponse<String> response = call.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				Matcher matcher = CODE.matcher(response.body());
				assertThat(matcher.find()).isTrue();
				codes.add(matcher.group(1));
			}
			pool.shutdown();

			assertThat(codes).hasSize(200);
			List<Integer> sequence = codes.stream()
				.map((code) -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)))
				.sorted()
				.toList();
			assertThat(sequence.get(199) - sequence.get(0)).as("consecutive daily sequence").isEqualTo(199);
			try (Connection db = DriverManager.getConnection(PostgresDatabase.url(), "postgres", "")) {
				assertThat(count(db, "select count(*) from dossier where code = any(?)", codes)).isEqualTo(200);
				assertThat(count(db,
						"select count(*) from act_ru_execution where id_ = proc_inst_id_ and business_key_ = any(?)",
						codes))
					.isEqualTo(200);
				assertThat(count(db,
						"select count(distinct e.business_key_) from act_ru_task t join act_ru_execution e "
								+ "on t.proc_inst_id_ = e.id_ where t.task_def_key_ = 'receive-dossier' and e.business_key_ = any(?)",
						codes))
					.isEqualTo(200);
			}
		}
	}

	private static String firstProcedure(int port) {
		String body = new TestHttp(port).get("/api/public/procedures").body();
		Matcher matcher = Pattern
			.compile(
					"\"code\":\"([^\"]+)\"[^{}]*?\"receivingUnits\":\\[[^\\]]*\"trung-tam\"[^{}]*?\"flow\":\"mot-cua\"")
			.matcher(body);
		assertThat(matcher.find()).as("a mot-cua procedure received at trung-tam").isTrue();
		return matcher.group(1);
	}

	private static long count(Connection db, String sql, Set<String> codes) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", codes.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
