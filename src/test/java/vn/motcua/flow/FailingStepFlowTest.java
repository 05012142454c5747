package vn.motcua.flow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A step that fails after an officer's task (the database refuses the fee record): the
 * officer's completion stands, the step waits as a job with retries, then as an incident
 * Cockpit shows; once the cause is gone, a retry finishes the dossier's step and the flow
 * goes on. The failure is real: a check constraint on the payment table, not a mock.
 */
class FailingStepFlowTest extends FlowTestSupport {

	private static final String BROKEN = "refused_for_test";

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	Procedure procedure;

	String reception;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.fee().amount() > 0)
			.findFirst()
			.orElseThrow();
		this.reception = this.procedure.receivingUnits().get(0) + ":tiep-nhan";
		FlowDriver.at("2026-03-09T09:00");
	}

	@AfterEach
	void repairDatabase() {
		this.jdbc.execute("alter table payment drop constraint if exists " + BROKEN);
	}

	@Test
	void givenTheFeeRecordFails_whenTheOfficerCollectsTheFee_thenTheCompletionStandsAndARetryFinishesIt() {
		String code = resultReady();
		this.jdbc.execute("alter table payment add constraint " + BROKEN + " check (amount < 0)");

		Task collect = this.flow.task(code, "collect-fee", this.reception);
		this.identity.setAuthentication(this.reception.replace(':', '.'), List.of(this.reception));
		try {
			this.tasks.complete(collect.getId(), Map.of("receiptNumber", "BL-042", "feeCollected", true));
		}
		finally {
			this.identity.clearAuthentication();
		}

		// The officer's completion stands: the task is done in history and gone from the
		// list.
		assertThat(this.tasks.createTaskQuery().taskId(collect.getId()).count()).isZero();
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(collect.getId()).singleResult().getEndTime())
			.isNotNull();

		Job step = onlyAsyncStep(code);
		assertThat(step.getRetries()).isEqualTo(5);
		for (int attempt = 1; attempt <= 5; attempt++) {
			String id = step.getId();
			assertThatThrownBy(() -> this.management.executeJob(id)).as("attempt %d", attempt)
				.satisfies(FailingStepFlowTest::causedByTheBrokenTable);
			step = this.management.createJobQuery().jobId(id).singleResult();
		}
		assertThat(step.getRetries()).isZero();
		Incident incident = this.runtime.createIncidentQuery().configuration(step.getId()).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
		assertThat(incident.getActivityId()).isEqualTo("record-fee");
		assertThat(this.register.events(code)).extracting(DossierEvent::type).doesNotContain("FEE_PAID");
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);

		// The administrator removes the cause and retries from Cockpit.
		repairDatabase();
		this.management.setJobRetries(step.getId(), 1);
		this.management.executeJob(step.getId());

		assertThat(this.runtime.createIncidentQuery().processInstanceId(step.getProcessInstanceId()).count()).isZero();
		assertThat(this.register.events(code)).extracting(DossierEvent::type).containsOnlyOnce("FEE_PAID");
		// The job log keeps the five failures of the fee record; the steps that went
		// through (the hand-over, the result record, the retried fee record) leave none.
		assertThat(this.history.createHistoricJobLogQuery().processInstanceId(step.getProcessInstanceId()).list())
			.filteredOn((entry) -> "async-continuation".equals(entry.getJobDefinitionType()))
			.allSatisfy((entry) -> assertThat(entry.isFailureLog()).as(entry.getActivityId()).isTrue())
			.extracting((entry) -> entry.getActivityId())
			.containsOnly("record-fee")
			.hasSize(5);
		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
	}

	@Test
	void givenTheResultRecordFails_whenTheLeaderApproves_thenTheApprovalStandsAndTheDossierWaitsForTheRetry() {
		String code = accepted();
		this.flow.complete(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		// The register refuses the dossier's result while broken.
		this.jdbc.execute("alter table dossier_event add constraint " + BROKEN + " check (dossier_code <> '" + code
				+ "' or type <> 'RESULT_READY')");
		try {
			Task approval = this.flow.task(code, "approve-dossier", this.procedure.agency() + ":lanh-dao");
			String leader = this.procedure.agency() + ":lanh-dao";
			this.identity.setAuthentication(leader.replace(':', '.'), List.of(leader));
			try {
				this.tasks.complete(approval.getId(), Map.of("leaderDecision", "agree"));
			}
			finally {
				this.identity.clearAuthentication();
			}
			assertThat(
					this.history.createHistoricTaskInstanceQuery().taskId(approval.getId()).singleResult().getEndTime())
				.isNotNull();
			Job step = onlyAsyncStep(code);
			assertThatThrownBy(() -> this.management.executeJob(step.getId()))
				.satisfies(FailingStepFlowTest::causedByTheBrokenTable);
			assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DANG_XU_LY);
		}
		finally {
			this.jdbc.execute("alter table dossier_event drop constraint if exists " + BROKEN);
		}
		// The next try is due five minutes after the failure (failedJobRetryTimeCycle).
		assertThat(this.flow.asyncSteps(code)).isEmpty();
		FlowDriver.at(FlowDriver.now().plusMinutes(6).toLocalDateTime().toString());
		this.flow.runAsyncSteps(code);
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		this.flow.task(code, "collect-fee", this.reception);
	}

	private String accepted() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Trần Thị Bình", "001190054321", "0912000111", null, null), null, null,
				"trung-tam.tiep-nhan");
		this.flow.complete(dossier.code(), "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		return dossier.code();
	}

	private String resultReady() {
		String code = accepted();
		this.flow.complete(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.procedure.agency() + ":lanh-dao",
				Map.of("leaderDecision", "agree"));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		return code;
	}

	private static void causedByTheBrokenTable(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		assertThat(root.getMessage()).containsIgnoringCase(BROKEN);
	}

	private Job onlyAsyncStep(String code) {
		List<Job> steps = this.flow.asyncSteps(code);
		assertThat(steps).hasSize(1);
		return steps.get(0);
	}

}
