package vn.motcua.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.engine.ProcessesDeployment;
import vn.motcua.support.ProcessFolderCopy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier keeps the models it started with: after a new version of the folder is
 * deployed, a dossier started before it calls the agency process and opens the forms of
 * its own deployment; only dossiers started afterwards run the new ones.
 */
class ProcessVersionsFlowTest extends FlowTestSupport {

	static final String NEW_TASK_NAME = "Thẩm định hồ sơ (quy trình mới)";

	static final String NEW_LABEL = "Đề xuất của chuyên viên (mẫu mới)";

	@Autowired
	RepositoryService repository;

	@Autowired
	FormService forms;

	@TempDir
	Path folder;

	final List<String> deployments = new ArrayList<>();

	@Autowired
	JdbcTemplate jdbc;

	StandardDossiers dossiers;

	@BeforeEach
	void setUp() {
		this.dossiers = new StandardDossiers(this.catalogue, this.intake, this.flow, this.jdbc);
		FlowDriver.at("2026-03-09T09:00"); // Monday
	}

	@AfterEach
	void removeNewVersions() {
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	@Test
	void givenADossierStartedOnVersionOne_whenVersionTwoIsDeployed_thenItStillCallsTheVersionOneAgencyProcessAndForms() {
		String before = this.dossiers.submit();
		ProcessDefinition v1 = definitionOf(before);

		Deployment v2 = deployChangedFolder();
		assertThat(v2).as("the changed folder is deployed").isNotNull();
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("mot-cua")
			.latestVersion()
			.singleResult();
		assertThat(latest.getVersion()).isEqualTo(v1.getVersion() + 1);
		assertThat(latest.getDeploymentId()).isEqualTo(v2.getId());
		assertThat(latest.getVersionTag()).as("the tag the folder's model carries")
			.isEqualTo(v1.getVersionTag())
			.isNotBlank();

		this.dossiers.accept(before);
		Task oldAppraisal = this.flow.task(before, "appraise-dossier", this.dossiers.specialist());
		assertThat(definitionOfTask(oldAppraisal).getDeploymentId()).as("the called agency process")
			.isEqualTo(v1.getDeploymentId());
		assertThat(oldAppraisal.getName()).isEqualTo("Thẩm định hồ sơ");
		assertThat(formOf(oldAppraisal)).contains("\"Đề xuất của chuyên viên\"").doesNotContain(NEW_LABEL);

		String after = this.dossiers.submit();
		assertThat(definitionOf(after).getDeploymentId()).isEqualTo(v2.getId());
		this.dossiers.accept(after);
		Task newAppraisal = this.flow.task(after, "appraise-dossier", this.dossiers.specialist());
		assertThat(definitionOfTask(newAppraisal).getDeploymentId()).isEqualTo(v2.getId());
		assertThat(newAppraisal.getName()).isEqualTo(NEW_TASK_NAME);
		assertThat(formOf(newAppraisal)).contains(NEW_LABEL);

		// The older dossier goes on to its end on version 1.
		this.flow.complete(before, "appraise-dossier", this.dossiers.specialist(),
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		Task approval = this.flow.task(before, "approve-dossier", this.dossiers.procedure.agency() + ":lanh-dao");
		assertThat(definitionOfTask(approval).getDeploymentId()).isEqualTo(v1.getDeploymentId());
	}

	@Test
	void givenAnUnchangedFolder_whenDeployedAgain_thenNothingIsDeployed() {
		long before = this.repository.createDeploymentQuery().count();
		Deployment again = new ProcessesDeployment(ProcessFolderCopy.of(this.folder.resolve("processes")).location())
			.deploy(this.engine);
		assertThat(again).isNull();
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	private Deployment deployChangedFolder() {
		ProcessFolderCopy copy = ProcessFolderCopy.of(this.folder.resolve("processes"))
			.replace("bpmn/xu-ly-co-quan.bpmn", "name=\"Thẩm định hồ sơ\"", "name=\"" + NEW_TASK_NAME + "\"")
			.replace("forms/appraise-dossier.form", "\"Đề xuất của chuyên viên\"", "\"" + NEW_LABEL + "\"");
		Deployment deployment = new ProcessesDeployment(copy.location()).deploy(this.engine);
		if (deployment != null) {
			this.deployments.add(deployment.getId());
		}
		return deployment;
	}

	private ProcessDefinition definitionOf(String code) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey("mot-cua")
			.singleResult();
		return this.repository.getProcessDefinition(instance.getProcessDefinitionId());
	}

	private ProcessDefinition definitionOfTask(Task task) {
		return this.repository.getProcessDefinition(task.getProcessDefinitionId());
	}

	private String formOf(Task task) {
		try (InputStream form = this.forms.getDeployedTaskForm(task.getId())) {
			return new String(form.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
