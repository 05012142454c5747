package vn.motcua.flow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The liên thông flow on the real engine: each agency's step has its own due time and its
 * own lateness; parallel steps run side by side. Dates are in March 2026, a month without
 * holidays.
 */
class JointFlowTest extends FlowTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
	}

	@Test
	void givenThreeSequentialSteps_whenOnlyTheSecondAgencyIsLate_thenOnlyItIsAttributedAndTheWholeIsOnTime() {
		Procedure procedure = joint(
				(p) -> p.steps().size() == 3 && p.steps().stream().noneMatch(Procedure.Step::parallel));
		List<Procedure.Step> steps = procedure.steps();
		FlowDriver.at("2026-03-02T09:00"); // Monday
		String code = submit(procedure);
		String reception = procedure.receivingUnits().get(0) + ":tiep-nhan";
		this.flow.complete(code, "receive-dossier", reception, Map.of("receptionDecision", "accept"));
		Dossier accepted = this.register.get(code);

		FlowDriver.at("2026-03-03T10:00");
		resolve(code, steps.get(0).agency());
		String late = steps.get(1).agency();
		Task secondAppraisal = this.flow.task(code, "appraise-dossier", late + ":chuyen-vien");
		String pid = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code, "lien-thong")
			.singleResult()
			.getId();
		this.flow.fireTimersUntil(pid, secondAppraisal.getDueDate().toInstant().plusSeconds(300));
		this.flow.complete(code, "write-step-apology", late + ":lanh-dao",
				Map.of("apologyReason", "Chờ xác minh nghĩa vụ tài chính", "newDueDate",
						accepted.dueAt().toLocalDate().plusDays(1).toString()));
		resolve(code, late);
		resolve(code, steps.get(2).agency());

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select step_no, agency, result, share_days from dossier_step where dossier_code = ? order by step_no",
				code);
		assertThat(rows).extracting((row) -> row.get("AGENCY"))
			.containsExactly(steps.get(0).agency(), late, steps.get(2).agency());
		assertThat(rows).extracting((row) -> row.get("RESULT")).containsExactly("TRUOC_HAN", "QUA_HAN", "TRUOC_HAN");
		assertThat(rows).extracting((row) -> row.get("SHARE_DAYS"))
			.containsExactly(steps.get(0).days(), steps.get(1).days(), steps.get(2).days());
		Dossier done = this.register.get(code);
		assertThat(done.status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(done.finishedAt()).isBefore(done.originalDueAt());
		assertThat(this.register.events(code)).filteredOn((e) -> e.type().equals("OVERDUE"))
			.singleElement()
			.satisfies((e) -> assertThat(e.unit()).isEqualTo(late));
	}

	@Test
	void givenParallelSteps_whenTheFirstStepIsDone_thenBothAgenciesWorkAtOnce() {
		Procedure procedure = joint((p) -> p.steps().stream().anyMatch(Procedure.Step::parallel));
		List<Procedure.Step> steps = procedure.steps();
		FlowDriver.at("2026-03-02T09:00");
		String code = submit(procedure);
		this.flow.complete(code, "receive-dossier", procedure.receivingUnits().get(0) + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
		resolve(code, routed(procedure, steps.get(0).agency()));

		this.flow.task(code, "appraise-dossier", steps.get(1).agency() + ":chuyen-vien");
		this.flow.task(code, "appraise-dossier", steps.get(2).agency() + ":chuyen-vien");
		resolve(code, steps.get(2).agency());
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DANG_XU_LY);
		resolve(code, steps.get(1).agency());

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_step where dossier_code = ?", Integer.class,
				code))
			.isEqualTo(3);
	}

	@Test
	void givenAStepAgencyStopsTheDossier_whenItsLeaderAgrees_thenTheWholeDossierStops() {
		Procedure procedure = joint((p) -> p.steps().size() >= 2);
		FlowDriver.at("2026-03-02T09:00");
		String code = submit(procedure);
		this.flow.complete(code, "receive-dossier", procedure.receivingUnits().get(0) + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
		String agency = routed(procedure, procedure.steps().get(0).agency());
		this.flow.complete(code, "appraise-dossier", agency + ":chuyen-vien",
				Map.of("appraisalResult", "stop", "appraisalNote", "Không đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", agency + ":lanh-dao", Map.of("leaderDecision", "agree"));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DUNG_XU_LY);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
	}

	@Test
	void givenACommuneStep_whenTheApplicantLivesInAnotherCommune_thenTheApplicantsCommuneDoesTheStep() {
		Procedure procedure = joint((p) -> p.steps().stream().anyMatch((step) -> commune(step.agency())));
		String planned = procedure.steps()
			.stream()
			.map(Procedure.Step::agency)
			.filter(this::commune)
			.findFirst()
			.orElseThrow();
		Agency receivedAt = this.catalogue.agency(
				procedure.receivingUnits().stream().filter((unit) -> !unit.equals(planned)).findFirst().orElseThrow())
			.orElseThrow();
		String home = this.catalogue.agencies()
			.stream()
			.map(Agency::code)
			.filter(this::commune)
			.filter((c) -> !c.equals(planned) && !c.equals(receivedAt.code()))
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-02T09:00");
		String code = this.intake.register(procedure, receivedAt, Channel.TRUC_TIEP,
				new Dossier.Applicant("Vũ Minh Khoa", "001087054321", null, null, null), home, null, null, "tiep-nhan")
			.code();

		this.flow.complete(code, "receive-dossier", receivedAt.code() + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
		for (Procedure.Step step : procedure.steps()) {
			String agency = commune(step.agency()) ? home : step.agency();
			this.flow.task(code, "appraise-dossier", agency + ":chuyen-vien");
			assertThat(this.tasks.createTaskQuery()
				.processInstanceBusinessKey(code)
				.taskCandidateGroup(planned + ":chuyen-vien")
				.count()).isZero();
			resolve(code, agency);
		}

		assertThat(this.jdbc.queryForList("select agency from dossier_step where dossier_code = ? order by step_no",
				String.class, code))
			.containsExactlyElementsOf(
					procedure.steps().stream().map((step) -> commune(step.agency()) ? home : step.agency()).toList());
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
	}

	/**
	 * Who does a step of a dossier submitted by {@link #submit(Procedure)}, without the
	 * applicant's commune: a commune's step goes to the receiving commune (the routing
	 * table's rule {@code rule-receiving-commune}), any other to the catalogue's agency.
	 */
	private String routed(Procedure procedure, String agency) {
		String receivedAt = procedure.receivingUnits().get(0);
		return (commune(agency) && commune(receivedAt)) ? receivedAt : agency;
	}

	private boolean commune(String agency) {
		return this.catalogue.agency(agency).map((a) -> "xa".equals(a.kind())).orElse(false);
	}

	private void resolve(String code, String agency) {
		this.flow.complete(code, "appraise-dossier", agency + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", agency + ":lanh-dao", Map.of("leaderDecision", "agree"));
	}

	private Procedure joint(java.util.function.Predicate<Procedure> shape) {
		return this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("lien-thong") && p.cutoff() == null)
			.filter(shape)
			.findFirst()
			.orElseGet(() -> this.catalogue.procedures()
				.stream()
				.filter((p) -> p.flow().equals("lien-thong"))
				.filter(shape)
				.findFirst()
				.orElseThrow());
	}

	private String submit(Procedure procedure) {
		Dossier dossier = this.intake.register(procedure,
				this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Vũ Minh Khoa", "001087054321", null, null, null), null, null, "tiep-nhan");
		return dossier.code();
	}

}
