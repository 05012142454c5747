package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dossier register and its append-only history, in our own tables. Every change of
 * status is written together with its event; events are published to the rest of the
 * application after commit.
 */
@Repository
public class DossierRegister {

	/** Events a model records in the job that follows an officer's click. */
	private static final Set<String> AFTER_A_CLICK = Set.of("FORWARDED", "RESULT_READY", "STOPPED", "FEE_PAID",
			"RETURNED", "SWITCHED_TO_STANDARD");

	private static final String COLUMNS = "code, procedure_code, procedure_name, rule_version, applicant_name, "
			+ "applicant_id_number, applicant_phone, applicant_email, applicant_address, channel, receiving_unit, "
			+ "agency, level, status, fee_amount, submitted_at, accepted_at, due_at, original_due_at, finished_at, "
			+ "returned_at, paused_at, paused_working_days, supplement_count, apology_count, process_instance_id, "
			+ "lookup_token, note";

	private static final String NEWEST_FIRST = " order by submitted_at desc, code desc";

	/**
	 * Statuses that end a dossier without a result; their time is kept in
	 * {@code closed_at} for the period reports.
	 */
	private static final Set<DossierStatus> CLOSED_WITHOUT_RESULT = EnumSet.of(DossierStatus.TU_CHOI,
			DossierStatus.DUNG_XU_LY, DossierStatus.RUT_HO_SO);

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	DossierRegister(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void insert(Dossier dossier) {
		this.jdbc.update("insert into dossier (" + COLUMNS + ") values (:code, :procedureCode, :procedureName, "
				+ ":ruleVersion, :name, :idNumber, :phone, :email, :address, :channel, :receivingUnit, :agency, "
				+ ":level, :status, :feeAmount, :submittedAt, :acceptedAt, :dueAt, :originalDueAt, :finishedAt, "
				+ ":returnedAt, :pausedAt, :pausedWorkingDays, :supplementCount, :apologyCount, "
				+ ":processInstanceId, :lookupToken, :note)", parameters(dossier));
	}

	public Optional<Dossier> find(String code) {
		return this.jdbc
			.query("select " + COLUMNS + " from dossier where code = :code", new MapSqlParameterSource("code", code),
					DossierRegister::dossier)
			.stream()
			.findFirst();
	}

	/**
	 * The dossiers of the applicant with {@code idNumber}, newest first, at most
	 * {@code limit}.
	 */
	public List<Dossier> ofApplicant(String idNumber, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from dossier where applicant_id_number = :idNumber" + NEWEST_FIRST
						+ " limit :limit",
				new MapSqlParameterSource("idNumber", idNumber).addValue("limit", limit), DossierRegister::dossier);
	}

	public Dossier get(String code) {
		return find(code).orElseThrow(() -> new IllegalStateException("No dossier " + code));
	}

	/**
	 * Applies a change of the dossier's row and records the event that explains it. A
	 * change of status also sets {@code closed_at}: the event's time when the dossier is
	 * refused, stopped or withdrawn, otherwise nothing.
	 */
	public void record(DossierEvent event, DossierChange change) {
		MapSqlParameterSource parameters = change.parameters().addValue("code", event.dossierCode());
		String assignments = change.assignments();
		if (event.status() != null) {
			assignments = (assignments.isEmpty() ? "" : assignments + ", ") + "status = :status, closed_at = "
					+ (CLOSED_WITHOUT_RESULT.contains(event.status()) ? ":closedAt" : "null");
			parameters.addValue("status", event.status().name()).addValue("closedAt", event.occurredAt());
		}
		if (!assignments.isEmpty()) {
			int updated = this.jdbc
				.update("update dossier set " + assignments + ", version = version + 1 where code = :code", parameters);
			if (updated != 1) {
				throw new IllegalStateException("No dossier " + event.dossierCode());
			}
		}
		append(event);
	}

	public void append(DossierEvent recorded) {
		DossierEvent event = byTheOfficer(recorded);
		this.jdbc.update("insert into dossier_event (dossier_code, occurred_at, type, status, actor, unit, step, "
				+ "step_due_at, step_result, note, public_step) values (:code, :at, :type, :status, :actor, :unit, "
				+ ":step, :stepDueAt, :stepResult, :note, :publicStep)",
				new MapSqlParameterSource("code", event.dossierCode()).addValue("at", event.occurredAt())
					.addValue("type", event.type())
					.addValue("status", (event.status() != null) ? event.status().name() : null)
					.addValue("actor", event.actor())
					.addValue("unit", event.unit())
					.addValue("step", event.step())
					.addValue("stepDueAt", event.stepDueAt())
					.addValue("stepResult", event.stepResult())
					.addValue("note", event.note())
					.addValue("publicStep", event.publicStep()));
		this.events.publishEvent(event);
	}

