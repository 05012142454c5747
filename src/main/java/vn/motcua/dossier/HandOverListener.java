package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

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
 * its step's own due time ({@link StepShares}), or else the dossier's, as its due date
 * (Tasklist sorts and colours by it), its candidate groups may read the dossier's process
 * variables (Tasklist lists them), and every completed task becomes a row of the Phiếu
 * kiểm soát with who finished it, when, and whether it was early, on time or late.
 */
@Component
public class HandOverListener implements TaskListener {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DossierRegister register;

	private final DossierSteps steps;

	private final AuthorizationService authorizations;

	private final StepShares shares;

	HandOverListener(DossierRegister register, DossierSteps steps, AuthorizationService authorizations,
			StepShares shares) {
		this.register = register;
		this.steps = steps;
		this.authorizations = authorizations;
		this.shares = shares;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			if (task.getDueDate() == null) {
				Object due = task.getVariable(ProcessVariables.DUE_AT);
				Date stepDue = stepDue(task).map((time) -> Date.from(time.toInstant()))
					.orElse((due instanceof Date dueAt) ? dueAt : null);
				if (stepDue != null) {
					task.setDueDate(stepDue);
				}
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
	 * A task that is an internal step with its own share of the committed time
	 * (appraisal, approval, return) is due that share after it is created; the task is
	 * judged against it when completed, and so is the row of the Phiếu kiểm soát.
	 */
	private Optional<OffsetDateTime> stepDue(DelegateTask task) {
		if (task.getExecution() == null) {
			return Optional.empty();
		}
		return StepShares.ofTask(task.getTaskDefinitionKey())
			.flatMap((step) -> this.steps.findDossier(task.getExecution())
				.flatMap((dossier) -> this.shares.due(dossier, this.steps.now(), step)));
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
