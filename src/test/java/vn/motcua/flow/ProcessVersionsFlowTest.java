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
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.engine.ProcessesDeployment;
import vn.motcua.support.ProcessFolderCopy;

import org.springframework.beans.factory.annotation.Autowired;

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

	Procedure procedure;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.committedHours() == null
					&& p.committedDays() != null && p.committedDays() >= 2)
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-09T09:00"); // Monday
	}

	@AfterEach
	void removeNewVersions() {
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	@Test
	void givenADossierStartedOnVersionOne_whenVersionTwoIsDeployed_thenItStillCallsTheVersionOneAgencyProcessAndForms() {
		String before = submit();
		ProcessDefinition v1 = definitionOf(before);

		Deployment v2 = deployChangedFolder();
		assertThat(v2).as("the changed folder is deployed").isNotNull();
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("mot-cua")
			.latestVersion()
			.singleResult();
		assertThat(latest.getVersion()).isEqualTo(v1.getVersion() + 1);
		assertThat(latest.getDeploymentId()).isEqualTo(v2.getId());
		assertThat(latest.getVersionTag()).isEqualTo("1.0");

		accept(before);
		Task oldAppraisal = this.flow.task(before, "appraise-dossier", specialist());
		assertThat(definitionOfTask(oldAppraisal).getDeploymentId()).as("the called agency process")
			.isEqualTo(v1.getDeploymentId());
		assertThat(oldAppraisal.getName()).isEqualTo("Thẩm định hồ sơ");
		assertThat(formOf(oldAppraisal)).contains("\"Đề xuất của chuyên viên\"").doesNotContain(NEW_LABEL);

		String after = submit();
		assertThat(definitionOf(after).getDeploymentId()).isEqualTo(v2.getId());
		accept(after);
		Task newAppraisal = this.flow.task(after, "appraise-dossier", specialist());
		assertThat(definitionOfTask(newAppraisal).getDeploymentId()).isEqualTo(v2.getId());
		assertThat(newAppraisal.getName()).isEqualTo(NEW_TASK_NAME);
		assertThat(formOf(newAppraisal)).contains(NEW_LABEL);

		// The older dossier goes on to its end on version 1.
		this.flow.complete(before, "appraise-dossier", specialist(),
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		Task approval = this.flow.task(before, "approve-dossier", this.procedure.agency() + ":lanh-dao");
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

	private String submit() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null, null,
				"trung-tam.tiep-nhan");
		return dossier.code();
	}

	private void accept(String code) {
		this.flow.complete(code, "receive-dossier", this.procedure.receivingUnits().get(0) + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
	}

	private String specialist() {
		return this.procedure.agency() + ":chuyen-vien";
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
