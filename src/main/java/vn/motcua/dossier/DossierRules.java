package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureRule;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The procedure rule each dossier was received under ({@code dossier_rule}): written at
 * registration, read whenever its deadline, a step's share or a liên thông step is
 * needed, so that a catalogue edit applies to new dossiers only.
 * <p>
 * A kept row never changes, so the rules read are remembered per dossier (every task of a
 * dossier needs its step shares); only once committed, since a dossier code of a
 * registration rolled back may be given again.
 */
@Repository
public class DossierRules {

	private final NamedParameterJdbcTemplate jdbc;

	private final Catalogue catalogue;

	private final Clock clock;

	private final ObjectMapper json;

	private final Cache<String, ProcedureRule> read = Caffeine.newBuilder().maximumSize(20_000).build();

	DossierRules(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, Clock clock, ObjectMapper json) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * The rule {@code dossier} was received under. A dossier registered before rules were
	 * kept takes the catalogue's current entry, kept from then on.
	 * @throws IllegalStateException when it has no rule and its procedure left the
	 * catalogue
	 */
	public ProcedureRule of(Dossier dossier) {
		return find(dossier.code()).orElseGet(() -> {
			Procedure procedure = current(dossier);
			ProcedureRule rule = ProcedureRule.of(procedure);
			keep(dossier.code(), procedure.code(), rule);
			return rule;
		});
	}

	public Optional<ProcedureRule> find(String dossierCode) {
		ProcedureRule known = this.read.getIfPresent(dossierCode);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<ProcedureRule> rule = this.jdbc
			.query("select * from dossier_rule where dossier_code = :code",
					new MapSqlParameterSource("code", dossierCode), this::rule)
			.stream()
			.findFirst()
			.map((kept) -> (kept.plan() != null) ? kept.rule() : keepPlan(dossierCode, kept.rule()));
		rule.ifPresent((found) -> rememberOnceCommitted(dossierCode, found));
		return rule;
	}

	private void rememberOnceCommitted(String dossierCode, ProcedureRule rule) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.read.put(dossierCode, rule);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DossierRules.this.read.put(dossierCode, rule);
			}
		});
	}

	private Procedure current(Dossier dossier) {
		return this.catalogue.procedure(dossier.procedureCode())
			.orElseThrow(() -> new IllegalStateException("Dossier " + dossier.code() + " has no rule and procedure "
					+ dossier.procedureCode() + " left the catalogue"));
	}

	/**
	 * A row kept before step plans were: the catalogue's current plan, kept from now on
	 * (none when the procedure left the catalogue).
	 */
	private ProcedureRule keepPlan(String dossierCode, ProcedureRule rule) {
		String procedureCode = this.jdbc.queryForObject(
				"select procedure_code from dossier_rule where dossier_code = :code",
				new MapSqlParameterSource("code", dossierCode), String.class);
		StepPlan plan = this.catalogue.procedure(procedureCode)
			.map((procedure) -> new StepPlan(procedure.stepShares().orElse(null), procedure.steps()))
			.orElse(new StepPlan(null, List.of()));
		this.jdbc.update("update dossier_rule set step_plan = :plan where dossier_code = :code and step_plan is null",
				new MapSqlParameterSource("code", dossierCode).addValue("plan", write(plan)));
		return plan.onto(rule);
	}

	void keep(String dossierCode, String procedureCode, ProcedureRule rule) {
		this.jdbc.update("insert into dossier_rule (dossier_code, procedure_code, rule_version, statutory_days, "
				+ "committed_days, committed_hours, same_day, cutoff, fee_amount, obligation_stops_clock, step_plan, "
				+ "recorded_at) values (:code, :procedure, :version, :statutoryDays, :committedDays, :committedHours, "
				+ ":sameDay, :cutoff, :fee, :obligation, :plan, :at)",
				new MapSqlParameterSource("code", dossierCode).addValue("procedure", procedureCode)
					.addValue("version", rule.ruleVersion())
					.addValue("statutoryDays", rule.statutoryDays())
					.addValue("committedDays", rule.committedDays())
					.addValue("committedHours", rule.committedHours())
					.addValue("sameDay", rule.sameDay())
					.addValue("cutoff", rule.cutoff())
					.addValue("fee", rule.feeAmount())
					.addValue("obligation", rule.obligationStopsClock())
					.addValue("plan", write(new StepPlan(rule.shares(), rule.steps())))
					.addValue("at", OffsetDateTime.now(this.clock)));
	}

	private Kept rule(ResultSet rs, int row) throws SQLException {
		StepPlan plan = read(rs.getString("step_plan"));
		StepPlan steps = (plan != null) ? plan : new StepPlan(null, List.of());
		return new Kept(steps
			.onto(new ProcedureRule(rs.getString("rule_version"), rs.getObject("statutory_days", Integer.class),
					rs.getObject("committed_days", Integer.class), rs.getObject("committed_hours", Integer.class),
					rs.getBoolean("same_day"), rs.getObject("cutoff", LocalTime.class), rs.getLong("fee_amount"),
					rs.getObject("obligation_stops_clock", Boolean.class), null, List.of())),
				plan);
	}

	private String write(StepPlan plan) {
		try {
			return this.json.writeValueAsString(plan);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Step plan not writable: " + plan, ex);
		}
	}

	private StepPlan read(String text) {
		if (text == null) {
			return null;
		}
		try {
			return this.json.readValue(text, StepPlan.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Step plan not readable: " + text, ex);
		}
	}

	/** A row as read: the rule, and its step plan when one was kept. */
	private record Kept(ProcedureRule rule, StepPlan plan) {
	}

	/** The {@code step_plan} column. */
	record StepPlan(Procedure.Shares shares, List<Procedure.Step> steps) {

		ProcedureRule onto(ProcedureRule rule) {
			return new ProcedureRule(rule.ruleVersion(), rule.statutoryDays(), rule.committedDays(),
					rule.committedHours(), rule.sameDay(), rule.cutoff(), rule.feeAmount(), rule.obligationStopsClock(),
					this.shares, this.steps);
		}

	}

}
