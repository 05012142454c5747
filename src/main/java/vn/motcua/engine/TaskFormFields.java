package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The fields an officer may fill in on a task: the keys of the editable components
 * (neither read-only nor disabled) of the task's Camunda Form. A deployed form never
 * changes, so its fields are kept per form definition id.
 */
final class TaskFormFields {

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

	/**
	 * @return the editable fields, empty when the task has no Camunda Form, or nothing
	 * when there is no such task (the command itself then says so)
	 */
	Optional<Set<String>> editableFields(CommandContext context, String taskId) {
		if (taskId == null || context.getTaskManager().findTaskById(taskId) == null) {
			return Optional.empty();
		}
		TaskFormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
		CamundaFormRef ref = (form != null) ? form.getCamundaFormRef() : null;
		if (ref == null || ref.getKey() == null) {
			return Optional.of(Set.of());
		}
		CamundaFormDefinition definition = context
			.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
		if (definition == null) {
			return Optional.of(Set.of());
		}
		return Optional.of(this.byDefinition.computeIfAbsent(definition.getId(),
				(id) -> read(context, definition.getDeploymentId(), definition.getResourceName())));
	}

	private Set<String> read(CommandContext context, String deploymentId, String resource) {
		try (InputStream content = context
			.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId, resource))) {
			Set<String> keys = new HashSet<>();
			collect(this.json.readTree(content), keys);
			return Set.copyOf(keys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read form " + resource, ex);
		}
	}

	private static void collect(JsonNode node, Set<String> keys) {
		for (JsonNode component : node.path("components")) {
			boolean editable = !component.path("readonly").asBoolean(false)
					&& !component.path("disabled").asBoolean(false);
			if (editable && component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collect(component, keys);
		}
	}

}
