package vn.motcua.flow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.engine.ProcessesDeployment;
import vn.motcua.support.ProcessFolderCopy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's migration ({@code POST /api/admin/migrations}) on the real engine
 * and models: dossiers waiting at the steps of {@code mot-cua} version N move to a
 * version N+1 with one more task and finish there; a version that drops a step leaves the
 * dossiers waiting at it where they are, and says so.
 */
@AutoConfigureMockMvc
class ProcessMigrationFlowTest extends FlowTestSupport {

	static final String ADMIN = "admin:admin-test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@TempDir
	Path folder;

	final List<String> deployments = new ArrayList<>();

	StandardDossiers dossiers;

	String reception;

	@BeforeEach
	void setUp() {
		this.dossiers = new StandardDossiers(this.catalogue, this.intake, this.flow, this.jdbc);
		this.reception = this.dossiers.reception;
		FlowDriver.at("2026-03-09T09:00"); // Monday
	}

	@AfterEach
	void removeNewVersions() {
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	@Test
	void givenDossiersAtEachUserTask_whenMigratedToAVersionWithOneMoreTask_thenTheyMoveAndFinishThere()
			throws Exception {
		Map<String, String> waiting = new LinkedHashMap<>();
		String code = this.dossiers.submit();
		waiting.put(code, "receive-dossier");
		code = this.dossiers.submit();
		this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "supplement", "supplementItems", "Thiếu bản sao"));
		waiting.put(code, "receive-reception-supplement");
		code = this.dossiers.submit();
		this.dossiers.accept(code);
		waiting.put(code, "appraise-dossier");
		code = this.dossiers.submit();
		this.dossiers.accept(code);
		this.flow.complete(code, "appraise-dossier", this.dossiers.specialist(),
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao hợp đồng"));
		waiting.put(code, "receive-agency-supplement");
		code = this.dossiers.submit();
		this.dossiers.accept(code);
		this.dossiers.approve(code);
		waiting.put(code, "collect-fee");
		code = this.dossiers.submit();
		this.dossiers.accept(code);
		this.dossiers.approve(code);
		this.flow.complete(code, "collect-fee", this.reception,
				Map.of("receiptNumber", "BL-002", "feeCollected", true));
		waiting.put(code, "return-result");
		code = this.dossiers.submit();
		this.dossiers.accept(code);
		this.flow.fireTimersUntil(instanceOf(code).getId(), this.register.get(code).dueAt().plusMinutes(1).toInstant());
		waiting.put(code, "write-apology");
		// Not yet at its agency when migrated: it calls the agency process of its new
		// deployment.
		String notYetCalled = this.dossiers.submit();
		waiting.forEach((dossier, task) -> this.flow.task(dossier, task, groupOf(task)));
		ProcessDefinition v1 = definitionOf(code);

		ProcessDefinition v2 = deploy(folder().editModel("bpmn/mot-cua.bpmn", ProcessMigrationFlowTest::addCheckTask));

		JsonNode dryRun = json(migrate(v1.getVersion(), v2.getVersion(), true).andExpect(status().isOk()));
		assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
		assertThat(dryRun.path("batchId").isNull()).isTrue();
		assertThat(dryRun.path("source").path("versionTag").asText()).isEqualTo(v1.getVersionTag()).isNotBlank();
		assertThat(dryRun.path("blocked").findValuesAsText("dossierCode"))
			.doesNotContainAnyElementsOf(waiting.keySet());
		assertThat(dryRun.path("migratable").asInt()).isGreaterThanOrEqualTo(waiting.size());
		assertThat(dryRun.path("message").asText()).startsWith("Thử (chưa chuyển gì)");
		assertThat(definitionOf(code).getId()).as("a dry run moves nothing").isEqualTo(v1.getId());

		JsonNode started = json(migrate(v1.getVersion(), v2.getVersion(), false).andExpect(status().isAccepted()));
		String batchId = started.path("batchId").asText();
		assertThat(batchId).isNotBlank();
		assertThat(
				json(this.mvc.perform(as(get("/api/admin/migrations/{id}", batchId), ADMIN)).andExpect(status().isOk()))
					.path("state")
					.asText())
			.isEqualTo("DANG_CHAY");
		runBatch(batchId);
		JsonNode done = json(
				this.mvc.perform(as(get("/api/admin/migrations/{id}", batchId), ADMIN)).andExpect(status().isOk()));
		assertThat(done.path("state").asText()).isEqualTo("HOAN_THANH");
		this.dossiers.accept(notYetCalled);
		Task calledAppraisal = this.flow.task(notYetCalled, "appraise-dossier", this.dossiers.specialist());
		assertThat(this.repository.getProcessDefinition(calledAppraisal.getProcessDefinitionId()).getDeploymentId())
			.as("the agency process called after the migration")
			.isEqualTo(v2.getDeploymentId())
			.isNotEqualTo(v1.getDeploymentId());

		for (String dossier : waiting.keySet()) {
			assertThat(definitionOf(dossier).getId()).as(dossier).isEqualTo(v2.getId());
			ProcessInstance instance = instanceOf(dossier);
			List<String> steps = finish(dossier);
			assertThat(steps).as(dossier + " from " + waiting.get(dossier))
				.contains(waiting.get(dossier))
				.endsWith("return-result", "check-result");
			assertThat(instance).isEnded();
		}
	}

