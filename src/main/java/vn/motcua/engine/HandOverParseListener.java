package vn.motcua.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches one task listener to every user task of every model, on create and on
 * complete, and the checks that may refuse a completion (run first): the confirmation
 * boxes a task's {@code confirm} properties name, and the result's return where the task
 * says it returns the result
 * ({@code <camunda:property name="returnsResult" value="true"/>}).
 */
class HandOverParseListener extends AbstractBpmnParseListener {

	static final String RETURNS_RESULT = "returnsResult";

	private final TaskListener listener;

	private final TaskListener returnCheck;

	HandOverParseListener(TaskListener listener, TaskListener returnCheck) {
		this.listener = listener;
		this.returnCheck = returnCheck;
	}

	@Override
	public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
		if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
			behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this.listener);
			ConfirmationCheck confirmation = ConfirmationCheck.of(userTaskElement);
			if (confirmation != null) {
				behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, confirmation);
			}
			if (ConfirmationCheck.properties(userTaskElement, RETURNS_RESULT).contains("true")) {
				behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this.returnCheck);
			}
			behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this.listener);
		}
	}

}
