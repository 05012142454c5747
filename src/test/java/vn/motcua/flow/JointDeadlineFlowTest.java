package vn.motcua.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liên thông on a bad day: two agencies late, one re-appointment for the whole dossier,
 * and a supplement inside the chain. Each step's lateness stays with its agency and no
 * late agency holds the chain back. March 2026 has no holiday.
 */
class JointDeadlineFlowTest extends FlowTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	Procedure procedure;

	List<Procedure.Step> steps;

	String code;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("lien-thong") && p.steps().size() >= 3
					&& p.steps().stream().noneMatch(Procedure.Step::parallel))
			.findFirst()
			.orElseThrow();
		this.steps = this.procedure.steps();
		FlowDriver.at("2026-03-02T09:00"); // Monday
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Vũ Minh Khoa", "001087054321", null, null, null), null, null,
				"trung-tam.tiep-nhan");
		this.code = dossier.code();
		this.flow.complete(this.code, "receive-dossier", reception(), Map.of("receptionDecision", "accept"));
	}

	@Test
	void givenALateAgencyNobodyUrgedYet_whenItResolvesItsStep_thenTheUrgingTaskEndsWithTheStep() {
		String first = this.steps.get(0).agency();
		String second = this.steps.get(1).agency();
		Instant firstDue = appraisal(first).getDueDate().toInstant();
		// The one re-appointment is used by the first agency, in time.
		fireUntil(firstDue.minusSeconds(3600));
		LocalDate newDay = StandardFlowTest
			.nextWorkingDay(dossier().dueAt().atZoneSameInstant(FlowDriver.VN).toLocalDate().plusDays(3));
		this.flow.complete(this.code, "write-step-apology", first + ":lanh-dao",
				Map.of("apologyReason", "Chờ xác minh thông tin đất đai", "newDueDate", newDay.toString()));
		resolve(first);

		// The second runs past its share: the center's leader is asked to urge it.
		fireUntil(appraisal(second).getDueDate().toInstant().plusSeconds(60));
		Task urge = this.flow.task(this.code, "urge-late-agency", this.procedure.receivingUnits().get(0) + ":lanh-dao");

		resolve(second);

		assertThat(this.tasks.createTaskQuery().taskId(urge.getId()).count()).as("urging ends with the step").isZero();
		assertThat(events("URGED")).isEmpty();
		assertThat(appraisal(this.steps.get(2).agency())).isNotNull();
	}

	@Test
	void givenTwoLateAgencies_whenTheFirstApologisesAndTheSecondIsLateToo_thenTheChainEndsWithOneNewAppointment() {
		String first = this.steps.get(0).agency();
		String second = this.steps.get(1).agency();
		Instant firstDue = appraisal(first).getDueDate().toInstant();

		// One working day before its share ends, the first agency is warned and may
		// apologise; it does, with a new date for the dossier.
		fireUntil(firstDue.minusSeconds(3600));
		assertThat(events("DUE_SOON")).extracting(DossierEvent::unit).containsExactly(first);
		Dossier accepted = dossier();
		LocalDate newDay = StandardFlowTest
			.nextWorkingDay(accepted.dueAt().atZoneSameInstant(FlowDriver.VN).toLocalDate().plusDays(3));
		this.flow.complete(this.code, "write-step-apology", first + ":lanh-dao",
				Map.of("apologyReason", "Chờ xác minh thông tin đất đai", "newDueDate", newDay.toString()));
		assertThat(dossier().apologyCount()).isEqualTo(1);
		assertThat(dossier().originalDueAt()).isAtSameInstantAs(accepted.originalDueAt());

		// It then finishes after its own share: late for its step.
		fireUntil(firstDue.plusSeconds(3600));
		resolve(first);

		// The second agency runs late as well: no second apology is offered; it is
		// recorded late for its own step and the center's leader is asked to urge it.
		Instant secondDue = appraisal(second).getDueDate().toInstant();
		fireUntil(secondDue.plusSeconds(60));
		assertThat(openTasks("write-step-apology")).isEmpty();
		assertThat(events("OVERDUE")).extracting(DossierEvent::unit).containsExactly(second);
		Task urge = this.flow.task(this.code, "urge-late-agency", this.procedure.receivingUnits().get(0) + ":lanh-dao");
		String leader = this.procedure.receivingUnits().get(0) + ":lanh-dao";
		this.identity.setAuthentication(leader.replace(':', '.'), List.of(leader));
		try {
			this.tasks.complete(urge.getId(), Map.of("urgeNote", "Đề nghị Sở trả kết quả bước liên thông ngay"));
		}
		finally {
			this.identity.clearAuthentication();
		}
		assertThat(events("URGED")).singleElement()
			.satisfies((e) -> assertThat(e.note()).isEqualTo("Đề nghị Sở trả kết quả bước liên thông ngay"));
		resolve(second);

		for (Procedure.Step rest : this.steps.subList(2, this.steps.size())) {
			resolve(rest.agency());
		}

		assertThat(dossier().status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(events("APOLOGY")).hasSize(1);
		assertThat(this.jdbc
			.queryForList("select agency, result from dossier_step where dossier_code = ? order by step_no", this.code))
			.extracting((row) -> row.get("AGENCY") + " " + row.get("RESULT"))
			.startsWith(first + " QUA_HAN", second + " QUA_HAN");
		assertThat(openTasks(null)).extracting(Task::getTaskDefinitionKey)
			.containsAnyOf("collect-fee", "return-result");
		assertThat(this.flow.timers(dossier().processInstanceId())).isEmpty();
	}

	@Test
	void givenASupplementInsideTheChain_whileTheDossierIsPaused_thenNoDeadlineTimerRunsAndItResumes() {
		String first = this.steps.get(0).agency();
		this.flow.complete(this.code, "appraise-dossier", first + ":chuyen-vien",
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao sổ hộ khẩu"));
		assertThat(dossier().status()).isEqualTo(DossierStatus.TAM_DUNG);
		assertThat(this.flow.timers(dossier().processInstanceId())).isEmpty();

		fireUntil(dossier().dueAt().toInstant().plusSeconds(10 * 86400));
		assertThat(events("OVERDUE")).isEmpty();
		assertThat(events("DUE_SOON")).isEmpty();

		this.flow.complete(this.code, "receive-agency-supplement", reception(), Map.of("supplementReceived", true));
		assertThat(dossier().status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(this.flow.timers(dossier().processInstanceId())).hasSize(1);
		this.flow.task(this.code, "appraise-dossier", first + ":chuyen-vien");
	}

	private void resolve(String agency) {
		this.flow.complete(this.code, "appraise-dossier", agency + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		this.flow.complete(this.code, "approve-dossier", agency + ":lanh-dao", Map.of("leaderDecision", "agree"));
	}

	private Task appraisal(String agency) {
		return this.flow.task(this.code, "appraise-dossier", agency + ":chuyen-vien");
	}

	private void fireUntil(Instant instant) {
		this.flow.fireTimersUntil(dossier().processInstanceId(), instant);
	}

	private List<Task> openTasks(String key) {
		var query = this.tasks.createTaskQuery().processInstanceBusinessKey(this.code);
		return ((key != null) ? query.taskDefinitionKey(key) : query).list();
	}

	private List<DossierEvent> events(String type) {
		return this.register.events(this.code).stream().filter((e) -> type.equals(e.type())).toList();
	}

	private Dossier dossier() {
		return this.register.get(this.code);
	}

	private String reception() {
		return this.procedure.receivingUnits().get(0) + ":tiep-nhan";
	}

}
