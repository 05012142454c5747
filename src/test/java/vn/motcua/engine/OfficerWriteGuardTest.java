package vn.motcua.engine;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.support.TestHttp;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Process variables are not an authority: an officer of one agency, holding his own
 * appraisal task, tries every door of the engine to act on another agency's dossier, its
 * fee, groups, due date or agency. Each is refused with 403 and leaves both dossiers,
 * their events, variables and tasks as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=" + OfficerWriteGuardTest.ENGINE })
class OfficerWriteGuardTest {

	/** An engine name of its own: the REST API finds engines in a JVM-wide registry. */
	static final String ENGINE = "officerGuard";

	private static final String REST = "/engine-rest/engine/" + ENGINE;

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	Dossier ours;

	Dossier theirs;

	Task ourAppraisal;

	String specialist;

	@BeforeEach
	void setUp() {
		List<Procedure> standard = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam")
					&& p.committedDays() != null && p.committedDays() > 0 && p.fee().amount() > 0)
			.toList();
		Procedure mine = standard.get(0);
		Procedure other = standard.stream().filter((p) -> !p.agency().equals(mine.agency())).findFirst().orElseThrow();
		this.ours = accepted(mine);
		this.theirs = accepted(other);
		this.ourAppraisal = appraisal(this.ours);
		this.specialist = mine.agency() + ".chuyen-vien";
	}

	static List<Object[]> doors() {
		String forged = "{\"dossierCode\":{\"value\":\"%s\"},\"feeAmount\":{\"value\":0},"
				+ "\"specialistGroup\":{\"value\":\"%s\"}}";
		return List.of(
				new Object[] { "complete with another dossier's code", "POST", "/task/{task}/complete",
						"{\"variables\":{\"appraisalResult\":{\"value\":\"approve\"},"
								+ "\"appraisalNote\":{\"value\":\"Đủ điều kiện\"},"
								+ "\"dossierCode\":{\"value\":\"{theirs}\"}}}" },
				new Object[] { "submit the form with the fee set to zero", "POST", "/task/{task}/submit-form",
						"{\"variables\":{\"appraisalResult\":{\"value\":\"approve\"},"
								+ "\"appraisalNote\":{\"value\":\"Đủ điều kiện\"},\"feeAmount\":{\"value\":0}}}" },
				new Object[] { "resolve with another group", "POST", "/task/{task}/resolve",
						"{\"variables\":{\"leaderGroup\":{\"value\":\"x:lanh-dao\"}}}" },
				new Object[] { "raise a BPMN error with a new due date", "POST", "/task/{task}/bpmnError",
						"{\"errorCode\":\"x\",\"variables\":{\"dueAt\":{\"value\":\"2030-01-01T00:00:00.000+0700\","
								+ "\"type\":\"Date\"}}}" },
				new Object[] { "write a task variable", "PUT", "/task/{task}/variables/dossierCode",
						"{\"value\":\"{theirs}\"}" },
				new Object[] { "write a task-local variable", "PUT", "/task/{task}/localVariables/agency",
						"{\"value\":\"so-noi-vu\"}" },
				new Object[] { "modify task variables", "POST", "/task/{task}/variables",
						"{\"modifications\":" + forged + "}" },
				new Object[] { "delete a task variable", "DELETE", "/task/{task}/variables/dossierCode", null },
				new Object[] { "move the task's due date", "PUT", "/task/{task}",
						"{\"name\":\"Thẩm định hồ sơ\",\"due\":\"2030-01-01T00:00:00.000+0700\"}" },
				new Object[] { "write a variable of the dossier's process", "PUT",
						"/process-instance/{instance}/variables/specialistGroup", "{\"value\":\"x:chuyen-vien\"}" },
				new Object[] { "modify the process's variables", "POST", "/process-instance/{instance}/variables",
						"{\"modifications\":" + forged + "}" },
				new Object[] { "correlate a withdrawal", "POST", "/message",
						"{\"messageName\":\"dossier-withdrawn\",\"businessKey\":\"{theirs}\","
								+ "\"processVariables\":{\"withdrawalNote\":{\"value\":\"x\"}}}" },
				new Object[] { "move the token", "POST", "/process-instance/{instance}/modification",
						"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"return-result\"}]}" },
				new Object[] { "start a process of his own", "POST", "/process-definition/key/mot-cua/start",
						"{\"businessKey\":\"{theirs}\",\"variables\":{\"dossierCode\":{\"value\":\"{theirs}\"}}}" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("doors")
	void givenAnOfficerWithHisOwnTask_whenHeWritesOutsideItsForm_thenRefusedAndNothingChanges(String door,
			String method, String path, String body) {
		Map<String, Object> before = snapshot();

		HttpResponse<String> answer = call(method, expand(path), (body != null) ? expand(body) : null);

		assertThat(answer.statusCode()).as(door + ": " + answer.body()).isEqualTo(403);
		assertThat(snapshot()).as(door).isEqualTo(before);
	}

	@Test
	void givenAnOfficerWithHisOwnTask_whenHeCompletesItWithTheFormFieldsOnly_thenTheFlowMovesOn() {
		HttpResponse<String> answer = call("POST", expand("/task/{task}/submit-form"),
				"{\"variables\":{\"appraisalResult\":{\"value\":\"approve\"},"
						+ "\"appraisalNote\":{\"value\":\"Đủ điều kiện giải quyết\"}}}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
		assertThat(this.tasks.createTaskQuery().taskId(this.ourAppraisal.getId()).count()).isZero();
		assertThat(this.tasks.createTaskQuery().taskDefinitionKey("approve-dossier").list())
			.anyMatch((task) -> task.getProcessInstanceId().equals(this.ourAppraisal.getProcessInstanceId()));
	}

	@Test
	void givenASupplementAlreadyRequested_whenTheSpecialistAsksForASecondOne_then400WithTheReasonAndTheTaskStaysOpen() {
		String supplement = "{\"variables\":{\"appraisalResult\":{\"value\":\"supplement\"},"
				+ "\"appraisalNote\":{\"value\":\"Cần bản sao hợp đồng\"}}}";
		assertThat(call("POST", expand("/task/{task}/submit-form"), supplement).statusCode()).isEqualTo(204);
		Task reception = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(this.ours.code())
			.taskDefinitionKey("receive-agency-supplement")
			.singleResult();
		assertThat(new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.postJson(REST + "/task/" + reception.getId() + "/submit-form",
					"{\"variables\":{\"supplementReceived\":{\"value\":true}}}")
			.statusCode()).isEqualTo(204);
		AsyncSteps.run(this.management);
		Task again = appraisal(this.ours);

		HttpResponse<String> second = new TestHttp(this.port).as(this.specialist, "demo")
			.postJson(REST + "/task/" + again.getId() + "/submit-form", supplement);

		assertThat(second.statusCode()).as(second.body()).isEqualTo(400);
		assertThat(second.body()).contains("không được yêu cầu bổ sung lần thứ hai");
		assertThat(this.tasks.createTaskQuery().taskId(again.getId()).count()).isEqualTo(1);
		assertThat(this.register.get(this.ours.code()).supplementCount()).isEqualTo(1);
	}

	@Test
	void givenTheJavaApi_whenAnOfficerCompletesWithAForeignVariable_thenRefused() {
		Map<String, Object> before = snapshot();
		this.identity.setAuthentication(this.specialist, List.of(this.specialist.replace('.', ':')));
		try {
			assertThatThrownBy(() -> this.tasks.complete(this.ourAppraisal.getId(),
					Map.of("appraisalResult", "approve", "appraisalNote", "Đủ", "agency", "so-noi-vu")))
				.isInstanceOf(AuthorizationException.class)
				.hasMessageContaining("agency");
		}
		finally {
			this.identity.clearAuthentication();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void givenAVariableNamingAnotherDossier_whenTheFlowRecordsAStep_thenItRecordsItOnItsOwnDossier() {
		// Written without a login, as an administrator's repair would: the flow still
		// acts
		// on the dossier whose instance it is.
		int theirEvents = this.register.events(this.theirs.code()).size();
		this.tasks.complete(this.ourAppraisal.getId(), Map.of("appraisalResult", "approve", "appraisalNote",
				"Đủ điều kiện", "dossierCode", this.theirs.code()));

		assertThat(this.register.events(this.theirs.code())).hasSize(theirEvents);
		assertThat(this.register.events(this.ours.code()))
			.anyMatch((event) -> "TASK_COMPLETED".equals(event.type()) && "appraise-dossier".equals(event.step()));
	}

	@Test
	void givenEveryCommandTheGuardNames_thenTheEngineStillHasIt() throws ClassNotFoundException {
		for (String command : OfficerWriteGuard.checkedCommands()) {
			assertThat(Class.forName(command)).as(command).isNotNull();
		}
	}

	private String expand(String text) {
		return text.replace("{task}", this.ourAppraisal.getId())
			.replace("{instance}", this.ourAppraisal.getProcessInstanceId())
			.replace("{theirs}", this.theirs.code());
	}

	private HttpResponse<String> call(String method, String path, String body) {
		TestHttp http = new TestHttp(this.port).as(this.specialist, "demo");
		return switch (method) {
			case "POST" -> http.postJson(REST + path, body);
			case "PUT" -> http.putJson(REST + path, body);
			case "DELETE" -> http.delete(REST + path);
			default -> throw new IllegalArgumentException(method);
		};
	}

	/** Both dossiers' rows and events, their processes' variables and open tasks. */
	private Map<String, Object> snapshot() {
		Map<String, Object> state = new TreeMap<>();
		for (Dossier dossier : List.of(this.ours, this.theirs)) {
			state.put(dossier.code() + " row", this.register.get(dossier.code()));
			state.put(dossier.code() + " events", this.register.events(dossier.code()).size());
			String root = this.register.get(dossier.code()).processInstanceId();
			state.put(dossier.code() + " variables", new TreeMap<>(this.runtime.getVariables(root)));
			this.runtime.createProcessInstanceQuery()
				.superProcessInstanceId(root)
				.list()
				.forEach((sub) -> state.put(dossier.code() + " agency variables",
						new TreeMap<>(this.runtime.getVariables(sub.getId()))));
			state.put(dossier.code() + " tasks",
					this.tasks.createTaskQuery()
						.processVariableValueEquals("dossierCode", dossier.code())
						.list()
						.stream()
						.map((task) -> task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getDueDate())
						.sorted()
						.toList());
		}
		return state;
	}

	private Dossier accepted(Procedure procedure) {
		Dossier dossier = this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null),
				null, null, null, "trung-tam.tiep-nhan");
		Task reception = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(dossier.code())
			.taskDefinitionKey("receive-dossier")
			.singleResult();
		this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
		AsyncSteps.run(this.management);
		return dossier;
	}

	private Task appraisal(Dossier dossier) {
		return this.tasks.createTaskQuery()
			.processVariableValueEquals("dossierCode", dossier.code())
			.taskDefinitionKey("appraise-dossier")
			.singleResult();
	}

}
