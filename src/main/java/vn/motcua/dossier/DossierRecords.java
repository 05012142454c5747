package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.security.OfficerNames;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Assembles the full record of a dossier from the register's tables. */
@Component
class DossierRecords {

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final OfficerNames names;

	DossierRecords(DossierRegister register, NamedParameterJdbcTemplate jdbc, Clock clock, OfficerNames names) {
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
		this.names = names;
	}

	DossierRecord of(Dossier d) {
		MapSqlParameterSource code = new MapSqlParameterSource("code", d.code());
		var documents = this.jdbc.query("select f.id, f.kind, f.name, f.form, f.copies, f.file_name, f.size_bytes, "
				+ "r.source_dossier_code, r.source_file_id, r.citizen_id_number, r.consented_at, r.consent_text "
				+ "from dossier_file f left join paper_reuse r on r.file_id = f.id where f.dossier_code = :code "
				+ "order by f.id", code,
				(rs, row) -> new DossierRecord.Document(rs.getString("kind"), rs.getString("name"),
						rs.getString("form"), rs.getInt("copies"), rs.getString("file_name"),
						(Long) rs.getObject("size_bytes"), rs.getLong("id"),
						(rs.getString("source_dossier_code") != null) ? new DossierRecord.ReusedFrom(
								rs.getString("source_dossier_code"), rs.getLong("source_file_id"),
								rs.getString("citizen_id_number"), rs.getObject("consented_at", OffsetDateTime.class),
								rs.getString("consent_text")) : null));
		var payments = this.jdbc.query("select * from payment where dossier_code = :code order by id", code,
				(rs, row) -> new DossierRecord.Payment(rs.getLong("amount"), rs.getString("method"),
						rs.getString("status"), rs.getObject("paid_at", OffsetDateTime.class),
						rs.getString("recorded_by"), null));
		List<DossierEvent> events = this.register.events(d.code());
		// Who acted, by name: one look-up for every officer of the record.
		List<String> people = new ArrayList<>();
		events.forEach((event) -> people.add(event.actor()));
		payments.forEach((payment) -> people.add(payment.recordedBy()));
		Map<String, String> named = this.names.fullNames(people);
		var history = events.stream()
			.map((event) -> DossierRecord.HistoryEntry.of(event, named.get(event.actor())))
			.toList();
		var namedPayments = payments.stream()
			.map((p) -> new DossierRecord.Payment(p.amount(), p.method(), p.status(), p.paidAt(), p.recordedBy(),
					named.get(p.recordedBy())))
			.toList();
		return new DossierRecord(d.code(), d.procedureCode(), d.procedureName(), d.ruleVersion(), d.applicant(),
				d.channel(), d.receivingUnit(), d.agency(), d.status(), d.status().label(), overdue(d), d.feeAmount(),
				d.submittedAt(), d.acceptedAt(), d.dueAt(), d.originalDueAt(), d.finishedAt(), d.returnedAt(),
				d.pausedWorkingDays(), d.supplementCount(), this.register.sets(d.code()), documents, history,
				namedPayments, this.register.returnMethod(d.code()), this.register.returnAddress(d.code()));
	}

	/**
	 * Late against the appointment before any apology: a new date does not make a dossier
	 * on time.
	 */
	private boolean overdue(Dossier d) {
		if (d.originalDueAt() == null) {
			return false;
		}
		OffsetDateTime end = (d.finishedAt() != null) ? d.finishedAt() : OffsetDateTime.now(this.clock);
		return end.isAfter(d.originalDueAt()) && d.status() != DossierStatus.TAM_DUNG;
	}

}
