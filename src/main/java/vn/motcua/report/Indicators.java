package vn.motcua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of Bộ chỉ số 766 that the register can compute for a period, each with
 * its formula and source (docs/reports.md). Payments count as online when recorded paid
 * by any method other than cash at the counter ({@code TIEN_MAT}). The synchronisation
 * rate counts the dossiers whose every change the national portal acknowledged
 * ({@code national_sync}, vn.motcua.sync); the 766 online rate multiplies the share
 * before that factor (its own indicator) by it. Where the 766 formulas ask for an
 * electronic result "where a document result applies", they ask it of dossiers handed
 * back before the end of the period, and find it in {@code dossier_result}
 * (docs/reports.md). The 766 satisfaction in handling TTHC is given for the whole
 * selection and per lead agency.
 */
@Service
class Indicators {

	static final String DAYS = "ngày làm việc";

	static final String HOURS = "giờ làm việc";

	private static final String REGISTER = "Sổ theo dõi hồ sơ (bảng dossier)";

	/**
	 * What "where a document result applies" (766) means with the register's data: every
	 * procedure of the catalogue ends in a document, and the electronic copy is attached
	 * when the result is handed back.
	 */
	private static final String RESULT_APPLIES = "Kết quả điện tử chỉ xét với hồ sơ đã trả kết quả trước cuối kỳ "
			+ "(mọi thủ tục trong danh mục đều có kết quả là văn bản, giấy tờ; bản điện tử được đính kèm khi trả "
			+ "kết quả); hồ sơ chưa trả kết quả trước cuối kỳ (đang giải quyết, chờ trả kết quả, dừng xử lý, rút hồ "
			+ "sơ) không xét điều kiện này";

	private static final String ELECTRONIC_RESULT = "kết quả điện tử: bảng dossier_result (văn bản kết quả đính "
			+ "kèm tệp khi trả kết quả)";

	private static final String SYNC = "bảng national_sync (thay đổi gửi Cổng DVCQG, trạng thái ACKED = đã xác nhận)";

	private static final List<String> CRITERIA_NAMES = List.of("thời gian giải quyết",
			"số cơ quan, đầu mối phải liên hệ", "số lần bổ sung hồ sơ", "thái độ của công chức",
			"kết quả đúng quy định", "việc trả kết quả", "việc tiếp nhận, xử lý phản ánh, kiến nghị");

	private final PeriodReport report;

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingDayCounter workingDays;

	private final WorkingDayCalendar calendar;

	private final Catalogue catalogue;

