package vn.motcua.report;

import org.springframework.web.bind.annotation.GetMapping;
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

	ReportController(PeriodReport report, ReportAccess access, Indicators indicators) {
		this.report = report;
		this.access = access;
		this.indicators = indicators;
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

}
