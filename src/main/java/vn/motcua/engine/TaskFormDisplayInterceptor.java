package vn.motcua.engine;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Adds the dossier's {@link TaskFormDisplay} values to what a task's form is opened with
 * ({@code GET task/{id}/form-variables}, which Tasklist calls for Camunda Forms). Only
 * after the engine has answered, so its authorization check on the task has passed; a
 * process variable of the same name wins.
 */
final class TaskFormDisplayInterceptor extends CommandInterceptor {

	private final Supplier<TaskFormDisplay> display;

	TaskFormDisplayInterceptor(Supplier<TaskFormDisplay> display) {
		this.display = display;
	}

	@Override
	public <T> T execute(Command<T> command) {
		T result = this.next.execute(command);
		if (command instanceof GetTaskFormVariablesCmd form && result instanceof VariableMap variables) {
			addDisplayValues(form, variables);
		}
		return result;
	}

	private void addDisplayValues(GetTaskFormVariablesCmd form, VariableMap variables) {
		CommandContext context = Context.getCommandContext();
		TaskEntity task = context.getTaskManager().findTaskById(form.resourceId);
		if (task == null || task.getProcessInstanceId() == null) {
			return;
		}
		ExecutionEntity root = task.getProcessInstance();
		while (root.getSuperExecution() != null) {
			root = root.getSuperExecution().getProcessInstance();
		}
		if (root.getBusinessKey() == null) {
			return;
		}
		Map<String, String> values = this.display.get().valuesFor(root.getBusinessKey(), root.getId());
		values.forEach((name, value) -> {
			boolean asked = form.formVariableNames == null || form.formVariableNames.contains(name);
			if (asked && !variables.containsKey(name)) {
				variables.putValueTyped(name, Variables.stringValue(value));
			}
		});
	}

}
