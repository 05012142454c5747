package vn.motcua.flow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives one dossier through the engine as officers would: each task is completed by a
 * user of its candidate group, and the clock moves only when the test says so.
 */
final class FlowDriver {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final RuntimeService runtime;

	FlowDriver(TaskService tasks, ManagementService management, IdentityService identity, RuntimeService runtime) {
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.runtime = runtime;
	}

	static void at(String localDateTime) {
		ClockUtil
			.setCurrentTime(Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), VN).toInstant()));
	}

	static ZonedDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(VN);
	}

	/**
	 * The one open task of the dossier, checked to be {@code key} and offered to
	 * {@code group}.
	 */
	Task task(String dossierCode, String key, String group) {
		List<Task> open = this.tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).list();
		open.addAll(this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", dossierCode).list());
		return open.stream()
			.filter((t) -> t.getTaskDefinitionKey().equals(key))
			.filter((t) -> this.tasks.getIdentityLinksForTask(t.getId())
				.stream()
				.anyMatch((link) -> group.equals(link.getGroupId())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + key + " for " + group + " on " + dossierCode + "; open: "
					+ open.stream().map(Task::getTaskDefinitionKey).distinct().toList()));
	}

	/** Completes the task as a user of {@code group}, as Tasklist would. */
	void complete(String dossierCode, String key, String group, Map<String, Object> form) {
		Task task = task(dossierCode, key, group);
		this.identity.setAuthentication(group.replace(':', '.'), List.of(group));
		try {
			this.tasks.complete(task.getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
		runAsyncSteps(dossierCode);
	}

	/**
	 * Runs the dossier's async continuations (the steps after an officer's task), as the
	 * job executor would; the test engines run without one.
	 */
	void runAsyncSteps(String dossierCode) {
		List<Job> pending;
		while (!(pending = asyncSteps(dossierCode)).isEmpty()) {
			pending.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	/** The dossier's async continuations that are due, in every instance it has. */
	List<Job> asyncSteps(String dossierCode) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(dossierCode)
			.list()
			.stream()
			.flatMap((instance) -> this.management.createJobQuery()
				.processInstanceId(instance.getId())
				.messages()
				.executable()
				.list()
				.stream())
			.toList();
	}

	/**
	 * Moves the clock to {@code instant} and fires every timer of the process due by
	 * then.
	 */
	int fireTimersUntil(String processInstanceId, Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
		int fired = 0;
		List<Job> due;
		while (!(due = this.management.createJobQuery()
			.processInstanceId(processInstanceId)
			.executable()
			.timers()
			.list()).isEmpty()) {
			for (Job job : due) {
				this.management.executeJob(job.getId());
				fired++;
			}
		}
		return fired;
	}

	List<Job> timers(String processInstanceId) {
		return this.management.createJobQuery().processInstanceId(processInstanceId).timers().list();
	}

}
