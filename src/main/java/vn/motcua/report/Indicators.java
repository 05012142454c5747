package vn.motcua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.motcua.dossier.Channel;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of Bộ chỉ số 766 that our register can compute for a period. Payments
 * count as online when recorded paid by any method other than cash at the counter
 * ({@code TIEN_MAT}). Satisfaction stays {@code null} until ratings are recorded.
 */
@Service
class Indicators {

	static final String DAYS = "ngày làm việc";

	private final PeriodReport report;

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingDayCounter workingDays;

	Indicators(PeriodReport report, NamedParameterJdbcTemplate jdbc, WorkingDayCounter workingDays) {
		this.report = report;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
	}

	@Transactional(readOnly = true)
	Response compute(ReportPeriod period, ReportFilter filter) {
		PeriodReport.Result result = this.report.count(period, filter);
		Tally total = result.total();
		Tally online = result.byChannel().getOrDefault(Channel.TRUC_TUYEN.name(), new Tally());
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(Indicator.percent("ty-le-dung-han", "Tỷ lệ hồ sơ giải quyết đúng hạn (trừ thời gian bổ sung)",
				"(trước hạn + đúng hạn + đang giải quyết trong hạn) ÷ (đã giải quyết + đang giải quyết) × 100; "
						+ "hạn đã lùi theo thời gian tạm dừng chờ bổ sung; hồ sơ đang giải quyết xét tại cuối kỳ",
				total.resolvedEarly + total.resolvedOnTime + total.inProgressWithinTime,
				total.resolved() + total.inProgress()));
		indicators.add(Indicator.percent("ty-le-qua-han", "Tỷ lệ hồ sơ quá hạn",
				"(đã giải quyết quá hạn + đang giải quyết quá hạn) ÷ tiếp nhận × 100", total.overdue(),
				total.received));
		ResolutionTime time = resolutionTime(period, filter);
		indicators.add(new Indicator("thoi-gian-giai-quyet-trung-binh", "Thời gian giải quyết trung bình",
				"Σ ngày làm việc từ tiếp nhận đến có kết quả, trừ ngày tạm dừng ÷ số hồ sơ tiếp nhận trong kỳ "
						+ "đã có kết quả",
				time.total.days, time.total.count, Rates.average(time.total.days, time.total.count), DAYS));
		indicators.add(Indicator.percent("ty-le-nop-truc-tuyen", "Tỷ lệ hồ sơ nộp trực tuyến",
				"hồ sơ nộp trực tuyến trong kỳ ÷ hồ sơ nộp trong kỳ × 100 (tỷ lệ đồng bộ Cổng DVCQG chưa tính)",
				online.newInPeriod(), total.newInPeriod()));
		long[] payments = payments(period, filter);
		indicators.add(Indicator.percent("ty-le-thanh-toan-truc-tuyen", "Tỷ lệ hồ sơ thanh toán trực tuyến",
				"hồ sơ đã thanh toán trực tuyến ÷ hồ sơ nộp trong kỳ có phí, lệ phí khác 0 × 100", payments[1],
				payments[0]));
		indicators.add(new Indicator("ty-le-hai-long", "Mức độ hài lòng trong giải quyết TTHC",
				"đánh giá hài lòng ÷ tổng số đánh giá × 100 (chưa có dữ liệu đánh giá)", null, null, null, "%"));
		List<ProcedureTime> byProcedure = time.byProcedure.entrySet()
			.stream()
			.map((e) -> new ProcedureTime(e.getKey(), result.procedureNames().get(e.getKey()), e.getValue().count,
					Rates.average(e.getValue().days, e.getValue().count)))
			.toList();
		return new Response(period.from().toString(), period.to().toString(), indicators, byProcedure);
	}

	private ResolutionTime resolutionTime(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String sql = "select d.procedure_code, " + ReportQueries.day("d.accepted_at") + " as accepted_day, "
				+ ReportQueries.day("d.finished_at") + " as finished_day, count(*) as n, "
				+ "sum(d.paused_working_days) as paused from dossier d where d.accepted_at >= :start "
				+ "and d.accepted_at < :end and d.finished_at is not null and d.finished_at < :end"
				+ filter.conditions("d", parameters) + " group by d.procedure_code, "
				+ ReportQueries.day("d.accepted_at") + ", " + ReportQueries.day("d.finished_at");
		ResolutionTime time = new ResolutionTime(new Sum(), new TreeMap<>());
		this.jdbc.query(sql, parameters, (rs) -> {
			long n = rs.getLong("n");
			long days = (long) this.workingDays.between(ReportQueries.date(rs, "accepted_day"),
					ReportQueries.date(rs, "finished_day")) * n - rs.getLong("paused");
			time.total.add(days, n);
			time.byProcedure.computeIfAbsent(rs.getString("procedure_code"), (k) -> new Sum()).add(days, n);
		});
		return time;
	}

	/** Dossiers submitted in the period with a fee, and those of them paid online. */
	private long[] payments(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String sql = "select count(*) as with_fee, coalesce(sum(case when exists (select 1 from payment p "
				+ "where p.dossier_code = d.code and p.status = 'DA_THANH_TOAN' and p.method <> 'TIEN_MAT') "
				+ "then 1 else 0 end), 0) as paid_online from dossier d where d.submitted_at >= :start "
				+ "and d.submitted_at < :end and d.fee_amount > 0" + filter.conditions("d", parameters);
		return this.jdbc.queryForObject(sql, parameters,
				(rs, row) -> new long[] { rs.getLong("with_fee"), rs.getLong("paid_online") });
	}

	private static final class Sum {

		long days;

		long count;

		void add(long days, long count) {
			this.days += days;
			this.count += count;
		}

	}

	private record ResolutionTime(Sum total, Map<String, Sum> byProcedure) {

	}

	/**
	 * Average resolution time of one procedure.
	 *
	 * @param procedure procedure code
	 * @param name procedure name
	 * @param resolved results counted
	 * @param averageDays working days, on average
	 */
	record ProcedureTime(String procedure, String name, long resolved, java.math.BigDecimal averageDays) {

	}

	/**
	 * {@code GET /api/reports/indicators}.
	 *
	 * @param from first day
	 * @param to last day
	 * @param indicators the indicators, each with its formula
	 * @param averageResolutionByProcedure average resolution time per procedure
	 */
	record Response(String from, String to, List<Indicator> indicators,
			List<ProcedureTime> averageResolutionByProcedure) {

	}

}
