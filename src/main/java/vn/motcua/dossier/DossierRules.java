package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;

import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureRule;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The procedure rule each dossier was received under ({@code dossier_rule}): written at
 * registration, read whenever its deadline is counted, so that a catalogue edit applies
 * to new dossiers only.
 */
@Repository
public class DossierRules {

	private final NamedParameterJdbcTemplate jdbc;

	private final Catalogue catalogue;

	private final Clock clock;

	DossierRules(NamedParameterJdbcTemplate jdbc, Catalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * The rule {@code dossier} was received under. A dossier registered before rules were
	 * kept takes the catalogue's current entry, kept from then on.
	 * @throws IllegalStateException when it has no rule and its procedure left the
	 * catalogue
	 */
	public ProcedureRule of(Dossier dossier) {
		return find(dossier.code()).orElseGet(() -> {
			Procedure procedure = this.catalogue.procedure(dossier.procedureCode())
				.orElseThrow(() -> new IllegalStateException("Dossier " + dossier.code() + " has no rule and procedure "
						+ dossier.procedureCode() + " left the catalogue"));
			ProcedureRule rule = ProcedureRule.of(procedure);
			keep(dossier.code(), procedure.code(), rule);
			return rule;
		});
	}

	public Optional<ProcedureRule> find(String dossierCode) {
		return this.jdbc
			.query("select * from dossier_rule where dossier_code = :code",
					new MapSqlParameterSource("code", dossierCode), DossierRules::rule)
			.stream()
			.findFirst();
	}

	void keep(String dossierCode, String procedureCode, ProcedureRule rule) {
		this.jdbc.update("insert into dossier_rule (dossier_code, procedure_code, rule_version, statutory_days, "
				+ "committed_days, committed_hours, same_day, cutoff, fee_amount, obligation_stops_clock, recorded_at) "
				+ "values (:code, :procedure, :version, :statutoryDays, :committedDays, :committedHours, :sameDay, "
				+ ":cutoff, :fee, :obligation, :at)",
				new MapSqlParameterSource("code", dossierCode).addValue("procedure", procedureCode)
					.addValue("version", rule.ruleVersion())
					.addValue("statutoryDays", rule.statutoryDays())
					.addValue("committedDays", rule.committedDays())
					.addValue("committedHours", rule.committedHours())
					.addValue("sameDay", rule.sameDay())
					.addValue("cutoff", rule.cutoff())
					.addValue("fee", rule.feeAmount())
					.addValue("obligation", rule.obligationStopsClock())
					.addValue("at", OffsetDateTime.now(this.clock)));
	}

	private static ProcedureRule rule(ResultSet rs, int row) throws SQLException {
		return new ProcedureRule(rs.getString("rule_version"), rs.getObject("statutory_days", Integer.class),
				rs.getObject("committed_days", Integer.class), rs.getObject("committed_hours", Integer.class),
				rs.getBoolean("same_day"), rs.getObject("cutoff", LocalTime.class), rs.getLong("fee_amount"),
				rs.getObject("obligation_stops_clock", Boolean.class));
	}

}