	/**
	 * A hand-over the models record right after an officer's click runs as a job (async
	 * continuation), without the officer's login: it is still that officer's hand-over
	 * (Mẫu 06 "Người giao"), the last person who acted on the dossier. Timers' events
	 * stay the system's.
	 */
	private DossierEvent byTheOfficer(DossierEvent event) {
		if (!DossierSteps.SYSTEM.equals(event.actor()) || !AFTER_A_CLICK.contains(event.type())) {
			return event;
		}
		return lastOfficer(event.dossierCode())
			.map((officer) -> new DossierEvent(event.dossierCode(), event.occurredAt(), event.type(), event.status(),
					officer, event.unit(), event.step(), event.stepDueAt(), event.stepResult(), event.note(),
					event.publicStep()))
			.orElse(event);
	}

	/** The last person (not the system) who acted on the dossier. */
	public Optional<String> lastOfficer(String code) {
		return this.jdbc
			.queryForList(
					"select actor from dossier_event where dossier_code = :code and actor <> :system "
							+ "order by id desc fetch first 1 rows only",
					new MapSqlParameterSource("code", code).addValue("system", DossierSteps.SYSTEM), String.class)
			.stream()
			.findFirst();
	}

	public List<DossierEvent> events(String code) {
		return this.jdbc.query("select * from dossier_event where dossier_code = :code order by occurred_at, id",
				new MapSqlParameterSource("code", code),
				(rs, row) -> new DossierEvent(rs.getString("dossier_code"),
						rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("type"),
						status(rs.getString("status")), rs.getString("actor"), rs.getString("unit"),
						rs.getString("step"), rs.getObject("step_due_at", OffsetDateTime.class),
						rs.getString("step_result"), rs.getString("note"), rs.getBoolean("public_step")));
	}

	/**
	 * Keeps the applicant's commune of residence (an agency code), which the routing
	 * table reads again for every liên thông step; nothing to write when it is not known.
	 */
	void keepApplicantCommune(String code, String commune) {
		if (commune != null && !commune.isBlank()) {
			this.jdbc.update("update dossier set applicant_commune = :commune where code = :code",
					new MapSqlParameterSource("code", code).addValue("commune", commune));
		}
	}

	/** The applicant's commune of residence given at intake, or null. */
	public String applicantCommune(String code) {
		List<String> communes = this.jdbc.queryForList("select applicant_commune from dossier where code = :code",
				new MapSqlParameterSource("code", code), String.class);
		return communes.isEmpty() ? null : communes.get(0);
	}

