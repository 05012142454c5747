package vn.motcua.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

	private final LegalTimeJudge legalTime;

	private final Clock clock;

	PeriodReport(ReportQueries queries, WorkingDayCounter workingDays, Catalogue catalogue, LegalTimeJudge legalTime,
			Clock clock) {
		this.queries = queries;
		this.workingDays = workingDays;
		this.catalogue = catalogue;
		this.legalTime = legalTime;
		this.clock = clock;
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
		OffsetDateTime judgedAt = judgedAt(period);
		List<ReportQueries.Cell> cells = new ArrayList<>(this.queries.cells(period, judgedAt, filter));
		for (ReportQueries.Unscheduled dossier : this.queries.unscheduled(period, judgedAt, filter)) {
			cells.add(this.legalTime.judge(dossier, judgedAt));
		}
		for (ReportQueries.Cell cell : cells) {
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
		for (ReportQueries.Rated rated : this.queries.ratings(period, filter)) {
			Tally tally = new Tally();
			tally.ratings = rated.ratings();
			tally.satisfiedRatings = rated.satisfied();
			total.add(tally);
			byAgency.computeIfAbsent(rated.agency(), (k) -> new Tally()).add(tally);
			byProcedure.computeIfAbsent(rated.procedureCode(), (k) -> new Tally()).add(tally);
			byChannel.computeIfAbsent(rated.channel(), (k) -> new Tally()).add(tally);
		}
		for (ReportQueries.Complained complained : this.queries.complained(period, judgedAt, filter)) {
			Tally tally = new Tally();
			tally.complainedOrDisliked = complained.dossiers();
			total.add(tally);
			byAgency.computeIfAbsent(complained.agency(), (k) -> new Tally()).add(tally);
			byProcedure.computeIfAbsent(complained.procedureCode(), (k) -> new Tally()).add(tally);
			byChannel.computeIfAbsent(complained.channel(), (k) -> new Tally()).add(tally);
		}
		for (ReportQueries.LateSteps late : this.queries.lateSteps(period, filter)) {
			Tally tally = byAgency.computeIfAbsent(late.unit(), (k) -> new Tally());
			tally.lateSteps += late.steps();
			tally.lateDossiers += late.dossiers();
			total.lateSteps += late.steps();
		}
		return new Result(period, total, byAgency, byProcedure, procedureNames, byChannel);
	}

	/**
	 * When open dossiers are judged: the end of the period, or now while it has not ended
	 * (a dossier due at 17:00 today is not overdue at 14:35).
	 */
	OffsetDateTime judgedAt(ReportPeriod period) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return now.isBefore(period.end()) ? now : period.end();
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
