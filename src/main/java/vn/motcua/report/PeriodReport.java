package vn.motcua.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.dossier.Channel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a period's figures from the register and breaks them down by agency, procedure
 * and channel. The byAgency breakdown also attributes late steps to the agency that did
 * them (liên thông).
 */
@Service
class PeriodReport {

	private final ReportQueries queries;

	private final WorkingDayCounter workingDays;

	private final Catalogue catalogue;

	PeriodReport(ReportQueries queries, WorkingDayCounter workingDays, Catalogue catalogue) {
		this.queries = queries;
		this.workingDays = workingDays;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	Result count(ReportPeriod period, ReportFilter filter) {
		Tally total = new Tally();
		Map<String, Tally> byAgency = new TreeMap<>();
		Map<String, Tally> byProcedure = new TreeMap<>();
		Map<String, String> procedureNames = new TreeMap<>();
		Map<String, Tally> byChannel = new LinkedHashMap<>();
		for (Channel channel : Channel.values()) {
			byChannel.put(channel.name(), new Tally());
		}
		for (ReportQueries.Cell cell : this.queries.cells(period, filter)) {
			Tally tally = cell.tally();
			if (Channel.TRUC_TUYEN.name().equals(cell.channel())) {
				tally.receivedOnline = tally.received;
			}
			if (cell.earlyDay() != null && cell.dueDay() != null) {
				tally.daysEarly = (long) this.workingDays.between(cell.earlyDay(), cell.dueDay()) * tally.resolvedEarly;
			}
			total.add(tally);
			byAgency.computeIfAbsent(cell.agency(), (k) -> new Tally()).add(tally);
			byProcedure.computeIfAbsent(cell.procedureCode(), (k) -> new Tally()).add(tally);
			procedureNames.putIfAbsent(cell.procedureCode(), cell.procedureName());
			byChannel.computeIfAbsent(cell.channel(), (k) -> new Tally()).add(tally);
		}
		for (ReportQueries.LateSteps late : this.queries.lateSteps(period, filter)) {
			Tally tally = byAgency.computeIfAbsent(late.unit(), (k) -> new Tally());
			tally.lateSteps += late.steps();
			tally.lateDossiers += late.dossiers();
			total.lateSteps += late.steps();
		}
		return new Result(period, total, byAgency, byProcedure, procedureNames, byChannel);
	}

	Summary summary(Result result) {
		List<AgencyRow> agencies = result.byAgency()
			.entrySet()
			.stream()
			.map((e) -> new AgencyRow(e.getKey(), agencyName(e.getKey()), e.getValue().figures(),
					e.getValue().lateSteps, e.getValue().lateDossiers))
			.sorted(Comparator.comparingLong((AgencyRow row) -> row.figures().inProgressOverdue())
				.thenComparingLong(AgencyRow::lateSteps)
				.reversed()
				.thenComparing(AgencyRow::agency))
			.toList();
		List<ProcedureRow> procedures = rows(result.byProcedure(), (code) -> new ProcedureRow(code,
				result.procedureNames().get(code), result.byProcedure().get(code).figures()));
		List<ChannelRow> channels = rows(result.byChannel(),
				(code) -> new ChannelRow(code, Channel.valueOf(code).label(), result.byChannel().get(code).figures()));
		return new Summary(result.total().figures(), agencies, procedures, channels);
	}

	String agencyName(String code) {
		return this.catalogue.agency(code).map(Agency::name).orElse(code);
	}

	private static <T> List<T> rows(Map<String, Tally> tallies, Function<String, T> row) {
		return tallies.keySet().stream().map(row).toList();
	}

	/**
	 * The counts of a period, before they become figures.
	 *
	 * @param period the period
	 * @param total every dossier selected
	 * @param byAgency per lead agency, plus late steps per agency that did them
	 * @param byProcedure per procedure code
	 * @param procedureNames name of each procedure code
	 * @param byChannel per channel
	 */
	record Result(ReportPeriod period, Tally total, Map<String, Tally> byAgency, Map<String, Tally> byProcedure,
			Map<String, String> procedureNames, Map<String, Tally> byChannel) {

	}

}
