package vn.motcua.agency;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.DossierSteps;

import org.springframework.stereotype.Component;

/**
 * The liên thông plan of a dossier as the {@code lien-thong} model reads it: its stages
 * in order, the steps of each stage (several run side by side when the catalogue marks
 * them {@code parallel}), and each step's agency and own due time. A designer changes the
 * plan in {@code procedures.yaml}; a dossier keeps the plan it was received under
 * ({@link DossierRules}), so an edit applies to new dossiers only.
 */
@Component("jointSteps")
public class JointSteps {

	private final DossierSteps dossiers;

	private final DossierRules rules;

	private final Catalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	JointSteps(DossierSteps dossiers, DossierRules rules, Catalogue catalogue, WorkingDayCalendar calendar,
			Clock clock) {
		this.dossiers = dossiers;
		this.rules = rules;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Stage numbers from 1, in order, of the dossier {@code execution} works on. */
	public List<Integer> stagesOf(DelegateExecution execution) {
		return stages(steps(execution));
	}

	/** Indexes (from 0) of the steps that run in {@code stage}. */
	public List<Integer> stepsInStageOf(DelegateExecution execution, int stage) {
		return stepsInStage(steps(execution), stage);
	}

	/**
	 * Stages of the catalogue's current plan: for instances of models deployed before
	 * dossiers kept their plan ({@code jointSteps.stages(procedureCode)}).
	 */
	public List<Integer> stages(String procedureCode) {
		return stages(procedure(procedureCode).steps());
	}

	/** Steps of a stage of the catalogue's current plan, as {@link #stages(String)}. */
	public List<Integer> stepsInStage(String procedureCode, int stage) {
		return stepsInStage(procedure(procedureCode).steps(), stage);
	}

	/** Step {@code index} of the plan {@code dossier} was received under. */
	Procedure.Step step(Dossier dossier, int index) {
		return this.rules.of(dossier).steps().get(index);
	}

	/**
	 * A step's own due time: its share of working days (at least one) counted from now,
	 * at the close of the day.
	 */
	Date due(Procedure.Step step) {
		int days = Math.max(1, (step.days() != null) ? step.days() : 0);
		ZonedDateTime due = this.calendar.dueAt(ZonedDateTime.now(this.clock), DeadlineSpec.days(days));
		return Date.from(due.toInstant());
	}

	private List<Procedure.Step> steps(DelegateExecution execution) {
		return this.rules.of(this.dossiers.dossier(execution)).steps();
	}

	private Procedure procedure(String code) {
		return this.catalogue.procedure(code)
			.orElseThrow(() -> new IllegalStateException("Procedure " + code + " is not in the catalogue"));
	}

	private static List<Integer> stages(List<Procedure.Step> steps) {
		int count = stageOfEachStep(steps).stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Integer> stages = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			stages.add(i);
		}
		return stages;
	}

	private static List<Integer> stepsInStage(List<Procedure.Step> plan, int stage) {
		List<Integer> stageOf = stageOfEachStep(plan);
		List<Integer> steps = new ArrayList<>();
		for (int i = 0; i < stageOf.size(); i++) {
			if (stageOf.get(i) == stage) {
				steps.add(i);
			}
		}
		return steps;
	}

	private static List<Integer> stageOfEachStep(List<Procedure.Step> steps) {
		List<Integer> stageOf = new ArrayList<>();
		int stage = 0;
		for (Procedure.Step step : steps) {
			if (!step.parallel() || stage == 0) {
				stage++;
			}
			stageOf.add(stage);
		}
		return stageOf;
	}

}
