package vn.motcua.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model of {@code processes/bpmn} carries a {@code versionTag} and binds what it
 * uses to its own deployment, so that a running dossier keeps the agency process,
 * decisions and forms it started with ({@code ProcessVersionsFlowTest}).
 */
class ModelBindingsTest {

	static Stream<Path> models() throws IOException {
		return Files.list(Path.of("processes/bpmn")).filter((p) -> p.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyProcessHasAVersionTagAndDeploymentBindings(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<String> problems = new ArrayList<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.isExecutable() && blank(process.getCamundaVersionTag())) {
				problems.add("process " + process.getId() + " has no camunda:versionTag");
			}
		}
		for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
			if (!"deployment".equals(call.getCamundaCalledElementBinding())) {
				problems.add("call activity " + call.getId() + ": calledElementBinding must be deployment");
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaFormRef() != null && !"deployment".equals(task.getCamundaFormRefBinding())) {
				problems.add("user task " + task.getId() + ": formRefBinding must be deployment");
			}
		}
		for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
			if (task.getCamundaDecisionRef() != null && !"deployment".equals(task.getCamundaDecisionRefBinding())) {
				problems.add("business rule task " + task.getId() + ": decisionRefBinding must be deployment");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
