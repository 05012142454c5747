package vn.motcua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' reports, counted from the dossier register: the period summary (tiếp
 * nhận, đã giải quyết, đang giải quyết, trả lại, rút) with its breakdowns.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final PeriodReport report;

	private final ReportAccess access;

	private final Indicators indicators;

	private final RegisterBook register;

	private final SummaryBook summaryBook;

	private final Watchlist watchlist;

	private final Trend trend;

	ReportController(PeriodReport report, ReportAccess access, Indicators indicators, RegisterBook register,
			SummaryBook summaryBook, Watchlist watchlist, Trend trend) {
		this.watchlist = watchlist;
		this.trend = trend;
		this.report = report;
		this.access = access;
		this.indicators = indicators;
		this.register = register;
		this.summaryBook = summaryBook;
	}

	@GetMapping("/summary")
	Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String level,
			@RequestParam(required = false) String channel) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ReportFilter filter = this.access.filter(agency, level, channel);
		return this.report.summary(this.report.count(period, filter));
	}

	@GetMapping("/indicators")
	Indicators.Response indicators(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String level, @RequestParam(required = false) String channel) {
		return this.indicators.compute(ReportPeriod.parse(from, to), this.access.filter(agency, level, channel));
	}

	/** Being handled and due by the close of the next working day. */
	@GetMapping("/due-soon")
	List<Watchlist.Item> dueSoon(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String level, @RequestParam(required = false) String channel) {
		return this.watchlist.dueSoon(this.access.filter(agency, level, channel));
	}

	/** Being handled past the first appointment. */
	@GetMapping("/overdue")
	List<Watchlist.Item> overdue(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String level, @RequestParam(required = false) String channel) {
		return this.watchlist.overdue(this.access.filter(agency, level, channel));
	}

	/** Received and resolved per day, at most a year. */
	@GetMapping("/trend")
	List<Trend.Day> trend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String level,
			@RequestParam(required = false) String channel) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		return this.trend.days(period, this.access.filter(agency, level, channel));
	}

	/**
	 * The dossiers submitted in the period, {@code .xlsx} or {@code .csv} (the legal Sổ
	 * theo dõi is per receiving unit: {@code /api/register-books}).
	 */
	@GetMapping("/register.{format:xlsx|csv}")
	void registerBook(@PathVariable String format, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String level, @RequestParam(required = false) String channel,
			HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ReportFilter filter = this.access.filter(agency, level, channel);
		try (TableWriter table = table(format, "danh-sach-ho-so-nop", "Hồ sơ nộp trong kỳ", period, response)) {
			this.register.write(period, filter, table);
		}
	}

	/** The period summary with its breakdowns, {@code .xlsx} or {@code .csv}. */
	@GetMapping("/summary.{format:xlsx|csv}")
	void summaryBook(@PathVariable String format, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String level, @RequestParam(required = false) String channel,
			HttpServletResponse response) throws IOException {
		ReportPeriod period = ReportPeriod.parse(from, to);
		PeriodReport.Result result = this.report.count(period, this.access.filter(agency, level, channel));
		try (TableWriter table = table(format, "bao-cao-tong-hop", "Báo cáo tổng hợp", period, response)) {
			this.summaryBook.write(result, table);
		}
	}

	private static TableWriter table(String format, String file, String sheet, ReportPeriod period,
			HttpServletResponse response) throws IOException {
		String name = file + "_" + period.from() + "_" + period.to() + "." + format;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		OutputStream out = response.getOutputStream();
		if ("csv".equals(format)) {
			response.setContentType("text/csv;charset=UTF-8");
			return new CsvTable(out);
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return new XlsxTable(out, sheet);
	}

}
