package vn.motcua.engine;

import java.util.ArrayList;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;
import vn.motcua.dossier.HandOverListener;
import vn.motcua.workspace.ElectronicReturnGuard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one place where motcua changes engine defaults that have no {@code camunda.bpm.*}
 * property, and adds its indexes to engine tables ({@link EngineIndexes}).
 */
@Component
@EnableConfigurationProperties({ EngineSettings.class, ProcessesSettings.class })
class MotcuaEnginePlugin extends AbstractProcessEnginePlugin {

	/**
	 * Group ids carry the agency code and the role, e.g. {@code so-tu-phap:chuyen-vien};
	 * the default pattern allows letters and digits only.
	 */
	static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9]+([a-zA-Z0-9:._-]*[a-zA-Z0-9])?|camunda-admin";

	private final EngineSettings settings;

	private final ProcessesSettings processes;

	private final ObjectProvider<HandOverListener> handOver;

	private final ObjectProvider<TaskFormDisplay> formDisplay;

	private final ObjectProvider<ElectronicReturnGuard> electronicReturn;

	MotcuaEnginePlugin(EngineSettings settings, ProcessesSettings processes, ObjectProvider<HandOverListener> handOver,
			ObjectProvider<TaskFormDisplay> formDisplay, ObjectProvider<ElectronicReturnGuard> electronicReturn) {
		this.settings = settings;
		this.processes = processes;
		this.handOver = handOver;
		this.formDisplay = formDisplay;
		this.electronicReturn = electronicReturn;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl config) {
		// Ids that are unique across nodes without a shared id block table round trip.
		config.setIdGenerator(new StrongUuidGenerator());
		config.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
		// Variables that are not primitives are stored as JSON, readable in Cockpit,
		// never Java-serialized.
		config.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
		config.setJavaSerializationFormatEnabled(false);
		config.setEnforceHistoryTimeToLive(true);
		if (config.getCustomHistoryLevels() == null) {
			config.setCustomHistoryLevels(new ArrayList<>());
		}
		config.getCustomHistoryLevels().add(new RegisterHistoryLevel());
		config.setHistoryCleanupBatchWindowStartTime(this.settings.historyCleanupWindowStart());
		config.setHistoryCleanupBatchWindowEndTime(this.settings.historyCleanupWindowEnd());
		config.setHistoryCleanupBatchSize(this.settings.historyCleanupBatchSize());
		// The listener's beans need the engine, so it is looked up when a task fires, not
		// now.
		if (config.getCustomPostBPMNParseListeners() == null) {
			config.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		config.getCustomPostBPMNParseListeners()
			.add(new HandOverParseListener(new LazyTaskListener(this.handOver, true),
					new LazyTaskListener(this.electronicReturn, false)));
		guardOfficersWrites(config);
		continueAfterClicks(config);
		if (!this.processes.restDeployments()) {
			config.getCustomPostCommandInterceptorsTxRequired().add(new RestDeploymentGuard());
		}
		// The dossier as the task forms show it; the bean needs the engine, so it is
		// looked up when a form is opened (none without the register: variables only).
		TaskFormDisplay none = (dossierCode, processInstanceId) -> Map.of();
		config.getCustomPostCommandInterceptorsTxRequired()
			.add(new TaskFormDisplayInterceptor(() -> this.formDisplay.getIfAvailable(() -> none)));
		if (this.settings.continueAfterClick()) {
			// Innermost, so the guards above see and check the officer's own command.
			config.getCustomPostCommandInterceptorsTxRequired()
				.add(new ContinuationsAfterClick.InTheClicksTransaction(config));
		}
	}

	/**
	 * Candidates may claim and complete their tasks (TASK_WORK), not edit them or their
	 * variables (UPDATE); what they complete a task with is limited to its form's fields.
	 */
	private static void guardOfficersWrites(ProcessEngineConfigurationImpl config) {
		config.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
		if (config.getCustomPostCommandInterceptorsTxRequired() == null) {
			config.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
		}
		config.getCustomPostCommandInterceptorsTxRequired().add(new OfficerWriteGuard(new TaskFormFields()));
		config.getCustomPostCommandInterceptorsTxRequired().add(new ListenerRefusals());
	}

	/**
	 * The step behind an async boundary after an officer's click runs as soon as the
	 * click commits, in the officer's thread ({@link ContinuationsAfterClick}); switched
	 * off, the job executor finds it on its next acquisition.
	 */
	private void continueAfterClicks(ProcessEngineConfigurationImpl config) {
		if (!this.settings.continueAfterClick()) {
			return;
		}
		if (config.getCustomSessionFactories() == null) {
			config.setCustomSessionFactories(new ArrayList<>());
		}
		config.getCustomSessionFactories().add(new ClickJobManager.Factory());
		if (config.getCustomPreCommandInterceptorsTxRequired() == null) {
			config.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
		}
		config.getCustomPreCommandInterceptorsTxRequired().add(new ContinuationsAfterClick(config));
	}

	/**
	 * The job executor's lock owner starts with the node's host name (the engine's
	 * {@code hostname}, as in the job log): whoever reads {@code ACT_RU_JOB.LOCK_OWNER_}
	 * sees which node holds a job; the random part keeps two nodes of one host apart.
	 */
	@Override
	public void postInit(ProcessEngineConfigurationImpl config) {
		JobExecutor executor = config.getJobExecutor();
		if (executor != null && config.getHostname() != null
				&& !executor.getLockOwner().startsWith(config.getHostname() + "/")) {
			executor.setLockOwner(config.getHostname() + "/" + executor.getLockOwner());
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		EngineIndexes.create((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
		// Before anything starts a dossier: the folder's models, if they changed
		// (camunda.bpm.auto-deployment-enabled is off).
		new ProcessesDeployment(this.processes.location()).deploy(processEngine);
	}

	/**
	 * Defers the lookup of the Spring bean until the engine exists; an optional one (none
	 * without the register) does nothing when absent.
	 */
	private record LazyTaskListener(ObjectProvider<? extends TaskListener> bean,
			boolean required) implements TaskListener {

		@Override
		public void notify(DelegateTask task) {
			TaskListener listener = this.required ? this.bean.getObject() : this.bean.getIfAvailable();
			if (listener != null) {
				listener.notify(task);
			}
		}

	}

}
