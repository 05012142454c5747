package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.agency.Routing;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureRule;
import vn.motcua.security.EngineActions;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new dossier and starts its process in one transaction: either both exist or
 * neither does.
 */
@Service
public class DossierIntake {

	private static final Logger log = LoggerFactory.getLogger(DossierIntake.class);

	private final Catalogue catalogue;

	private final DossierCodes codes;

	private final DossierRegister register;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final NamedParameterJdbcTemplate jdbc;

	private final EngineActions engine;

	private final Routing routing;

	private final DossierRules rules;

	private final Clock clock;

	DossierIntake(Catalogue catalogue, DossierCodes codes, DossierRegister register, DossierRules rules,
			RuntimeService runtime, RepositoryService repository, NamedParameterJdbcTemplate jdbc, EngineActions engine,
			Routing routing, Clock clock) {
		this.rules = rules;
		this.engine = engine;
		this.routing = routing;
		this.catalogue = catalogue;
		this.codes = codes;
		this.register = register;
		this.runtime = runtime;
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	Dossier submitAtCounter(CounterSubmission submission, Officer officer) {
		return submitAtCounter(submission, officer, List.of());
	}

	/**
	 * A dossier handed in at the counter with the scans of its papers, digitised at
	 * reception: each scan is kept with the paper it belongs to, and who made it, when
	 * and its SHA-256 are recorded.
	 */
	@Transactional
	Dossier submitAtCounter(CounterSubmission submission, Officer officer, List<PaperFile> scans) {
		checkScans(submission, scans);
		Procedure procedure = this.catalogue.procedure(submission.procedureCode())
			.orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown-procedure",
					"dossier.procedure.unknown", submission.procedureCode()));
		Agency unit = receivingUnit(submission.receivingUnit(), procedure, officer);
		String commune = submission.applicant().commune();
		if (commune != null && this.catalogue.agency(commune).filter((a) -> "xa".equals(a.kind())).isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-commune", "dossier.applicant.commune.unknown",
					commune);
		}
		Channel channel = (submission.channel() != null) ? submission.channel() : Channel.TRUC_TIEP;
		Dossier dossier = register(procedure, unit, channel, submission.applicant().toApplicant(),
				submission.applicant().commune(), null, submission.note(), officer.userId());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (CounterSubmission.ReceivedDocument document : submission.documents()) {
			PaperFile scan = (document.scan() != null) ? scans.get(document.scan()) : null;
			long id = addDocument(dossier.code(), document.name(), document.form(),
					(document.copies() != null) ? document.copies() : 1, scan, now);
			if (scan != null) {
				this.jdbc.update(
						"insert into paper_digitisation (file_id, dossier_code, digitised_by, digitised_at, "
								+ "sha256) values (:id, :code, :by, :at, :sha256)",
						new MapSqlParameterSource("id", id).addValue("code", dossier.code())
							.addValue("by", officer.userId())
							.addValue("at", now)
							.addValue("sha256", scan.sha256()));
			}
		}
		if (submission.sets() != null) {
			this.register.keepSets(dossier.code(), submission.sets());
		}
		if (submission.returnMethod() != null) {
			chooseReturn(dossier, submission.returnMethod(), null);
		}
		return dossier;
	}

	/**
	 * How the applicant wants the result ({@code tai-quay}, {@code buu-chinh},
	 * {@code dien-tu}) and, by post, where to: kept with the dossier and pre-selected on
	 * the return form, where the officer may still change it.
	 */
	@Transactional
	public void chooseReturn(Dossier dossier, String method, String postalAddress) {
		this.register.keepReturnMethod(dossier.code(), method, postalAddress);
		this.engine.asSystem(() -> {
			this.runtime.setVariable(dossier.processInstanceId(), ProcessVariables.RETURN_METHOD, method);
			return null;
		});
	}

	/** Every scan belongs to exactly one paper. */
	private static void checkScans(CounterSubmission submission, List<PaperFile> scans) {
		Set<Integer> used = new java.util.HashSet<>();
		for (CounterSubmission.ReceivedDocument document : submission.documents()) {
			Integer scan = document.scan();
			if (scan != null && (scan >= scans.size() || !used.add(scan))) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-scan", "dossier.document.scan.invalid");
			}
		}
		if (used.size() != scans.size()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-scan", "dossier.document.scan.unused");
		}
	}

	/**
	 * Writes the dossier row, its first event and starts its flow. Used by every channel.
	 */
	@Transactional
	public Dossier register(Procedure procedure, Agency unit, Channel channel, Dossier.Applicant applicant,
			String lookupToken, String note, String actor) {
		return register(procedure, unit, channel, applicant, null, lookupToken, note, actor);
	}

	/**
	 * Writes the dossier row, the procedure rule it is received under (its deadline is
	 * counted from that rule, whatever the catalogue says later), its first event and
	 * starts its flow, with the competent agency decided by the routing table from the
	 * applicant's commune of residence when it is known.
	 */
	@Transactional
	public Dossier register(Procedure procedure, Agency unit, Channel channel, Dossier.Applicant applicant,
			String applicantCommune, String lookupToken, String note, String actor) {
		String flow = procedure.flow();
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(flow).latestVersion().count() == 0) {
			throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "flow-not-deployed", "dossier.flow.not-deployed",
					flow);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(this.clock.getZone()).toLocalDate();
		// Routed before a code is taken: a refused dossier leaves no gap in the
		// numbering.
		Routing.Decision routed = routed(procedure, unit, applicantCommune);
		String code = this.codes.next(unit.identifier(), today);
		Dossier dossier = new Dossier(code, procedure.code(), procedure.name(), procedure.ruleVersion(), applicant,
				channel, unit.code(), routed.agency(), procedure.level(), DossierStatus.CHO_TIEP_NHAN,
				procedure.fee().amount(), now, null, null, null, null, null, null, 0, 0, 0, null, lookupToken, note);
		this.register.insert(dossier);
		this.rules.keep(code, procedure.code(), ProcedureRule.of(procedure));
		this.register.append(new DossierEvent(code, now, "SUBMITTED", DossierStatus.CHO_TIEP_NHAN, actor, unit.code(),
				"submit", null, null, channel.label(), true));
		this.register.keepApplicantCommune(code, applicantCommune);
		ProcessInstance instance = this.engine
			.asSystem(() -> this.runtime.startProcessInstanceByKey(flow, code, variables(dossier, procedure)));
		this.register.linkProcess(code, instance.getId());
		log.info("Dossier {} registered for procedure {} at {} ({})", code, procedure.code(), unit.code(), flow);
		return this.register.get(code);
	}

	/**
	 * The competent agency from the routing table. No matching row, or an agency the
	 * catalogue does not know, refuses the dossier with a problem before anything is
	 * written: the table never guesses, and the officer or citizen keeps what he entered.
	 */
	private Routing.Decision routed(Procedure procedure, Agency unit, String applicantCommune) {
		Routing.Decision routed = this.routing.route(procedure, unit.code(), applicantCommune)
			.orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "routing-no-rule",
					"dossier.routing.no-rule", procedure.code(), procedure.level(), unit.code()));
		if (this.catalogue.agency(routed.agency()).isEmpty()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "routing-unknown-agency",
					"dossier.routing.unknown-agency", procedure.code(), routed.agency());
		}
		return routed;
	}

	private long addDocument(String code, String name, String form, int copies, PaperFile scan, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into dossier_file (dossier_code, kind, name, form, copies, file_name, content_type, "
				+ "size_bytes, sha256, content, uploaded_at) values (:code, 'NOP', :name, :form, :copies, :fileName, "
				+ ":type, :size, :sha256, :content, :at)",
				new MapSqlParameterSource("code", code).addValue("name", name)
					.addValue("form", form)
					.addValue("copies", copies)
					.addValue("fileName", (scan != null) ? scan.fileName() : null)
					.addValue("type", (scan != null) ? scan.contentType() : null)
					.addValue("size", (scan != null) ? (Long) (long) scan.content().length : null)
					.addValue("sha256", (scan != null) ? scan.sha256() : null)
					.addValue("content", (scan != null) ? scan.content() : null, Types.BINARY)
					.addValue("at", at),
				key, new String[] { "id" });
		return key.getKeyAs(Number.class).longValue();
	}

	private Agency receivingUnit(String requested, Procedure procedure, Officer officer) {
		Set<String> mine = officer.agenciesWithRole("tiep-nhan");
		String code = requested;
		if (code == null || code.isBlank()) {
			Set<String> candidates = mine.stream()
				.filter(procedure.receivingUnits()::contains)
				.collect(java.util.stream.Collectors.toSet());
			if (candidates.size() != 1) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "receiving-unit-required",
						candidates.isEmpty() ? "dossier.receiving-unit.not-allowed" : "dossier.receiving-unit.required",
						String.join(", ", mine), procedure.code());
			}
			code = candidates.iterator().next();
		}
		if (!procedure.receivingUnits().contains(code) || !(mine.contains(code) || officer.seesEveryAgency())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "receiving-unit-not-allowed",
					"dossier.receiving-unit.not-allowed", code, procedure.code());
		}
		String unitCode = code;
		return this.catalogue.agency(unitCode).orElseThrow();
	}

	private Map<String, Object> variables(Dossier dossier, Procedure procedure) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.DOSSIER_CODE, dossier.code());
		variables.put(ProcessVariables.PROCEDURE_CODE, procedure.code());
		variables.put(ProcessVariables.PROCEDURE_NAME, procedure.name());
		variables.put(ProcessVariables.RECEIVING_UNIT, dossier.receivingUnit());
		variables.put(ProcessVariables.AGENCY, dossier.agency());
		variables.put(ProcessVariables.RECEPTION_GROUP, dossier.receivingUnit() + ":tiep-nhan");
		variables.put(ProcessVariables.SPECIALIST_GROUP, dossier.agency() + ":chuyen-vien");
		variables.put(ProcessVariables.LEADER_GROUP, dossier.agency() + ":lanh-dao");
		variables.put(ProcessVariables.ON_SITE_GROUP, dossier.agency() + ":tai-cho");
		variables.put(ProcessVariables.ON_SITE_APPROVERS,
				String.join(",", this.catalogue.onSiteApprovers(procedure.code())));
		variables.put(ProcessVariables.FEE_AMOUNT, procedure.fee().amount());
		variables.put(ProcessVariables.CHANNEL, dossier.channel().name());
		variables.put(ProcessVariables.CHANNEL_LABEL, dossier.channel().label());
		variables.put(ProcessVariables.SUPPLEMENT_COUNT, 0);
		return variables;
	}

}
