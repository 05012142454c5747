package vn.motcua.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.support.ProcessFolderCopy;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployment rule: the folder deploys at start-up when a file changed, and only then;
 * a deployment from Camunda Modeler is refused on a server, and in development stays the
 * latest across restarts until the folder changes, which then replaces it with a warning.
 * A "restart" here is what start-up runs: {@link ProcessesDeployment} on the folder.
 */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class ProcessesDeploymentTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	IdentityService identity;

	@TempDir
	Path folder;

	final List<String> deployments = new ArrayList<>();

	@AfterEach
	void removeDeployments() {
		this.identity.clearAuthentication();
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	@Test
	void givenTheStartUpDeployment_thenEveryResourceIsNamedAfterItsPlaceInTheFolder() {
		Deployment ours = this.repository.createDeploymentQuery()
			.deploymentName(ProcessesDeployment.NAME)
			.singleResult();
		assertThat(ours.getSource()).isEqualTo(ProcessesDeployment.SOURCE);
		assertThat(this.repository.getDeploymentResourceNames(ours.getId())).contains("bpmn/mot-cua.bpmn",
				"bpmn/xu-ly-co-quan.bpmn", "dmn/phan-cong.dmn", "forms/receive-dossier.form");
		assertThat(this.repository.createProcessDefinitionQuery().deploymentId(ours.getId()).list())
			.extracting(ProcessDefinition::getVersionTag)
			.as("every process carries a versionTag")
			.isNotEmpty()
			.doesNotContainNull();
	}

	@Test
	void givenAServer_whenAnAdministratorDeploysFromModeler_thenItIsRefused() {
		long before = this.repository.createDeploymentQuery().count();
		this.identity.setAuthentication("admin", List.of("camunda-admin"));
		assertThatThrownBy(() -> modelerDeployment("mot-cua.bpmn")).isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("thư mục processes/");
		this.identity.clearAuthentication();
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void givenAModelerDeployment_whenRestartedWithTheSameFolder_thenItStaysTheLatest(CapturedOutput output) {
		String modeler = modelerDeployment("mot-cua.bpmn");
		ProcessDefinition fromModeler = latest("mot-cua");
		assertThat(fromModeler.getDeploymentId()).isEqualTo(modeler);

		Deployment restart = new ProcessesDeployment(copy().location()).deploy(this.engine);

		assertThat(restart).isNull();
		assertThat(latest("mot-cua").getId()).isEqualTo(fromModeler.getId());
		assertThat(output).contains("Mô hình mot-cua phiên bản " + fromModeler.getVersion()
				+ " không lấy từ thư mục processes/ vẫn là bản mới nhất");
	}

	@Test
	void givenAModelerDeployment_whenRestartedWithAChangedForm_thenTheFolderReplacesItWithAWarning(
			CapturedOutput output) {
		modelerDeployment("mot-cua.bpmn");
		ProcessDefinition fromModeler = latest("mot-cua");
		ProcessFolderCopy changed = copy().replace("forms/collect-fee.form", "\"Số biên lai thu phí, lệ phí\"",
				"\"Số biên lai (mẫu mới)\"");

		Deployment restart = new ProcessesDeployment(changed.location()).deploy(this.engine);
		this.deployments.add(restart.getId());

		assertThat(latest("mot-cua").getDeploymentId()).isEqualTo(restart.getId());
		assertThat(latest("mot-cua").getVersion()).isEqualTo(fromModeler.getVersion() + 1);
		assertThat(output).contains("Mô hình mot-cua phiên bản " + fromModeler.getVersion()
				+ " (triển khai 'mot-cua' từ 'Camunda Modeler') được thay bằng phiên bản");
		// Every model of the folder is deployed with it, so that forms and the agency
		// process are bound within the new deployment.
		assertThat(this.repository.getDeploymentResourceNames(restart.getId())).contains("bpmn/xu-ly-co-quan.bpmn",
				"forms/collect-fee.form", "forms/receive-dossier.form");
		assertThat(new ProcessesDeployment(changed.location()).deploy(this.engine))
			.as("a second restart with the same change deploys nothing")
			.isNull();
	}

	@Test
	void givenALocationWithoutModels_whenDeployed_thenStartUpStopsNamingIt() {
		String empty = this.folder.toUri().toString();
		assertThatThrownBy(() -> new ProcessesDeployment(empty).deploy(this.engine))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("Không có mô hình, bảng quyết định hay biểu mẫu nào trong " + empty);
	}

	/**
	 * What Camunda Modeler's "Deploy" sends: its own deployment name and source, the file
	 * named as on the designer's disk, here with a changed task name.
	 */
	private String modelerDeployment(String file) {
		try {
			String model = Files.readString(Path.of("processes/bpmn", file), StandardCharsets.UTF_8)
				.replace("name=\"Trả kết quả\"", "name=\"Trả kết quả (thử)\"");
			Deployment deployment = this.repository.createDeployment()
				.name(file.replace(".bpmn", ""))
				.source("Camunda Modeler")
				.addString(file, model)
				.deploy();
			this.deployments.add(deployment.getId());
			return deployment.getId();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private ProcessFolderCopy copy() {
		return ProcessFolderCopy.of(this.folder.resolve("processes"));
	}

	private ProcessDefinition latest(String key) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

}
