package vn.motcua.flow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The deadline watch of the standard flow on a bad day: the apology comes from the
 * warning, one working day before the appointment, and at most once; the watch follows
 * the new date; nothing watches a paused dossier; nothing is left once the agency is
 * done. March 2026 has no holiday: working days skip weekends only.
 */
class DeadlineWatchFlowTest extends FlowTestSupport {

	Procedure procedure;

	String code;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.committedHours() == null
					&& p.committedDays() != null && p.committedDays() >= 3)
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-09T09:00"); // Monday
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null, null,
				"trung-tam.tiep-nhan");
		this.code = dossier.code();
		this.flow.complete(this.code, "receive-dossier", reception(), Map.of("receptionDecision", "accept"));
	}

	@Test
	void givenTheWarning_whenTheLeaderApologisesBeforeTheDueDate_thenTheWatchFollowsTheNewDateAndOffersNoSecondApology() {
		OffsetDateTime due = dossier().dueAt();
		fireUntil(due.minusHours(1));
		assertThat(types()).containsOnlyOnce("DUE_SOON").doesNotContain("OVERDUE");

		LocalDate newDay = StandardFlowTest.nextWorkingDay(local(due).plusDays(3));
		this.flow.complete(this.code, "write-apology", leader(),
				Map.of("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newDueDate", newDay.toString()));
		OffsetDateTime newDue = dossier().dueAt();
		assertThat(newDue).isAtSameInstantAs(newDay.atTime(17, 0).atZone(FlowDriver.VN).toOffsetDateTime());
		assertThat(dossier().apologyCount()).isEqualTo(1);
		assertThat(timerDates()).as("the warning of the new date").containsExactly(warningBefore(newDay));

		// The old appointment passes without an OVERDUE: the dossier has a new one.
		fireUntil(due.plusHours(1));
		assertThat(types()).doesNotContain("OVERDUE");

		fireUntil(newDue.minusHours(1));
		assertThat(types()).filteredOn("DUE_SOON"::equals).hasSize(2);
		assertThat(openTasks("write-apology")).as("re-appointment at most once").isEmpty();
		assertThat(timerDates()).containsExactly(newDue.toInstant());

		fireUntil(newDue.plusMinutes(1));
		assertThat(types()).containsOnlyOnce("OVERDUE");
		assertThat(this.register.events(this.code)).filteredOn((e) -> "OVERDUE".equals(e.type()))
			.singleElement()
			.satisfies((e) -> assertThat(e.occurredAt()).isAfterOrEqualTo(newDue));
	}

	@Test
	void givenTheWarning_whenNobodyApologises_thenTheDueDateRecordsOverdueAndTheApologyStaysOpen() {
		OffsetDateTime due = dossier().dueAt();
		fireUntil(due.minusHours(1));
		assertThat(openTasks("write-apology")).singleElement()
			.satisfies((task) -> assertThat(task.getDueDate()).isEqualTo(Date.from(due.toInstant())));

		fireUntil(due.plusMinutes(1));

		assertThat(types()).containsSubsequence("ACCEPTED", "DUE_SOON", "OVERDUE");
		assertThat(openTasks("write-apology")).hasSize(1);
	}

	@Test
	void givenAnOpenApology_whenTheAgencyDeliversTheResult_thenTheApologyIsWithdrawnAndNothingIsLeftAfterReturn() {
		fireUntil(dossier().dueAt().minusHours(1));
		String apology = openTasks("write-apology").get(0).getId();

		this.flow.complete(this.code, "appraise-dossier", specialist(),
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		this.flow.complete(this.code, "approve-dossier", leader(), Map.of("leaderDecision", "agree"));

		assertThat(dossier().status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(this.tasks.createTaskQuery().taskId(apology).count()).as("no apology after the result").isZero();
		assertThat(timerDates()).isEmpty();
		if (this.procedure.fee().amount() > 0) {
			this.flow.complete(this.code, "collect-fee", reception(),
					Map.of("receiptNumber", "BL-0001", "feeCollected", true));
		}
		this.flow.complete(this.code, "return-result", reception(),
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
		assertThat(dossier().status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(this.code).count()).isZero();
		assertThat(types()).doesNotContain("APOLOGY");
	}

	@Test
	void givenTheAgencyAsksForASupplement_whileTheDossierIsPaused_thenNoDeadlineTimerRuns() {
		fireUntil(dossier().dueAt().minusHours(1));
		this.flow.complete(this.code, "appraise-dossier", specialist(),
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao hợp đồng"));
		assertThat(dossier().status()).isEqualTo(DossierStatus.TAM_DUNG);

		assertThat(timerDates()).isEmpty();
		assertThat(openTasks("write-apology")).isEmpty();
		fireUntil(dossier().dueAt().plusDays(10));
		assertThat(types()).doesNotContain("OVERDUE");
	}

	private void fireUntil(OffsetDateTime instant) {
		this.flow.fireTimersUntil(dossier().processInstanceId(), instant.toInstant());
	}

	private List<java.time.Instant> timerDates() {
		return this.flow.timers(dossier().processInstanceId())
			.stream()
			.map(Job::getDuedate)
			.map(Date::toInstant)
			.toList();
	}

	private List<org.camunda.bpm.engine.task.Task> openTasks(String key) {
		return this.tasks.createTaskQuery()
			.processInstanceId(dossier().processInstanceId())
			.taskDefinitionKey(key)
			.list();
	}

	private static java.time.Instant warningBefore(LocalDate day) {
		LocalDate previous = day.minusDays(1);
		while (previous.getDayOfWeek().getValue() > 5) {
			previous = previous.minusDays(1);
		}
		return previous.atTime(17, 0).atZone(FlowDriver.VN).toInstant();
	}

	private static LocalDate local(OffsetDateTime time) {
		return time.atZoneSameInstant(FlowDriver.VN).toLocalDate();
	}

	private Dossier dossier() {
		return this.register.get(this.code);
	}

	private List<String> types() {
		return this.register.events(this.code).stream().map(DossierEvent::type).toList();
	}

	private String reception() {
		return this.procedure.receivingUnits().get(0) + ":tiep-nhan";
	}

	private String specialist() {
		return this.procedure.agency() + ":chuyen-vien";
	}

	private String leader() {
		return this.procedure.agency() + ":lanh-dao";
	}

}