	Indicators(PeriodReport report, NamedParameterJdbcTemplate jdbc, WorkingDayCounter workingDays,
			WorkingDayCalendar calendar, Catalogue catalogue) {
		this.report = report;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.calendar = calendar;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	Response compute(ReportPeriod period, ReportFilter filter) {
		PeriodReport.Result result = this.report.count(period, filter);
		Tally total = result.total();
		Tally online = result.byChannel().getOrDefault(Channel.TRUC_TUYEN.name(), new Tally());
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(Indicator.percent("ty-le-dung-han", "Tỷ lệ hồ sơ giải quyết đúng hạn",
				"(có kết quả trước hạn hoặc đúng hạn + đang giải quyết trong hạn + dừng xử lý hoặc rút hồ sơ "
						+ "trước khi đến hẹn + từ chối tiếp nhận) ÷ (tiếp nhận + từ chối tiếp nhận) × 100; hạn đã lùi "
						+ "theo thời gian chờ bổ sung; hồ sơ đang giải quyết xét tại cuối kỳ hoặc tại thời điểm xem "
						+ "nếu kỳ chưa kết thúc; bổ sung quá một lần là quá hạn",
				REGISTER + ": ngày tiếp nhận, ngày hẹn trả ban đầu, ngày có kết quả, ngày dừng/rút/từ chối",
				total.inTime(), total.judged()));
		indicators.add(Indicator.percent("ty-le-qua-han", "Tỷ lệ hồ sơ quá hạn",
				"(đã giải quyết quá hạn + đang giải quyết quá hạn) ÷ tiếp nhận × 100", REGISTER, total.overdue(),
				total.received));
		ResolutionTime time = resolutionTime(period, filter);
		indicators.add(new Indicator("thoi-gian-giai-quyet-trung-binh",
				"Thời gian giải quyết trung bình (thủ tục tính theo ngày)",
				"Σ ngày làm việc từ tiếp nhận đến có kết quả, trừ ngày chờ bổ sung ÷ số hồ sơ tiếp nhận trong kỳ "
						+ "đã có kết quả",
				REGISTER + ": ngày tiếp nhận, ngày có kết quả, số ngày tạm dừng; lịch làm việc", time.days.total,
				time.days.count, Rates.average(time.days.total, time.days.count), DAYS));
		indicators.add(new Indicator("thoi-gian-giai-quyet-trung-binh-gio",
				"Thời gian giải quyết trung bình (thủ tục tính theo giờ, trong ngày)",
				"Σ phút làm việc từ tiếp nhận đến có kết quả, trừ thời gian chờ bổ sung ÷ 60 ÷ số hồ sơ tiếp nhận "
						+ "trong kỳ đã có kết quả (tử số tính bằng phút)",
				REGISTER + ": giờ tiếp nhận, giờ có kết quả, số phút tạm dừng; giờ hành chính", time.minutes.total,
				time.minutes.count, hours(time.minutes.total, time.minutes.count), HOURS));
		indicators.add(Indicator.percent("ty-le-nop-truc-tuyen", "Tỷ lệ hồ sơ nộp trực tuyến (chưa nhân tỷ lệ đồng bộ)",
				"hồ sơ tiếp nhận trong kỳ nộp trực tuyến ÷ hồ sơ tiếp nhận trong kỳ × 100",
				REGISTER + ": kênh nộp, ngày tiếp nhận", online.newInPeriod(), total.newInPeriod()));
		Digitisation digitisation = digitisation(period, filter);
		indicators.add(Indicator.percent("ty-le-nop-truc-tuyen-766-truoc-dong-bo",
				"Tỷ lệ hồ sơ trực tuyến theo Bộ chỉ số 766, trước khi nhân tỷ lệ đồng bộ",
				"hồ sơ tiếp nhận trong kỳ nộp trực tuyến, mà nếu đã trả kết quả trước cuối kỳ thì có kết quả "
						+ "điện tử ÷ hồ sơ tiếp nhận trong kỳ × 100. " + RESULT_APPLIES,
				REGISTER + ": kênh nộp, ngày tiếp nhận, ngày trả kết quả; " + ELECTRONIC_RESULT,
				digitisation.onlineWithResult(), digitisation.received()));
		long[] synced = synchronised(period, filter);
		indicators.add(Indicator.product("ty-le-nop-truc-tuyen-766", "Tỷ lệ hồ sơ trực tuyến theo Bộ chỉ số 766",
				"tỷ lệ hồ sơ trực tuyến trước khi nhân tỷ lệ đồng bộ (chỉ số ty-le-nop-truc-tuyen-766-truoc-dong-bo) "
						+ "× tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG (chỉ số ty-le-dong-bo); tử số = tử số của hai tỷ lệ "
						+ "nhân với nhau, mẫu số = mẫu số của hai tỷ lệ nhân với nhau",
				REGISTER + "; " + SYNC, digitisation.onlineWithResult(), digitisation.received(), synced[1],
				synced[0]));
		long[] payments = payments(period, filter);
		indicators.add(Indicator.percent("ty-le-thanh-toan-truc-tuyen", "Tỷ lệ hồ sơ thanh toán trực tuyến",
				"hồ sơ đã thanh toán trực tuyến ÷ hồ sơ nộp trong kỳ có phí, lệ phí khác 0 × 100",
				REGISTER + " và bảng payment (phương thức khác tiền mặt, đã thanh toán)", payments[1], payments[0]));
		indicators.add(Indicator.percent("ty-le-so-hoa", "Tỷ lệ số hóa hồ sơ (Bộ chỉ số 766)",
				"hồ sơ tiếp nhận trong kỳ có thành phần hồ sơ được số hóa (ít nhất một giấy tờ nộp hoặc bổ sung có "
						+ "tệp: nộp trực tuyến, bổ sung hoặc quét tại quầy) và, nếu đã trả kết quả trước cuối kỳ, có kết "
						+ "quả điện tử ÷ hồ sơ tiếp nhận trong kỳ × 100. " + RESULT_APPLIES,
				"bảng dossier_file (giấy tờ loại NOP, BO_SUNG có tên tệp) của hồ sơ tiếp nhận trong kỳ; "
						+ ELECTRONIC_RESULT + "; " + REGISTER + ": ngày trả kết quả",
				digitisation.digitised(), digitisation.received()));
		indicators.add(Indicator.percent("ty-le-so-hoa-thanh-phan", "Tỷ lệ hồ sơ có thành phần được số hóa",
				"hồ sơ tiếp nhận trong kỳ có ít nhất một giấy tờ nộp hoặc bổ sung có tệp (nộp trực tuyến, bổ sung "
						+ "hoặc quét tại quầy), không xét kết quả ÷ hồ sơ tiếp nhận trong kỳ × 100",
				"bảng dossier_file (giấy tờ loại NOP, BO_SUNG có tên tệp) của hồ sơ tiếp nhận trong kỳ",
				digitisation.papers(), digitisation.received()));
		long[] electronic = electronicResults(period, filter);
		indicators.add(Indicator.percent("ty-le-ket-qua-dien-tu", "Tỷ lệ trả kết quả điện tử",
				"hồ sơ trả kết quả trong kỳ theo hình thức điện tử ÷ hồ sơ trả kết quả trong kỳ × 100",
				REGISTER + ": ngày trả kết quả, hình thức trả (return_method = dien-tu)", electronic[1],
				electronic[0]));
		indicators.add(Indicator.percent("ty-le-dong-bo", "Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG",
				"hồ sơ tiếp nhận trong kỳ mà mọi thay đổi (trạng thái, tiếp nhận, kết quả, phí, đánh giá) đều đã được "
						+ "Cổng DVCQG xác nhận ÷ hồ sơ tiếp nhận trong kỳ × 100; hồ sơ chưa có thay đổi nào được gửi "
						+ "là chưa đồng bộ",
				SYNC + "; " + REGISTER + ": ngày tiếp nhận", synced[1], synced[0]));
		indicators.add(Indicator.percent("ty-le-hai-long", "Tỷ lệ đánh giá hài lòng",
				"tiêu chí được đánh giá hài lòng hoặc rất hài lòng ÷ tổng số tiêu chí được đánh giá trong kỳ × 100 "
						+ "(mỗi phiếu đánh giá 7 tiêu chí)",
				"bảng evaluation (ngày đánh giá trong kỳ)", total.satisfiedRatings, total.ratings));
		long[][] criteria = criteria(period, filter);
		for (int i = 0; i < CRITERIA_NAMES.size(); i++) {
			indicators.add(Indicator.percent("ty-le-hai-long-" + (i + 1), "Tỷ lệ hài lòng: " + CRITERIA_NAMES.get(i),
					"phiếu đánh giá tiêu chí này hài lòng hoặc rất hài lòng ÷ phiếu đánh giá trong kỳ × 100",
					"bảng evaluation, cột " + ReportQueries.CRITERIA.get(i), criteria[i][1], criteria[i][0]));
		}
		indicators.add(satisfaction766(total));
		List<AgencyIndicators> byAgency = new ArrayList<>();
		result.byAgency().forEach((agency, tally) -> {
			if (tally.received > 0) {
				byAgency
					.add(new AgencyIndicators(agency, this.report.agencyName(agency), List.of(satisfaction766(tally))));
			}
		});
		List<ProcedureTime> byProcedure = new ArrayList<>();
		time.byProcedure.forEach((code,
				sum) -> byProcedure.add(new ProcedureTime(code, result.procedureNames().getOrDefault(code, code),
						sum.count, sum.hours ? hours(sum.total, sum.count) : Rates.average(sum.total, sum.count),
						sum.hours ? HOURS : DAYS)));
		return new Response(period.from().toString(), period.to().toString(), indicators, byProcedure, byAgency);
	}

	private static BigDecimal hours(long minutes, long count) {
		return (count == 0) ? null
				: BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(count * 60), Rates.SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Procedures counted in working hours or returned the same day: averaged in hours.
	 */
	private Set<String> hourProcedures() {
		return this.catalogue.procedures()
			.stream()
			.filter((p) -> p.sameDay() || (p.committedHours() != null && p.committedHours() > 0))
			.map(Procedure::code)
			.collect(Collectors.toSet());
	}

	private ResolutionTime resolutionTime(ReportPeriod period, ReportFilter filter) {
		Set<String> hourly = hourProcedures();
		ResolutionTime time = new ResolutionTime(new Sum(false), new Sum(true), new TreeMap<>());
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String finished = " from dossier d where d.accepted_at >= :start and d.accepted_at < :end "
				+ "and d.finished_at is not null and d.finished_at < :end" + filter.conditions("d", parameters);
		String sql = "select d.procedure_code, " + ReportQueries.day("d.accepted_at") + " as accepted_day, "
				+ ReportQueries.day("d.finished_at") + " as finished_day, count(*) as n, "
				+ "sum(d.paused_working_days) as paused" + finished + " group by d.procedure_code, "
				+ ReportQueries.day("d.accepted_at") + ", " + ReportQueries.day("d.finished_at");
		this.jdbc.query(sql, parameters, (rs) -> {
			String code = rs.getString("procedure_code");
			if (hourly.contains(code)) {
				return;
			}
			long n = rs.getLong("n");
			long days = (long) this.workingDays.between(ReportQueries.date(rs, "accepted_day"),
					ReportQueries.date(rs, "finished_day")) * n - rs.getLong("paused");
			time.days.add(days, n);
			time.byProcedure.computeIfAbsent(code, (k) -> new Sum(false)).add(days, n);
		});
		if (!hourly.isEmpty()) {
			parameters.addValue("hourly", hourly);
			this.jdbc.query("select d.procedure_code, d.accepted_at, d.finished_at, d.paused_minutes" + finished
					+ " and d.procedure_code in (:hourly)", parameters, (rs) -> {
						Duration worked = this.calendar.workingTimeBetween(
								rs.getObject("accepted_at", OffsetDateTime.class).toZonedDateTime(),
								rs.getObject("finished_at", OffsetDateTime.class).toZonedDateTime());
						long minutes = Math.max(0, worked.toMinutes() - rs.getLong("paused_minutes"));
						time.minutes.add(minutes, 1);
						time.byProcedure.computeIfAbsent(rs.getString("procedure_code"), (k) -> new Sum(true))
							.add(minutes, 1);
					});
		}
		return time;
	}

	/** Dossiers submitted in the period with a fee, and those of them paid online. */
	private long[] payments(ReportPeriod period, ReportFilter filter) {
		return pair("select count(*) as total, coalesce(sum(case when exists (select 1 from payment p "
				+ "where p.dossier_code = d.code and p.status = 'DA_THANH_TOAN' and p.method <> 'TIEN_MAT') "
				+ "then 1 else 0 end), 0) as part from dossier d where d.submitted_at >= :start "
				+ "and d.submitted_at < :end and d.fee_amount > 0", period, filter);
	}

	/**
	 * The 766 satisfaction in handling TTHC of a slice: 100 % − (late rate + rate of
	 * dossiers with a phản ánh, kiến nghị or a không hài lòng rating), both over the
	 * received dossiers.
	 */
	private static Indicator satisfaction766(Tally tally) {
		return new Indicator("muc-do-hai-long-766", "Mức độ hài lòng trong giải quyết TTHC (Bộ chỉ số 766)",
				"100% − (tỷ lệ hồ sơ quá hạn + tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng); "
						+ "tử số = hồ sơ quá hạn (có kết quả quá hạn + đang giải quyết quá hạn) + hồ sơ có phản ánh, "
						+ "kiến nghị hoặc có tiêu chí không hài lòng, mẫu số = tiếp nhận; giá trị = 100% − tử số ÷ "
						+ "mẫu số × 100",
				REGISTER + ", bảng feedback (mã hồ sơ) và evaluation (tiêu chí = 1)", tally.dissatisfied(),
				tally.received, tally.satisfaction766(), "%");
	}

	/**
	 * Dossiers received in the period (carried over not included), and of them: those
	 * with a digitised paper handed in or supplemented; those also with an electronic
	 * result where a result applies (766 digitisation); those submitted online with an
	 * electronic result where a result applies (766 online rate before the
	 * synchronisation factor). A result applies to a dossier handed back with its result
	 * before the end of the period (docs/reports.md).
	 */
	private Digitisation digitisation(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String papers = "exists (select 1 from dossier_file f where f.dossier_code = d.code "
				+ "and f.kind in ('NOP', 'BO_SUNG') and f.file_name is not null)";
		String resultOk = "(d.returned_at is null or d.returned_at >= :end or exists (select 1 from dossier_result r "
				+ "where r.dossier_code = d.code))";
		String sql = "select count(*) as total, coalesce(sum(case when " + papers
				+ " then 1 else 0 end), 0) as papers, " + "coalesce(sum(case when " + papers + " and " + resultOk
				+ " then 1 else 0 end), 0) as digitised, " + "coalesce(sum(case when d.channel = 'TRUC_TUYEN' and "
				+ resultOk + " then 1 else 0 end), 0) as online from dossier d where d.accepted_at >= :start "
				+ "and d.accepted_at < :end and d.status <> 'TU_CHOI'" + filter.conditions("d", parameters);
		return this.jdbc.queryForObject(sql, parameters, (rs, row) -> new Digitisation(rs.getLong("total"),
				rs.getLong("papers"), rs.getLong("digitised"), rs.getLong("online")));
	}

	/**
	 * Dossiers received in the period (the base of the digitisation and online rates),
	 * and those of them with at least one change queued for the national portal and every
	 * change acknowledged.
	 */
	private long[] synchronised(ReportPeriod period, ReportFilter filter) {
		return pair("select count(*) as total, coalesce(sum(case when exists (select 1 from national_sync s "
				+ "where s.dossier_code = d.code) and not exists (select 1 from national_sync s where s.dossier_code "
				+ "= d.code and s.status <> 'ACKED') then 1 else 0 end), 0) as part from dossier d "
				+ "where d.accepted_at >= :start and d.accepted_at < :end and d.status <> 'TU_CHOI'", period, filter);
	}

	/**
	 * Results handed back in the period, and those of them handed back electronically.
	 */
	private long[] electronicResults(ReportPeriod period, ReportFilter filter) {
		return pair(
				"select count(*) as total, coalesce(sum(case when d.return_method = 'dien-tu' then 1 else 0 end), "
						+ "0) as part from dossier d where d.returned_at >= :start and d.returned_at < :end",
				period, filter);
	}

	private long[] pair(String sql, ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		return this.jdbc.queryForObject(sql + filter.conditions("d", parameters), parameters,
				(rs, row) -> new long[] { rs.getLong("total"), rs.getLong("part") });
	}

	/** Per criterion: evaluations given in the period, and those rating it satisfied. */
	private long[][] criteria(ReportPeriod period, ReportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String sums = ReportQueries.CRITERIA.stream()
			.map((c) -> "coalesce(sum(case when e." + c + " >= 2 then 1 else 0 end), 0) as " + c)
			.collect(Collectors.joining(", "));
		return this.jdbc.queryForObject("select count(*) as n, " + sums + " from evaluation e join dossier d "
				+ "on d.code = e.dossier_code where e.created_at >= :start and e.created_at < :end"
				+ filter.conditions("d", parameters), parameters, (rs, row) -> {
					long[][] counts = new long[ReportQueries.CRITERIA.size()][];
					for (int i = 0; i < counts.length; i++) {
						counts[i] = new long[] { rs.getLong("n"), rs.getLong(ReportQueries.CRITERIA.get(i)) };
					}
					return counts;
				});
	}

	private static final class Sum {

		final boolean hours;

		long total;

		long count;

		Sum(boolean hours) {
			this.hours = hours;
		}

		void add(long total, long count) {
			this.total += total;
			this.count += count;
		}

	}

	private record ResolutionTime(Sum days, Sum minutes, Map<String, Sum> byProcedure) {

	}

	/**
	 * Average resolution time of one procedure, in its own unit.
	 *
	 * @param procedure procedure code
	 * @param name procedure name
	 * @param resolved results counted
	 * @param average time taken, on average
	 * @param unit {@code ngày làm việc} or {@code giờ làm việc}
	 */
	record ProcedureTime(String procedure, String name, long resolved, BigDecimal average, String unit) {

	}

	/**
	 * {@code GET /api/reports/indicators}.
	 *
	 * @param from first day
	 * @param to last day
	 * @param indicators the indicators, each with its formula
	 * @param averageResolutionByProcedure average resolution time per procedure
	 * @param byAgency per lead agency with received dossiers, its own indicators
	 */
	record Response(String from, String to, List<Indicator> indicators,
			List<ProcedureTime> averageResolutionByProcedure, List<AgencyIndicators> byAgency) {

	}

	/**
	 * The indicators of one lead agency, each with its formula.
	 *
	 * @param agency agency code
	 * @param name agency name
	 * @param indicators its indicators: the 766 satisfaction in handling TTHC
	 */
	record AgencyIndicators(String agency, String name, List<Indicator> indicators) {

	}

	/**
	 * Counts behind the digitisation and the 766 online rate.
	 *
	 * @param received received in the period (carried over not included)
	 * @param papers of which with a digitised paper handed in or supplemented
	 * @param digitised of which also with an electronic result where a result applies
	 * @param onlineWithResult of which submitted online, with an electronic result where
	 * a result applies
	 */
	private record Digitisation(long received, long papers, long digitised, long onlineWithResult) {

	}

}
