package vn.motcua.engine;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the job executor on, as in production: the step behind the async boundary after a
 * click has run when the click returns, inside the click's transaction when it goes
 * through, so the next officer finds the next task at once; a step that fails leaves the
 * click done and the job to the retry strategy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class ContinuationsAfterClickTest {

	private static final String BROKEN = "refused_after_click";

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

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
	}

	@AfterEach
	void repair() {
		this.jdbc.execute("alter table payment drop constraint if exists " + BROKEN);
	}

	@Test
	void givenTheJobExecutorOn_whenOfficersClick_thenEachStepAfterAClickHasRunWhenTheClickReturns() {
		String code = received();
		String instance = instanceOf(code);

		click(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		// The hand-over to the agency (asyncBefore on the agency stage) has run.
		assertThat(open(code, "appraise-dossier")).hasSize(1);
		click(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		click(code, "approve-dossier", this.procedure.agency() + ":lanh-dao", Map.of("leaderDecision", "agree"));
		// The result record has run.
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		assertThat(open(code, "collect-fee")).hasSize(1);
		click(code, "collect-fee", this.reception, Map.of("receiptNumber", "BL-101", "feeCollected", true));
		assertThat(this.register.events(code)).extracting(DossierEvent::type).containsOnlyOnce("FEE_PAID");
		click(code, "return-result", this.reception, Map.of("returnMethod", "tai-quay", "resultHandedOver", true));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.management.createJobQuery().processInstanceId(instance).messages().count()).isZero();
	}

	@Test
	void givenTheStepsGoThrough_whenAnOfficerClicks_thenTheClickAndItsStepCommitOnce() {
		// The first acceptance of the year opens the form counters in a transaction of
		// their own; a dossier before sees to that.
		click(received(), "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		String code = received();
		String instance = instanceOf(code);
		AtomicInteger commits = new AtomicInteger();
		Thread officer = Thread.currentThread();
		Task receive = open(code, "receive-dossier").get(0);
		TransactionExecutionListener counter = new TransactionExecutionListener() {
			@Override
			public void afterCommit(TransactionExecution transaction, Throwable failure) {
				if (failure == null && Thread.currentThread() == officer) {
					commits.incrementAndGet();
				}
			}
		};
		AbstractPlatformTransactionManager manager = (AbstractPlatformTransactionManager) this.transactions;
		manager.addListener(counter);
		this.identity.setAuthentication(this.reception.replace(':', '.'), List.of(this.reception));
		try {
			this.tasks.complete(receive.getId(), Map.of("receptionDecision", "accept"));
		}
		finally {
			this.identity.clearAuthentication();
			manager.getTransactionExecutionListeners().remove(counter);
		}

		// The hand-over ran in the click's transaction, and nothing is left for later.
		assertThat(commits).hasValue(1);
		assertThat(open(code, "appraise-dossier")).hasSize(1);
		assertThat(this.management.createJobQuery().processInstanceId(instance).messages().count()).isZero();
		assertThat(this.register.get(code).agency()).isEqualTo(this.procedure.agency());
	}

	@Test
	void givenTheFeeRecordFails_whenTheOfficerCollectsTheFee_thenTheClickStandsAndTheJobExecutorRetriesLater() {
		String code = received();
		click(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		click(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien",
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		click(code, "approve-dossier", this.procedure.agency() + ":lanh-dao", Map.of("leaderDecision", "agree"));
		this.jdbc.execute("alter table payment add constraint " + BROKEN + " check (amount < 0)");

		Task collect = open(code, "collect-fee").get(0);
		click(code, "collect-fee", this.reception, Map.of("receiptNumber", "BL-102", "feeCollected", true));

		assertThat(this.tasks.createTaskQuery().taskId(collect.getId()).count()).isZero();
		Job step = this.management.createJobQuery().processInstanceId(instanceOf(code)).messages().singleResult();
		assertThat(step.getRetries()).as("one attempt made right after the click").isEqualTo(4);
		assertThat(step.getExceptionMessage()).containsIgnoringCase(BROKEN);
		assertThat(step.getDuedate()).as("the next attempt follows R5/PT5M")
			.isAfter(new Date(System.currentTimeMillis() + Duration.ofMinutes(4).toMillis()));
		assertThat(this.register.events(code)).extracting(DossierEvent::type).doesNotContain("FEE_PAID");

		// The cause removed, the job executor takes the job when it falls due.
		repair();
		this.management.setJobDuedate(step.getId(), new Date());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.register.events(code)).extracting(DossierEvent::type)
				.containsOnlyOnce("FEE_PAID"));
		assertThat(open(code, "return-result")).hasSize(1);
	}

	private String received() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Lê Văn Cường", "001090067890", "0912000222", null, null), null, null,
				"trung-tam.tiep-nhan");
		return dossier.code();
	}

	private String instanceOf(String code) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
	}

	private List<Task> open(String code, String key) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).list();
	}

	private void click(String code, String key, String group, Map<String, Object> form) {
		List<Task> open = open(code, key);
		assertThat(open).as("open task %s of %s", key, code).hasSize(1);
		this.identity.setAuthentication(group.replace(':', '.'), List.of(group));
		try {
			this.tasks.complete(open.get(0).getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
