package vn.motcua.flow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.catalog.Catalogue;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a process test of a whole flow needs: the engine's services, the catalogue, the
 * intake and the register, and a {@link FlowDriver}; the engine clock is reset after each
 * test.
 */
@ProcessTest
abstract class FlowTestSupport {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	FlowDriver flow;

	@BeforeEach
	void initFlow() {
		AbstractAssertions.init(this.engine);
		this.flow = new FlowDriver(this.tasks, this.management, this.identity, this.runtime);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}
