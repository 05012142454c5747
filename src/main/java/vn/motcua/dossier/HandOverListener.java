package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.stereotype.Component;

/**
 * Added to every user task by the engine plugin, so designers need not: a new task takes
 * the dossier's due time as its due date (Tasklist sorts and colours by it), its
 * candidate groups may read the dossier's process variables (Tasklist lists them), and
 * every completed task becomes a row of the Phiếu kiểm soát with who finished it, when,
 * and whether it was early, on time or late.
 */
@Component
public class HandOverListener implements TaskListener {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DossierRegister register;

	private final DossierSteps steps;

	private final AuthorizationService authorizations;

	HandOverListener(DossierRegister register, DossierSteps steps, AuthorizationService authorizations) {
		this.register = register;
		this.steps = steps;
		this.authorizations = authorizations;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			Object due = task.getVariable(ProcessVariables.DUE_AT);
			if (due instanceof Date dueAt && task.getDueDate() == null) {
				task.setDueDate(dueAt);
			}
			letCandidatesReadTheDossier(task);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Dossier dossier = (task.getExecution() != null) ? this.steps.findDossier(task.getExecution()).orElse(null)
					: null;
			if (dossier == null) {
				return;
			}
			String code = dossier.code();
			OffsetDateTime now = this.steps.now();
			OffsetDateTime due = (task.getDueDate() != null)
					? task.getDueDate().toInstant().atZone(VIETNAM).toOffsetDateTime() : null;
			this.register.append(new DossierEvent(code, now, "TASK_COMPLETED", null, this.steps.actor(), unit(task),
					task.getTaskDefinitionKey(), due, StepResult.of(now, due), task.getName(), false));
		}
	}

	/**
	 * Tasklist lists a task with its dossier's code, procedure and due time, which are
	 * variables of the task's process instance: the task's candidate groups and users may
	 * read that instance (the engine deletes the grant when the instance ends). One grant
	 * per candidate and instance instead of copies of the variables on every task.
	 */
	private void letCandidatesReadTheDossier(DelegateTask task) {
		String instance = task.getProcessInstanceId();
		Context.getCommandContext().runWithoutAuthorization(() -> {
			for (IdentityLink candidate : task.getCandidates()) {
				if (!granted(candidate, instance)) {
					Authorization grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
					grant.setGroupId(candidate.getGroupId());
					grant.setUserId(candidate.getUserId());
					grant.setResource(Resources.PROCESS_INSTANCE);
					grant.setResourceId(instance);
					grant.addPermission(Permissions.READ);
					this.authorizations.saveAuthorization(grant);
				}
			}
			return null;
		});
	}

	private boolean granted(IdentityLink candidate, String instance) {
		// A grant saved earlier in this command is not in the database yet (two tasks of
		// one candidate created at once), so look in the command's cache first.
		boolean cached = Context.getCommandContext()
			.getDbEntityManager()
			.getCachedEntitiesByType(AuthorizationEntity.class)
			.stream()
			.anyMatch((grant) -> instance.equals(grant.getResourceId())
					&& grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
					&& Objects.equals(grant.getGroupId(), candidate.getGroupId())
					&& Objects.equals(grant.getUserId(), candidate.getUserId()));
		if (cached) {
			return true;
		}
		AuthorizationQuery query = this.authorizations.createAuthorizationQuery()
			.resourceType(Resources.PROCESS_INSTANCE)
			.resourceId(instance);
		return ((candidate.getGroupId() != null) ? query.groupIdIn(candidate.getGroupId())
				: query.userIdIn(candidate.getUserId()))
			.count() > 0;
	}

	private static String unit(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.map((link) -> link.getGroupId())
			.filter((group) -> group != null && group.contains(":"))
			.map((group) -> group.substring(0, group.indexOf(':')))
			.findFirst()
			.orElse(null);
	}

}
