package vn.motcua.tasklist;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.TestHttp;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Tasklist filters as an officer runs them over the REST API, with Camunda
 * authorizations on: each lists the tasks of the officer's own groups and nothing of
 * another agency's, whatever SQL the engine's authorization settings make of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=" + TasklistFiltersTest.ENGINE })
class TasklistFiltersTest {

	/**
	 * The REST API finds engines in a JVM-wide registry, where the test contexts of the
	 * suite each leave one named "default": this context's engine has a name of its own
	 * (no hyphen, or the starter ignores it), and the requests name it.
	 */
	static final String ENGINE = "tasklistFilters";

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	FilterService filters;

	@Autowired
	TasklistFilters shipped;

	Procedure ours;

	Procedure theirs;

	String ourAppraisal;

	String theirAppraisal;

	@BeforeEach
	void setUp() {
		List<Procedure> standard = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam")
					&& p.committedDays() != null && p.committedDays() > 0)
			.toList();
		this.ours = standard.get(0);
		this.theirs = standard.stream().filter((p) -> !p.agency().equals(this.ours.agency())).findFirst().orElseThrow();
		this.ourAppraisal = withTheAgency(this.ours);
		this.theirAppraisal = withTheAgency(this.theirs);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenAppraisalsAtTwoAgencies_whenASpecialistOpensTheUnitFilter_thenOnlyTheirAgencysAreListed() {
		String specialist = this.ours.agency() + ".chuyen-vien";

		HttpResponse<String> list = list(specialist, "Việc của đơn vị");

		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(list.body()).contains(this.ourAppraisal).doesNotContain(this.theirAppraisal);
		assertThat(count(specialist, "Việc của đơn vị")).contains("\"count\":" + open(this.ours.agency()));
	}

	@Test
	void givenAppraisalsPastTheirDueDate_whenASpecialistOpensQuaHan_thenOnlyTheirAgencysAreListed() {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(90))));
		String specialist = this.ours.agency() + ".chuyen-vien";

		HttpResponse<String> overdue = list(specialist, "Quá hạn");

		assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
		assertThat(overdue.body()).contains(this.ourAppraisal).doesNotContain(this.theirAppraisal);
	}

	@Test
	void givenAppraisalsNotYetDue_whenASpecialistOpensQuaHan_thenTheirsIsNotListed() {
		String specialist = this.ours.agency() + ".chuyen-vien";

		HttpResponse<String> overdue = list(specialist, "Quá hạn");

		assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
		assertThat(overdue.body()).doesNotContain(this.ourAppraisal);
	}

	@Test
	void givenTasksDueNextMondayAndTuesday_whenASpecialistOpensSapDenHanOnFriday_thenMondaysIsListedOnly() {
		// Friday 6 March 2026, 10:00 in Hà Nội: one calendar day ahead ends on Saturday,
		// one working day ahead at the close of Monday.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-06T03:00:00Z")));
		String otherAppraisal = withTheAgency(this.ours);
		due(this.ourAppraisal, "2026-03-09T09:00:00Z");
		due(otherAppraisal, "2026-03-10T03:00:00Z");
		String specialist = this.ours.agency() + ".chuyen-vien";

		HttpResponse<String> soon = list(specialist, "Sắp đến hạn");

		assertThat(soon.statusCode()).as(soon.body()).isEqualTo(200);
		assertThat(soon.body()).contains(this.ourAppraisal).doesNotContain(otherAppraisal);
	}

	@Test
	void givenOverdueTasksAtTwoAgencies_whenTheManagerOpensHisFilter_thenBothAreListedButNotToASpecialist() {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(90))));
		String specialist = this.ours.agency() + ".chuyen-vien";

		HttpResponse<String> manager = list("quan-ly", TasklistFilters.EVERY_AGENCY_OVERDUE);
		HttpResponse<String> officer = list(specialist, TasklistFilters.EVERY_AGENCY_OVERDUE);
		HttpResponse<String> claim = new TestHttp(this.port).as("quan-ly", "demo")
			.postJson("/engine-rest/engine/" + ENGINE + "/task/" + this.ourAppraisal + "/claim",
					"{\"userId\":\"quan-ly\"}");

		assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
		assertThat(manager.body()).contains(this.ourAppraisal).contains(this.theirAppraisal);
		assertThat(officer.body()).contains(this.ourAppraisal).doesNotContain(this.theirAppraisal);
		assertThat(claim.statusCode()).as("read-only for the manager").isEqualTo(403);
	}

	@Test
	void givenTheFirstShippedSapDenHan_whenTheApplicationStarts_thenItLooksOneWorkingDayAhead() {
		Filter old = this.filters.createFilterQuery().filterName("Sắp đến hạn").singleResult();
		old.setQuery(this.tasks.createTaskQuery()
			.taskCandidateUserExpression("${currentUser()}")
			.includeAssignedTasks()
			.dueAfterExpression("${now()}")
			.dueBeforeExpression("${dateTime().plusDays(1).toDate()}"));
		this.filters.saveFilter(old);

		this.shipped.run(null);

		TaskQueryImpl query = this.filters.getFilter(old.getId()).getQuery();
		assertThat(query.getExpressions()).containsEntry("dueBefore", TasklistFilters.DUE_SOON_UNTIL);
		assertThat(this.filters.createFilterQuery().filterName("Sắp đến hạn").count()).isEqualTo(1);
	}

	private void due(String taskId, String instant) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		task.setDueDate(Date.from(Instant.parse(instant)));
		this.tasks.saveTask(task);
	}

	/** Registers and accepts a dossier; returns the id of its appraisal task. */
	private String withTheAgency(Procedure procedure) {
		Dossier dossier = this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null),
				null, null, null, "trung-tam.tiep-nhan");
		Task reception = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(dossier.code())
			.taskDefinitionKey("receive-dossier")
			.singleResult();
		this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
		AsyncSteps.run(this.management);
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(dossier.code())
			.taskDefinitionKey("appraise-dossier")
			.singleResult()
			.getId();
	}

	private long open(String agency) {
		return this.tasks.createTaskQuery().taskCandidateGroup(agency + ":chuyen-vien").count();
	}

	private HttpResponse<String> list(String user, String filter) {
		return new TestHttp(this.port).as(user, "demo")
			.postJson("/engine-rest/engine/" + ENGINE + "/filter/" + filterId(filter)
					+ "/list?firstResult=0&maxResults=100", "{}");
	}

	private String count(String user, String filter) {
		return new TestHttp(this.port).as(user, "demo")
			.get("/engine-rest/engine/" + ENGINE + "/filter/" + filterId(filter) + "/count")
			.body();
	}

	private String filterId(String name) {
		return this.filters.createFilterQuery().filterName(name).singleResult().getId();
	}

}
