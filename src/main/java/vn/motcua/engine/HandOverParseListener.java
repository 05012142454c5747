package vn.motcua.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches one task listener to every user task of every model, on create and on
 * complete, and others on complete only (checks that may refuse the completion, run
 * first).
 */
class HandOverParseListener extends AbstractBpmnParseListener {

	private final TaskListener listener;

	private final TaskListener[] completionChecks;

	HandOverParseListener(TaskListener listener, TaskListener... completionChecks) {
		this.listener = listener;
		this.completionChecks = completionChecks;
	}

	@Override
	public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
		if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
			behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this.listener);
			ConfirmationCheck confirmation = ConfirmationCheck.of(userTaskElement);
			if (confirmation != null) {
				behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, confirmation);
			}
			for (TaskListener check : this.completionChecks) {
				behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
			}
			behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this.listener);
		}
	}

}
