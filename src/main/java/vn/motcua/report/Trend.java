package vn.motcua.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Day by day: dossiers received (accepted; refusals are not), results ready (of which
 * late against the first appointment), for the dashboard's trend chart.
 */
@Component
class Trend {

	static final int MAX_DAYS = 366;

	private final NamedParameterJdbcTemplate jdbc;

	Trend(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Day> days(ReportPeriod period, ReportFilter filter) {
		if (period.from().plusDays(MAX_DAYS).isBefore(period.to())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", "report.trend.too-long", MAX_DAYS);
		}
		Map<LocalDate, long[]> days = new TreeMap<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			days.put(day, new long[3]);
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("start", period.start()).addValue("end",
				period.end());
		String conditions = filter.conditions("d", parameters);
		this.jdbc.query("select " + ReportQueries.day("d.accepted_at") + " as on_day, count(*) as n from dossier d "
				+ "where d.accepted_at >= :start and d.accepted_at < :end and d.status <> 'TU_CHOI'" + conditions
				+ " group by " + ReportQueries.day("d.accepted_at"), parameters, (rs) -> {
					days.get(ReportQueries.date(rs, "on_day"))[0] = rs.getLong("n");
				});
		this.jdbc.query("select " + ReportQueries.day("d.finished_at") + " as on_day, count(*) as n, "
				+ "sum(case when d.finished_at > d.original_due_at or d.supplement_count > 1 then 1 else 0 end) "
				+ "as late from dossier d where d.finished_at >= :start and d.finished_at < :end" + conditions
				+ " group by " + ReportQueries.day("d.finished_at"), parameters, (rs) -> {
					long[] counts = days.get(ReportQueries.date(rs, "on_day"));
					counts[1] = rs.getLong("n");
					counts[2] = rs.getLong("late");
				});
		List<Day> result = new ArrayList<>();
		days.forEach((day, counts) -> result.add(new Day(day, counts[0], counts[1], counts[2])));
		return result;
	}

	/**
	 * One day of the trend.
	 *
	 * @param date the day
	 * @param received dossiers received (accepted)
	 * @param resolved results ready
	 * @param resolvedLate of which late
	 */
	record Day(LocalDate date, long received, long resolved, long resolvedLate) {

	}

}
