package vn.motcua.engine;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History cleanup removes the engine's history of finished dossiers once their time to
 * live has passed, and never the dossier register, which reports and citizens keep
 * reading.
 */
@ProcessTest
class HistoryCleanupTest {

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenARefusedDossierOlderThanItsTimeToLive_whenCleanupRuns_thenEngineHistoryGoesAndTheRegisterStays() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z")));
		Dossier dossier = this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant("Bùi Văn Hùng", "001070099999", null, null, null), null, null,
				"trung-tam.tiep-nhan");
		String task = this.tasks.createTaskQuery()
			.processInstanceId(dossier.processInstanceId())
			.singleResult()
			.getId();
		this.tasks.complete(task, Map.of("receptionDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền"));
		assertThat(historicInstances(dossier)).isEqualTo(1);

		// Within the time to live nothing is removed.
		runCleanup(Date.from(java.time.Instant.parse("2027-03-02T02:00:00Z")));
		assertThat(historicInstances(dossier)).isEqualTo(1);

		// Past it (P1825D from the start, removal-time strategy "start"), the engine
		// history goes.
		runCleanup(Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z").plus(Duration.ofDays(1826))));
		assertThat(historicInstances(dossier)).isZero();
		assertThat(this.register.find(dossier.code())).isPresent();
		assertThat(this.register.events(dossier.code())).extracting((e) -> e.type()).contains("SUBMITTED", "REFUSED");
	}

	private long historicInstances(Dossier dossier) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(dossier.processInstanceId()).count();
	}

	private void runCleanup(Date now) {
		ClockUtil.setCurrentTime(now);
		Job job = this.history.cleanUpHistoryAsync(true);
		this.management.executeJob(job.getId());
	}

}
