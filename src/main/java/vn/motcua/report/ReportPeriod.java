package vn.motcua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A reporting period: the days {@code from} to {@code to}, both included, in Vietnam's
 * time zone. Internally the half-open interval {@code [start, end)} from 00:00 of
 * {@code from} to 00:00 of the day after {@code to}.
 *
 * @param from first day
 * @param to last day
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Longest period a report covers. */
	static final int MAX_YEARS = 5;

	static ReportPeriod parse(String from, String to) {
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		if (first.isAfter(last)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", "report.period.reversed", from, to);
		}
		if (first.plusYears(MAX_YEARS).isBefore(last)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", "report.period.too-long", MAX_YEARS);
		}
		return new ReportPeriod(first, last);
	}

	/** "từ ngày 01/03/2026 đến ngày 31/03/2026" */
	String label() {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		return "từ ngày " + day.format(this.from) + " đến ngày " + day.format(this.to);
	}

	OffsetDateTime start() {
		return this.from.atStartOfDay(VIETNAM).toOffsetDateTime();
	}

	OffsetDateTime end() {
		return this.to.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
	}

	private static LocalDate day(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", "report.period.required", name);
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", "report.period.invalid-date", name, value);
		}
	}

}
