package vn.motcua.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Process variables are not an authority: an officer writes only the fields of the form
 * of the task he completes. Every other variable write by a logged-in user who is not an
 * administrator (task or process variables, by REST, Tasklist or the Java API; starting,
 * correlating, signalling or modifying instances) is refused with an
 * {@link AuthorizationException} (403 on the REST API) before anything changes.
 * <p>
 * Only commands issued from outside the engine are checked: delegates and listeners that
 * run inside the officer's command (and so under his authentication) are motcua's own
 * code, and the engine's executions are on the stack while they run.
 * <p>
 * The engine's command classes carry their payload in protected fields; they are read by
 * name. Camunda 7.24 is the last Community Edition, and {@code OfficerWriteGuardTest}
 * proves every command named here still exists and is refused or checked.
 */
final class OfficerWriteGuard extends CommandInterceptor {

	/** Commands through which an officer hands a task's form values to the engine. */
	static final Map<String, String> TASK_FORM_COMMANDS = Map.of("org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
			"variables", "org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd", "variables",
			"org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd", "properties",
			"org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd", "variables",
			"org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd", "variables");

	/**
	 * Commands that write variables or move a flow outside a form: never an officer's.
	 */
	static final Set<String> REFUSED_COMMANDS = Set.of("org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd",
			"org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd",
			"org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd", "org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd",
			"org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd",
			"org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd",
			"org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd", "org.camunda.bpm.engine.impl.cmd.SignalCmd",
			"org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd",
			"org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd",
			"org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd",
			"org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd",
			"org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd",
			"org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd",
			"org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd");

	private final TaskFormFields forms;

	OfficerWriteGuard(TaskFormFields forms) {
		this.forms = forms;
	}

	@Override
	public <T> T execute(Command<T> command) {
		CommandContext context = Context.getCommandContext();
		String type = command.getClass().getName();
		boolean formCommand = TASK_FORM_COMMANDS.containsKey(type);
		if ((formCommand || REFUSED_COMMANDS.contains(type)) && isOfficer(context)) {
			if (!formCommand) {
				throw new AuthorizationException(
						"Cán bộ không được ghi biến hay điều khiển quy trình ngoài biểu mẫu công việc ("
								+ command.getClass().getSimpleName() + ").");
			}
			checkFormFields(context, command, TASK_FORM_COMMANDS.get(type));
		}
		return this.next.execute(command);
	}

	/**
	 * A logged-in caller who is not an administrator, acting from outside the engine (no
	 * execution of ours is running this command).
	 */
	private static boolean isOfficer(CommandContext context) {
		if (context == null || Context.getExecutionContext() != null || !context.isAuthorizationCheckEnabled()) {
			return false;
		}
		Authentication authentication = context.getAuthentication();
		return authentication != null && authentication.getUserId() != null
				&& !context.getAuthorizationManager().isCamundaAdmin(authentication);
	}

	private void checkFormFields(CommandContext context, Command<?> command, String payloadField) {
		Object payload = read(command, payloadField);
		if (!(payload instanceof Map<?, ?> values) || values.isEmpty()) {
			return;
		}
		String taskId = (String) read(command, "taskId");
		Set<String> allowed = this.forms.editableFields(context, taskId).orElse(null);
		if (allowed == null) {
			return;
		}
		Set<String> refused = new LinkedHashSet<>();
		for (Object name : values.keySet()) {
			if (!allowed.contains(String.valueOf(name))) {
				refused.add(String.valueOf(name));
			}
		}
		if (!refused.isEmpty()) {
			throw new AuthorizationException("Chỉ được ghi các trường của biểu mẫu công việc này; không được ghi "
					+ String.join(", ", refused) + ".");
		}
	}

	private static Object read(Object command, String name) {
		for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(command);
			}
			catch (NoSuchFieldException ex) {
				// declared higher up
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), ex);
			}
		}
		// Fail closed: a command whose payload cannot be read is not let through.
		throw new AuthorizationException("Không kiểm tra được thao tác " + command.getClass().getSimpleName());
	}

	static Collection<String> checkedCommands() {
		Set<String> all = new LinkedHashSet<>(TASK_FORM_COMMANDS.keySet());
		all.addAll(REFUSED_COMMANDS);
		return all;
	}

}
