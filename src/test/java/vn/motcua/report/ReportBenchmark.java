package vn.motcua.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the report benchmark. Loads 1,000,000 synthetic dossiers over 2024–2025
 * into PostgreSQL (once; kept for reruns unless {@code -Dmotcua.bench.reload=true}),
 * times the period summary for a month and a year, and writes the timings with EXPLAIN
 * ANALYZE of the main statement to {@code target/bench/reports.json}. Run with
 * {@code MOTCUA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/motcua_bench ./mvnw test -Pbench-reports}
 * on a database of its own.
 */
@PostgresTest
class ReportBenchmark {

	static final int DOSSIERS = Integer.getInteger("motcua.bench.dossiers", 1_000_000);

	static final int WARMUP = Integer.getInteger("motcua.bench.warmup", 5);

	static final int RUNS = Integer.getInteger("motcua.bench.runs", 10);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeriodReport report;

	@Test
	void benchmark() throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("dossiers", DOSSIERS);
		result.put("load", load());
		this.jdbc.execute("analyze dossier");
		this.jdbc.execute("analyze dossier_event");
		result.put("events", this.jdbc.queryForObject("select count(*) from dossier_event", Long.class));
		result.put("postgres", this.jdbc.queryForObject("select version()", String.class));
		result.put("settings",
				this.jdbc.queryForList("select name, setting, unit from pg_settings where name in "
						+ "('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'max_parallel_workers', "
						+ "'autovacuum', 'random_page_cost', 'effective_cache_size') order by name"));
		result.put("indexes", this.jdbc.queryForList(
				"select indexname, indexdef from pg_indexes where tablename in ('dossier', 'dossier_event') order by 1"));
		Map<String, Object> periods = new LinkedHashMap<>();
		periods.put("month", time(new ReportPeriod(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"))));
		periods.put("year", time(new ReportPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"))));
		result.put("summary", periods);
		Path out = Path.of("target", "bench", "reports.json");
		Files.createDirectories(out.getParent());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
		assertThat(out).exists();
	}

	private Map<String, Object> time(ReportPeriod period) {
		ReportFilter all = ReportFilter.everything();
		PeriodReport.Result counted = null;
		for (int i = 0; i < WARMUP; i++) {
			counted = this.report.count(period, all);
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			counted = this.report.count(period, all);
			this.report.summary(counted);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("from", period.from().toString());
		figures.put("to", period.to().toString());
		figures.put("received", counted.total().received);
		figures.put("resolved", counted.total().resolved());
		figures.put("runs", RUNS);
		figures.put("medianMs", Math.round(millis[RUNS / 2] * 10) / 10.0);
		figures.put("minMs", Math.round(millis[0] * 10) / 10.0);
		figures.put("maxMs", Math.round(millis[RUNS - 1] * 10) / 10.0);
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = ReportQueries.cellsSql(period, period.end(), all, parameters);
		// The session settings of ReportQueries.tuneForReport, on one connection.
		List<String> plan = this.jdbc.execute((java.sql.Connection connection) -> {
			try (var settings = connection.createStatement()) {
				settings.execute("set jit = off");
				settings.execute("set work_mem = '128MB'");
				settings.execute("set plan_cache_mode = force_custom_plan");
			}
			ParsedSql parsed = NamedParameterUtils.parseSqlStatement("explain (analyze, buffers) " + sql);
			List<String> lines = new ArrayList<>();
			try (var statement = connection
				.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, parameters))) {
				Object[] values = NamedParameterUtils.buildValueArray(parsed, parameters, null);
				for (int i = 0; i < values.length; i++) {
					statement.setObject(i + 1, values[i]);
				}
				try (var rows = statement.executeQuery()) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
			}
			finally {
				try (var settings = connection.createStatement()) {
					settings.execute("reset jit");
					settings.execute("reset work_mem");
					settings.execute("reset plan_cache_mode");
				}
			}
			return lines;
		});
		figures.put("explainAnalyze", plan);
		return figures;
	}

	private Map<String, Object> load() {
		Map<String, Object> load = new LinkedHashMap<>();
		long present = this.jdbc.queryForObject("select count(*) from dossier where code like 'B-%'", Long.class);
		if (present == DOSSIERS && !Boolean.getBoolean("motcua.bench.reload")) {
			load.put("reused", true);
			return load;
		}
		long start = System.nanoTime();
		this.jdbc.update("delete from dossier_event where dossier_code like 'B-%'");
		this.jdbc.update("delete from payment where dossier_code like 'B-%'");
		this.jdbc.update("delete from dossier where code like 'B-%'");
		// Two years, ~1,370 dossiers a day; 20 procedures of 10 agencies; 45% online.
		// Outcomes: 70% early, 15% on time, 5% late, 3% refused, 2% withdrawn, 5% open
		// (December 2025) or on time. closed_at is the closing event's time, inserted
		// below, as DossierRegister.record sets it.
		this.jdbc
			.update("""
					insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name,
					  applicant_id_number, channel, receiving_unit, agency, level, status, fee_amount, submitted_at,
					  accepted_at, due_at, original_due_at, finished_at, returned_at, paused_working_days, supplement_count,
					  closed_at)
					select 'B-' || g, 'P' || (g % 20), 'Thủ tục ' || (g % 20), 'bench', 'Người nộp ' || g,
					  lpad(g::text, 12, '0'),
					  case when h % 100 < 45 then 'TRUC_TUYEN' when h % 100 < 95 then 'TRUC_TIEP' else 'BUU_CHINH' end,
					  'trung-tam', (array['so-tu-phap','so-tai-chinh','so-xay-dung','so-nong-nghiep-moi-truong',
					    'so-cong-thuong','so-y-te','so-giao-duc-dao-tao','so-noi-vu','so-van-hoa-the-thao-du-lich',
					    'xa-tien-du'])[1 + (g % 20) / 2], case when g % 20 = 19 then 'xa' else 'tinh' end,
					  case when o < 90 or (o >= 95 and sub < '2025-12-01') then 'DA_TRA_KET_QUA'
					       when o < 93 then 'TU_CHOI' when o < 95 then 'RUT_HO_SO' else 'DANG_XU_LY' end,
					  case when g % 4 = 0 then 50000 else 0 end, sub, sub, sub + interval '7 days',
					  sub + interval '7 days',
					  case when o < 70 then sub + interval '3 days' when o < 85 then sub + interval '7 days' - interval '2 hours'
					       when o < 90 then sub + interval '9 days'
					       when o >= 95 and sub < '2025-12-01' then sub + interval '6 days' end,
					  null, case when o % 7 = 0 then 1 else 0 end, case when o = 1 then 2 else 0 end,
					  case when o >= 90 and o < 95 then sub + interval '1 hour' end
					from (select g, (g * 7919) % 1000 / 10 as h, (g * 104729) % 100 as o,
					  timestamptz '2024-01-01 08:00:00+07' + (g * 730.0 / DOSSIER_COUNT) * interval '1 day' as sub
					  from generate_series(1::bigint, DOSSIER_COUNT) g) s
					"""
				.replace("DOSSIER_COUNT", Integer.toString(DOSSIERS)));
		this.jdbc.update("""
				insert into dossier_event (dossier_code, occurred_at, type, status, actor, unit, step)
				select code, submitted_at, 'ACCEPTED', 'DANG_XU_LY', 'bench', 'trung-tam', 'accept-dossier'
				from dossier where code like 'B-%'
				""");
		this.jdbc.update("""
				insert into dossier_event (dossier_code, occurred_at, type, status, actor, unit, step)
				select code, submitted_at + interval '1 hour',
				  case status when 'TU_CHOI' then 'REFUSED' else 'WITHDRAWN' end, status, 'bench', agency, 'close'
				from dossier where code like 'B-%' and status in ('TU_CHOI', 'RUT_HO_SO')
				""");
		this.jdbc.update("""
				insert into dossier_event (dossier_code, occurred_at, type, actor, unit, step, step_result)
				select code, submitted_at + interval '2 days', 'TASK_COMPLETED', 'bench', agency, 'appraise',
				  'TRUOC_HAN' from dossier where code like 'B-%' and finished_at is not null
				union all
				select code, finished_at - interval '1 hour', 'TASK_COMPLETED', 'bench', 'thue-tinh', 'tax',
				  case when finished_at > original_due_at then 'QUA_HAN' else 'DUNG_HAN' end
				from dossier where code like 'B-%' and finished_at is not null and procedure_code in ('P6', 'P7')
				""");
		this.jdbc.execute("vacuum analyze dossier");
		this.jdbc.execute("vacuum analyze dossier_event");
		load.put("reused", false);
		load.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
		return load;
	}

}
