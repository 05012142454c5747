package vn.motcua.flow;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reception regardless of administrative boundary (Nghị định 118/2025/NĐ-CP, Điều 14
 * khoản 2): a commune-level dossier received at one commune is resolved by the
 * applicant's own commune, as the routing table decides.
 */
@ProcessTest
class RoutingFlowTest {

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenACommuneDossierReceivedElsewhere_whenAccepted_thenTheApplicantsCommuneAppraisesIt() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.level().equals("xa") && p.flow().equals("mot-cua") && !p.sameDay()
					&& p.receivingUnits().size() > 1)
			.findFirst()
			.orElseThrow();
		Agency receivedAt = this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow();
		String home = procedure.receivingUnits()
			.stream()
			.filter((unit) -> !unit.equals(receivedAt.code()) && !unit.equals(procedure.agency()))
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-02T09:00");

		Dossier dossier = this.intake.register(procedure, receivedAt, Channel.TRUC_TIEP,
				new Dossier.Applicant("Ngô Thị Lan", "001192033333", null, null, null), home, null, null,
				receivedAt.code() + ".tiep-nhan");

		assertThat(dossier.agency()).isEqualTo(home);
		FlowDriver flow = new FlowDriver(this.tasks, this.management, this.identity, this.runtime);
		flow.complete(dossier.code(), "receive-dossier", receivedAt.code() + ":tiep-nhan",
				Map.of("receptionDecision", "accept"));
		flow.task(dossier.code(), "appraise-dossier", home + ":chuyen-vien");
	}

}
