package vn.motcua.engine;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps FULL history but for the per-change variable details: a completed task
 * leaves its variables' last values, its operation log entry and its task history, and no
 * {@code ACT_HI_DETAIL} row.
 */
@ProcessTest
class HistoryLevelTest {

	@Autowired
	ProcessEngineConfiguration configuration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	HistoryService history;

	@Test
	void givenACompletedReception_whenHistoryIsRead_thenEverythingButVariableDetailsIsKept() {
		assertThat(((ProcessEngineConfigurationImpl) this.configuration).getHistoryLevel().getName())
			.isEqualTo("full-without-details");
		assertThat(((ProcessEngineConfigurationImpl) this.configuration).getAuthorizationCheckRevokes())
			.isEqualTo("always");
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		Dossier dossier = this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant("Lê Thị Hoa", "001080012345", null, null, null), null, null,
				"trung-tam.tiep-nhan");
		String instance = dossier.processInstanceId();
		Task reception = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		this.identity.setAuthentication("trung-tam.tiep-nhan", java.util.List.of("trung-tam:tiep-nhan"));
		try {
			this.tasks.complete(reception.getId(), Map.of("receptionDecision", "accept"));
		}
		finally {
			this.identity.clearAuthentication();
		}

		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("receptionDecision")
			.singleResult()
			.getValue()).isEqualTo("accept");
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(reception.getId()).finished().count()).isOne();
		assertThat(
				this.history.createUserOperationLogQuery().taskId(reception.getId()).operationType("Complete").count())
			.isOne();
		assertThat(this.history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("phan-cong").count())
			.isPositive();
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
	}

}
