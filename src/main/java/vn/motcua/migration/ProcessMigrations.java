package vn.motcua.migration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import vn.motcua.migration.MigrationReport.Blocked;
import vn.motcua.migration.MigrationReport.Mapping;
import vn.motcua.migration.MigrationReport.Step;
import vn.motcua.migration.MigrationReport.Version;
import vn.motcua.web.ApiException;
import vn.motcua.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Moves running dossiers from one version of a process to another with Camunda's
 * migration: a plan that maps every step to the step of the same id in the target version
 * ({@code mapEqualActivities}, timers and other event triggers updated), checked before
 * anything moves. A dossier waiting at a step the target version no longer has cannot
 * move and is named with that step; the others move in a batch that the job executor
 * runs.
 */
@Service
class ProcessMigrations {

	static final String MIGRATION_BATCH = Batch.TYPE_PROCESS_INSTANCE_MIGRATION;

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final HistoryService history;

	private final Problems texts;

	ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
			HistoryService history, Problems texts) {
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
		this.history = history;
		this.texts = texts;
	}

	MigrationReport migrate(MigrationRequest request) {
		String key = request.processDefinitionKey();
		if (request.sourceVersion().equals(request.targetVersion())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "migration-same-version", "migration.same-version");
		}
		ProcessDefinition source = definition(key, request.sourceVersion());
		ProcessDefinition target = definition(key, request.targetVersion());
		MigrationPlan plan = plan(source, target);

		Set<String> mappedSources = plan.getInstructions()
			.stream()
			.map(MigrationInstruction::getSourceActivityId)
			.collect(Collectors.toSet());
		Map<String, String> names = stepNames(source);
		List<Step> unmapped = names.entrySet()
			.stream()
			.filter((step) -> !mappedSources.contains(step.getKey()))
			.map((step) -> new Step(step.getKey(), step.getValue()))
			.toList();

		List<String> movable = new ArrayList<>();
		List<Blocked> blocked = new ArrayList<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processDefinitionId(source.getId())
			.list()) {
			Set<String> waiting = waitingSteps(this.runtime.getActivityInstance(instance.getId()));
			List<Step> stranded = waiting.stream()
				.filter((step) -> !mappedSources.contains(step))
				.map((step) -> new Step(step, names.getOrDefault(step, step)))
				.toList();
			if (stranded.isEmpty()) {
				movable.add(instance.getId());
			}
			else {
				blocked.add(new Blocked(instance.getId(), instance.getBusinessKey(), stranded,
						this.texts.text("migration.instance-blocked",
								stranded.stream()
									.map((s) -> "'" + s.name() + "' (" + s.activityId() + ")")
									.collect(Collectors.joining(", ")),
								target.getVersion())));
			}
		}

		String batchId = null;
		String message;
		if (request.isDryRun()) {
			message = this.texts.text("migration.dry-run", movable.size(), movable.size() + blocked.size(),
					source.getVersion(), target.getVersion(), blocked.size());
		}
		else if (movable.isEmpty()) {
			message = this.texts.text("migration.nothing-to-move", source.getVersion(), target.getVersion(),
					blocked.size());
		}
		else {
			batchId = this.runtime.newMigration(plan).processInstanceIds(movable).executeAsync().getId();
			message = this.texts.text("migration.started", movable.size(), source.getVersion(), target.getVersion(),
					blocked.size());
		}
		return new MigrationReport(key, version(source), version(target), request.isDryRun(),
				plan.getInstructions()
					.stream()
					.map((i) -> new Mapping(i.getSourceActivityId(), i.getTargetActivityId()))
					.toList(),
				unmapped, movable.size() + blocked.size(), movable.size(), blocked, batchId, message);
	}

	MigrationBatch batch(String batchId) {
		Batch running = this.management.createBatchQuery().batchId(batchId).type(MIGRATION_BATCH).singleResult();
		if (running != null) {
			BatchStatistics statistics = this.management.createBatchStatisticsQuery().batchId(batchId).singleResult();
			int failed = statistics.getFailedJobs();
			return new MigrationBatch(batchId, (failed > 0) ? "CO_LOI" : "DANG_CHAY", statistics.getTotalJobs(),
					statistics.getRemainingJobs(), failed, time(statistics.getStartTime()), null,
					this.texts.text((failed > 0) ? "migration.batch-failing" : "migration.batch-running",
							statistics.getCompletedJobs(), statistics.getTotalJobs(), failed));
		}
		HistoricBatch done = this.history.createHistoricBatchQuery()
			.batchId(batchId)
			.type(MIGRATION_BATCH)
			.singleResult();
		if (done == null) {
			throw new ApiException(HttpStatus.NOT_FOUND, "migration-batch-not-found", "migration.batch-not-found",
					batchId);
		}
		return new MigrationBatch(batchId, "HOAN_THANH", done.getTotalJobs(), 0, 0, time(done.getStartTime()),
				time(done.getEndTime()), this.texts.text("migration.batch-done", done.getTotalJobs()));
	}

	private ProcessDefinition definition(String key, int version) {
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.processDefinitionVersion(version)
			.withoutTenantId()
			.singleResult();
		if (definition == null) {
			throw new ApiException(HttpStatus.NOT_FOUND, "process-version-not-found", "migration.version-not-found",
					key, version);
		}
		return definition;
	}

	/**
	 * The plan, or a 422 problem naming each step that cannot be mapped and why (the
	 * engine's reason, in English, after ours).
	 */
	private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
		try {
			return this.runtime.createMigrationPlan(source.getId(), target.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
		}
		catch (MigrationPlanValidationException ex) {
			Map<String, String> names = stepNames(source);
			List<Map<String, Object>> errors = new ArrayList<>();
			for (MigrationInstructionValidationReport report : ex.getValidationReport().getInstructionReports()) {
				String step = report.getMigrationInstruction().getSourceActivityId();
				errors.add(Map.of(
						"activityId", step, "name", names.getOrDefault(step, step), "message", this.texts
							.text("migration.step-invalid", names.getOrDefault(step, step), step, target.getVersion()),
						"engineMessages", report.getFailures()));
			}
			ApiException problem = new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "migration-plan-invalid",
					"migration.plan-invalid", source.getKey(), source.getVersion(), target.getVersion());
			problem.getBody().setProperty("errors", errors);
			throw problem;
		}
	}

	/** The steps a dossier may wait at, by id, with their names. */
	private Map<String, String> stepNames(ProcessDefinition definition) {
		Collection<FlowNode> nodes = this.repository.getBpmnModelInstance(definition.getId())
			.getModelElementsByType(FlowNode.class);
		return nodes.stream()
			.filter((node) -> node instanceof Activity || node instanceof IntermediateCatchEvent)
			.collect(Collectors.toMap(FlowNode::getId,
					(node) -> (node.getName() != null) ? node.getName() : node.getId(), (a, b) -> a,
					java.util.TreeMap::new));
	}

	/** Every step the instance is at: activities, scopes and pending async steps. */
	private static Set<String> waitingSteps(ActivityInstance root) {
		Set<String> steps = new LinkedHashSet<>();
		collect(root, steps, true);
		return steps;
	}

	private static void collect(ActivityInstance instance, Set<String> steps, boolean root) {
		if (!root) {
			steps.add(instance.getActivityId());
		}
		for (TransitionInstance transition : instance.getChildTransitionInstances()) {
			steps.add(transition.getActivityId());
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			collect(child, steps, false);
		}
	}

	private static Version version(ProcessDefinition definition) {
		return new Version(definition.getId(), definition.getVersion(), definition.getVersionTag());
	}

	private static java.time.OffsetDateTime time(Date date) {
		return (date != null) ? date.toInstant().atZone(VN).toOffsetDateTime() : null;
	}

}