	/**
	 * The number of sets of papers handed in (số lượng hồ sơ), given at intake. A dossier
	 * already entered in the Sổ theo dõi hồ sơ has its entry corrected too.
	 */
	public void keepSets(String code, int sets) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("code", code).addValue("sets", sets);
		this.jdbc.update("update dossier set sets = :sets where code = :code", parameters);
		this.jdbc.update("update register_entry set sets = :sets where dossier_code = :code", parameters);
	}

	/** The number of sets of papers handed in; 1 when none was given. */
	public int sets(String code) {
		List<Integer> sets = this.jdbc.queryForList("select sets from dossier where code = :code",
				new MapSqlParameterSource("code", code), Integer.class);
		return sets.isEmpty() ? 1 : sets.get(0);
	}

	void keepReturnMethod(String code, String returnMethod) {
		keepReturnMethod(code, returnMethod, null);
	}

	/** The way back chosen, and the postal address for {@code buu-chinh}. */
	void keepReturnMethod(String code, String returnMethod, String returnAddress) {
		this.jdbc.update("update dossier set return_method = :method, return_address = :address where code = :code",
				new MapSqlParameterSource("code", code).addValue("method", returnMethod)
					.addValue("address", returnAddress));
	}

	/** The postal address the result goes to (return by post), or null. */
	public String returnAddress(String code) {
		List<String> addresses = this.jdbc.queryForList("select return_address from dossier where code = :code",
				new MapSqlParameterSource("code", code), String.class);
		return addresses.isEmpty() ? null : addresses.get(0);
	}

	/**
	 * Where a result returned by post goes: the address given for it at submission, else
	 * the applicant's own; null when there is neither.
	 */
	public String postalAddress(Dossier dossier) {
		String chosen = returnAddress(dossier.code());
		String address = (chosen != null && !chosen.isBlank()) ? chosen : dossier.applicant().address();
		return (address == null || address.isBlank()) ? null : address;
	}

	/**
	 * How the applicant asked for the result at reception ({@code tai-quay},
	 * {@code buu-chinh}, {@code dien-tu}), or null when not asked.
	 */
	public String returnMethod(String code) {
		List<String> methods = this.jdbc.queryForList("select return_method from dossier where code = :code",
				new MapSqlParameterSource("code", code), String.class);
		return methods.isEmpty() ? null : methods.get(0);
	}

	void linkProcess(String code, String processInstanceId) {
		this.jdbc.update("update dossier set process_instance_id = :pid where code = :code",
				new MapSqlParameterSource("code", code).addValue("pid", processInstanceId));
	}

	List<Dossier> search(DossierFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = filter.where(parameters);
		parameters.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
		if (Boolean.TRUE.equals(filter.overdue())) {
			return this.jdbc.query(overduePage(where), parameters, DossierRegister::dossier);
		}
		return this.jdbc.query(
				"select " + COLUMNS + " from dossier" + where + NEWEST_FIRST + " limit :limit offset :offset",
				parameters, DossierRegister::dossier);
	}

	/**
	 * The same page as the plain search, found another way. Overdue dossiers are few but
	 * old: given "newest first, 20 rows", PostgreSQL walks the submission-time index from
	 * the newest dossier and passes every recent one still in time (30,000 to 50,000 rows
	 * at 1,000,000 dossiers, 20-30 ms) before it finds twenty. {@code offset 0 rows}
	 * keeps the matches a set of their own, read from ix_dossier_overdue alone (V40);
	 * only their page is then fetched. Same rows, same order: the codes are unique.
	 */
	private static String overduePage(String where) {
		return "select " + COLUMNS + " from dossier where code in (select code from (select code, submitted_at "
				+ "from dossier" + where + " offset 0 rows) overdue" + NEWEST_FIRST + " limit :limit offset :offset)"
				+ NEWEST_FIRST;
	}

	long count(DossierFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject("select count(*) from dossier" + filter.where(parameters), parameters,
				Long.class);
		return (count != null) ? count : 0;
	}

	private static MapSqlParameterSource parameters(Dossier d) {
		return new MapSqlParameterSource("code", d.code()).addValue("procedureCode", d.procedureCode())
			.addValue("procedureName", d.procedureName())
			.addValue("ruleVersion", d.ruleVersion())
			.addValue("name", d.applicant().name())
			.addValue("idNumber", d.applicant().idNumber())
			.addValue("phone", d.applicant().phone())
			.addValue("email", d.applicant().email())
			.addValue("address", d.applicant().address())
			.addValue("channel", d.channel().name())
			.addValue("receivingUnit", d.receivingUnit())
			.addValue("agency", d.agency())
			.addValue("level", d.level())
			.addValue("status", d.status().name())
			.addValue("feeAmount", d.feeAmount())
			.addValue("submittedAt", d.submittedAt())
			.addValue("acceptedAt", d.acceptedAt())
			.addValue("dueAt", d.dueAt())
			.addValue("originalDueAt", d.originalDueAt())
			.addValue("finishedAt", d.finishedAt())
			.addValue("returnedAt", d.returnedAt())
			.addValue("pausedAt", d.pausedAt())
			.addValue("pausedWorkingDays", d.pausedWorkingDays())
			.addValue("supplementCount", d.supplementCount())
			.addValue("apologyCount", d.apologyCount())
			.addValue("processInstanceId", d.processInstanceId())
			.addValue("lookupToken", d.lookupToken())
			.addValue("note", d.note());
	}

	private static Dossier dossier(ResultSet rs, int row) throws SQLException {
		return new Dossier(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("rule_version"),
				new Dossier.Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"),
						rs.getString("applicant_address")),
				Channel.valueOf(rs.getString("channel")), rs.getString("receiving_unit"), rs.getString("agency"),
				rs.getString("level"), DossierStatus.valueOf(rs.getString("status")), rs.getLong("fee_amount"),
				time(rs, "submitted_at"), time(rs, "accepted_at"), time(rs, "due_at"), time(rs, "original_due_at"),
				time(rs, "finished_at"), time(rs, "returned_at"), time(rs, "paused_at"),
				rs.getInt("paused_working_days"), rs.getInt("supplement_count"), rs.getInt("apology_count"),
				rs.getString("process_instance_id"), rs.getString("lookup_token"), rs.getString("note"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

	private static DossierStatus status(String value) {
		return (value != null) ? DossierStatus.valueOf(value) : null;
	}

}