	@Test
	void givenAVersionWithoutAStep_whenMigrated_thenDossiersWaitingThereStayAndAreNamed() throws Exception {
		String atReception = this.dossiers.submit();
		String atFee = this.dossiers.submit();
		this.dossiers.accept(atFee);
		this.dossiers.approve(atFee);
		ProcessDefinition v1 = definitionOf(atFee);

		ProcessDefinition v2 = deploy(folder().editModel("bpmn/mot-cua.bpmn",
				(model) -> model.<UserTask>getModelElementById("collect-fee").setId("collect-fee-at-counter")));

		JsonNode report = json(migrate(v1.getVersion(), v2.getVersion(), false).andExpect(status().isAccepted()));
		assertThat(report.path("unmappedActivities").findValuesAsText("activityId")).contains("collect-fee");
		JsonNode blocked = blockedEntry(report, atFee);
		assertThat(blocked.path("activities").findValuesAsText("activityId")).containsExactly("collect-fee");
		assertThat(blocked.path("reason").asText())
			.isEqualTo("Hồ sơ đang ở bước 'Thu phí, lệ phí' (collect-fee), không có trong phiên bản " + v2.getVersion()
					+ ": hồ sơ ở lại phiên bản cũ; giải quyết xong bước này rồi chuyển lại, hoặc thêm lại bước vào "
					+ "phiên bản mới.");
		assertThat(blockedEntry(report, atReception).isMissingNode()).isTrue();
		runBatch(report.path("batchId").asText());

		assertThat(definitionOf(atFee).getId()).isEqualTo(v1.getId());
		assertThat(definitionOf(atReception).getId()).isEqualTo(v2.getId());
	}

