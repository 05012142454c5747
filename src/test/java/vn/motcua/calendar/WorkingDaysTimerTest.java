package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/**
 * A boundary timer reading {@code ${workingDays.after(startDate, days)}} fires at the
 * close of the right working day: the engine's clock is moved to just before and to the
 * due instant, and the timer job is run by the test (job executor off).
 */
class WorkingDaysTimerTest {

	/**
	 * Its own configuration file: a {@code camunda.cfg.xml} at the root of the test
	 * classpath would be picked up by the REST API and webapps of the Spring Boot tests
	 * as a second default engine.
	 */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("calendar/camunda-timer.cfg.xml")
		.build();

	ProcessEngine processEngine;

	@BeforeEach
	void registerTheCalendar() {
		this.processEngine = engine.getProcessEngine();
		init(this.processEngine);
		Mocks.register("workingDays", new WorkingDays(Calendars.shipped()));
	}

	@AfterEach
	void resetClockAndMocks() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	@Deployment(resources = "calendar/working-day-timer.bpmn")
	void givenAppraisalStartedJustBeforeTet_whenFiveWorkingDaysPass_thenTheTimerFiresTheTuesdayAfterTet() {
		ProcessInstance dossier = start("2026-02-10T09:00", 5);
		Date due = at("2026-02-24T17:00");
		org.assertj.core.api.Assertions.assertThat(job(dossier).getDuedate()).isEqualTo(due);
		assertTimerFiresExactlyAt(dossier, due);
	}

	@Test
	@Deployment(resources = "calendar/working-day-timer.bpmn")
	void givenAppraisalStartedBeforeAMakeUpSaturday_whenFiveWorkingDaysPass_thenTheTimerFiresOnThatSaturday() {
		// Tue 18 … Fri 21/8/2026, then the make-up Saturday 22/8 is the 5th working day.
		ProcessInstance dossier = start("2026-08-17T10:00", 5);
		Date due = at("2026-08-22T17:00");
		org.assertj.core.api.Assertions.assertThat(job(dossier).getDuedate()).isEqualTo(due);
		assertTimerFiresExactlyAt(dossier, due);
	}

	private ProcessInstance start(String localTime, int days) {
		ClockUtil.setCurrentTime(at(localTime));
		ProcessInstance dossier = runtimeService().startProcessInstanceByKey("working-day-timer",
				Map.of("startDate", at(localTime), "days", days));
		assertThat(dossier).isWaitingAt("appraise-dossier");
		return dossier;
	}

	private void assertTimerFiresExactlyAt(ProcessInstance dossier, Date due) {
		ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().executable().count()).isZero();
		ClockUtil.setCurrentTime(due);
		Job timer = managementService().createJobQuery().executable().singleResult();
		org.assertj.core.api.Assertions.assertThat(timer).isNotNull();
		execute(timer);
		assertThat(dossier).isEnded().hasPassed("appraisal-overdue").hasNotPassed("dossier-appraised");
	}

	private static Date at(String localTime) {
		return Date.from(LocalDateTime.parse(localTime).atZone(WorkingDayCalendar.VIETNAM).toInstant());
	}

}
