package vn.motcua.agency;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;

import org.springframework.stereotype.Component;

/**
 * The liên thông plan of a procedure as the {@code lien-thong} model reads it: its stages
 * in order, the steps of each stage (several run side by side when the catalogue marks
 * them {@code parallel}), and each step's agency and own due time. A designer changes the
 * plan in {@code procedures.yaml}.
 */
@Component("jointSteps")
public class JointSteps {

	private final Catalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	JointSteps(Catalogue catalogue, WorkingDayCalendar calendar, Clock clock) {
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Stage numbers from 1, in order. */
	public List<Integer> stages(String procedureCode) {
		int count = stageOfEachStep(procedure(procedureCode)).stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Integer> stages = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			stages.add(i);
		}
		return stages;
	}

	/** Indexes (from 0) of the steps that run in {@code stage}. */
	public List<Integer> stepsInStage(String procedureCode, int stage) {
		List<Integer> stageOf = stageOfEachStep(procedure(procedureCode));
		List<Integer> steps = new ArrayList<>();
		for (int i = 0; i < stageOf.size(); i++) {
			if (stageOf.get(i) == stage) {
				steps.add(i);
			}
		}
		return steps;
	}

	public String agency(String procedureCode, int stepIndex) {
		return step(procedureCode, stepIndex).agency();
	}

	/**
	 * The step's own due time: its share of working days counted from now, at the close
	 * of the day.
	 */
	public Date stepDue(String procedureCode, int stepIndex) {
		int days = Math.max(1, step(procedureCode, stepIndex).days());
		ZonedDateTime due = this.calendar.dueAt(ZonedDateTime.now(this.clock), DeadlineSpec.days(days));
		return Date.from(due.toInstant());
	}

	public int shareDays(String procedureCode, int stepIndex) {
		return step(procedureCode, stepIndex).days();
	}

	private Procedure.Step step(String procedureCode, int stepIndex) {
		return procedure(procedureCode).steps().get(stepIndex);
	}

	private Procedure procedure(String code) {
		return this.catalogue.procedure(code)
			.orElseThrow(() -> new IllegalStateException("Procedure " + code + " is not in the catalogue"));
	}

	private static List<Integer> stageOfEachStep(Procedure procedure) {
		List<Integer> stageOf = new ArrayList<>();
		int stage = 0;
		for (Procedure.Step step : procedure.steps()) {
			if (!step.parallel() || stage == 0) {
				stage++;
			}
			stageOf.add(stage);
		}
		return stageOf;
	}

}