	@Test
	void givenAStepNoLongerRepeated_whenTried_thenItIsReportedAsAStepThatCannotMove() throws Exception {
		ProcessDefinition v1 = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("lien-thong")
			.latestVersion()
			.singleResult();
		Deployment v2 = new ProcessesDeployment(
				folder().editModel("bpmn/lien-thong.bpmn", (model) -> removeMultiInstance(model, "joint-step"))
					.location())
			.deploy(this.engine);
		this.deployments.add(v2.getId());

		JsonNode report = json(this.mvc
			.perform(as(post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"processDefinitionKey\":\"lien-thong\",\"sourceVersion\":" + v1.getVersion()
						+ ",\"targetVersion\":" + (v1.getVersion() + 1) + "}"),
					ADMIN))
			.andExpect(status().isOk()));
		assertThat(report.path("dryRun").asBoolean()).as("a dry run unless asked otherwise").isTrue();
		assertThat(report.path("unmappedActivities").findValuesAsText("activityId")).contains("joint-step")
			.doesNotContain("joint-stages", "receive-dossier");
		assertThat(report.path("mapped").findValuesAsText("sourceActivityId")).contains("receive-dossier",
				"joint-stages");
	}

	@Test
	void givenAnOfficer_whenHeAsksForAMigration_thenItIsForbidden() throws Exception {
		JsonNode problem = json(this.mvc
			.perform(as(
					post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
						.content("{\"processDefinitionKey\":\"mot-cua\",\"sourceVersion\":1,\"targetVersion\":2}"),
					"trung-tam.tiep-nhan:demo"))
			.andExpect(status().isForbidden()));
		assertThat(problem.path("type").asText()).isEqualTo("/problems/administrators-only");
		assertThat(problem.path("detail").asText()).startsWith("Chỉ quản trị hệ thống");
	}

	@Test
	void givenAnUnknownVersion_whenMigrated_thenNotFoundInVietnamese() throws Exception {
		JsonNode problem = json(migrate(1, 999, true).andExpect(status().isNotFound()));
		assertThat(problem.path("detail").asText()).isEqualTo("Không có quy trình 'mot-cua' phiên bản 999.");
		json(this.mvc
			.perform(as(post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"processDefinitionKey\":\"\",\"sourceVersion\":0}"), ADMIN))
			.andExpect(status().isBadRequest()));
	}

	/** One more task between the return and its record. */
	static void addCheckTask(BpmnModelInstance model) {
		UserTask returnResult = model.getModelElementById("return-result");
		SequenceFlow out = returnResult.getOutgoing().iterator().next();
		FlowNode next = out.getTarget();
		ModelElementInstance parent = returnResult.getParentElement();
		UserTask check = model.newInstance(UserTask.class);
		check.setId("check-result");
		check.setName("Kiểm tra lại trước khi đóng hồ sơ");
		check.setCamundaCandidateGroups("${receptionGroup}");
		parent.addChildElement(check);
		SequenceFlow added = model.newInstance(SequenceFlow.class);
		added.setId("flow-result-checked");
		parent.addChildElement(added);
		added.setSource(check);
		added.setTarget(next);
		out.setTarget(check);
		check.getIncoming().add(out);
		check.getOutgoing().add(added);
		next.getIncoming().remove(out);
		next.getIncoming().add(added);
	}

	/** The step runs once instead of once per item. */
	static void removeMultiInstance(BpmnModelInstance model, String id) {
		Activity activity = model.getModelElementById(id);
		activity.removeChildElement(activity.getLoopCharacteristics());
	}

	/**
	 * Completes the dossier's open tasks, as their officers would, until its flow ends.
	 * @return the tasks completed, in order
	 */
	private List<String> finish(String code) {
		List<String> done = new ArrayList<>();
		for (int step = 0; step < 12 && instanceOf(code) != null; step++) {
			String key = this.tasks.createTaskQuery()
				.processVariableValueEquals("dossierCode", code)
				.list()
				.stream()
				.map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No open task on " + code));
			if (key.equals("return-result")) {
				this.dossiers.attachResult(code);
			}
			this.flow.complete(code, key, groupOf(key), formFor(key));
			done.add(key);
		}
		return done;
	}

	private String groupOf(String task) {
		return switch (task) {
			case "appraise-dossier" -> this.dossiers.specialist();
			case "approve-dossier", "write-apology" -> this.dossiers.procedure.agency() + ":lanh-dao";
			default -> this.reception;
		};
	}

	private Map<String, Object> formFor(String task) {
		return switch (task) {
			case "receive-dossier" -> Map.of("receptionDecision", "accept");
			case "receive-reception-supplement", "receive-agency-supplement" -> Map.of("supplementReceived", true);
			case "appraise-dossier" -> Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện");
			case "approve-dossier" -> Map.of("leaderDecision", "agree");
			case "write-apology" -> Map.of("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newDueDate",
					FlowDriver.now().toLocalDate().plusDays(7).toString());
			case "collect-fee" -> Map.of("receiptNumber", "BL-001", "feeCollected", true);
			case "return-result" -> Map.of("returnMethod", "dien-tu", "resultHandedOver", true);
			default -> Map.of();
		};
	}

	private ProcessDefinition deploy(ProcessFolderCopy copy) {
		Deployment deployment = new ProcessesDeployment(copy.location()).deploy(this.engine);
		this.deployments.add(deployment.getId());
		return this.repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.processDefinitionKey("mot-cua")
			.singleResult();
	}

	private ProcessFolderCopy folder() {
		return ProcessFolderCopy.of(this.folder.resolve("processes"));
	}

	private ResultActions migrate(int source, int target, boolean dryRun) throws Exception {
		return this.mvc.perform(as(post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"processDefinitionKey\":\"mot-cua\",\"sourceVersion\":" + source + ",\"targetVersion\":"
					+ target + ",\"dryRun\":" + dryRun + "}"),
				ADMIN));
	}

	/** Runs the batch's jobs as the job executor would: seed, migrations, monitor. */
	private void runBatch(String batchId) {
		for (int round = 0; round < 20 && this.management.createBatchQuery().batchId(batchId).count() > 0; round++) {
			Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
			for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
					batch.getMonitorJobDefinitionId())) {
				for (Job job : this.management.createJobQuery().jobDefinitionId(definition).list()) {
					this.management.executeJob(job.getId());
				}
			}
		}
		assertThat(this.management.createBatchQuery().batchId(batchId).count()).as("batch finished").isZero();
	}

	private JsonNode blockedEntry(JsonNode report, String code) {
		for (JsonNode blocked : report.path("blocked")) {
			if (code.equals(blocked.path("dossierCode").asText())) {
				return blocked;
			}
		}
		return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
	}

	private JsonNode json(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String credentials) {
		return request.header(HttpHeaders.AUTHORIZATION,
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private ProcessInstance instanceOf(String code) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey("mot-cua")
			.singleResult();
	}

	private ProcessDefinition definitionOf(String code) {
		return this.repository.getProcessDefinition(instanceOf(code).getProcessDefinitionId());
	}

}
