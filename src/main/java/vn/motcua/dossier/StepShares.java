package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import vn.motcua.calendar.DeadlineSpec;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.catalog.Allowance;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.InternalStep;

import org.springframework.stereotype.Component;

/**
 * When an internal step is due: its start plus its own share of the committed time
 * ({@link Procedure#stepShares()}, as the dossier was received under it:
 * {@link DossierRules}) on the working-day calendar. A whole number of days is due at the
 * close of office hours of its last working day, like a procedure's deadline; any other
 * share is counted in working hours. The Phiếu kiểm soát (Mẫu 06), the record of agency
 * steps and Tasklist's due dates judge each step against it, not against the dossier's
 * appointment.
 */
@Component
public class StepShares {

	/** The user tasks of the models that are an internal step of their own. */
	private static final Map<String, InternalStep> TASKS = Map.of("appraise-dossier", InternalStep.APPRAISAL,
			"approve-dossier", InternalStep.APPROVAL, "collect-fee", InternalStep.RETURN, "return-result",
			InternalStep.RETURN);

	private final DossierRules rules;

	private final WorkingDayCalendar calendar;

	StepShares(DossierRules rules, WorkingDayCalendar calendar) {
		this.rules = rules;
		this.calendar = calendar;
	}

	/** The internal step a user task (by its id in the model) belongs to. */
	static Optional<InternalStep> ofTask(String taskDefinitionKey) {
		return Optional.ofNullable(TASKS.get(taskDefinitionKey));
	}

	/**
	 * When {@code steps}, done one after the other from {@code start}, are due; empty
	 * when the procedure gives one of them no share (the dossier's due time applies).
	 */
	public Optional<OffsetDateTime> due(Dossier dossier, OffsetDateTime start, InternalStep... steps) {
		Optional<Procedure.Shares> shares = this.rules.of(dossier).stepShares();
		if (shares.isEmpty() || steps.length == 0) {
			return Optional.empty();
		}
		Allowance total = null;
		for (InternalStep step : steps) {
			Allowance share = shares.get().of(step);
			if (share == null || share.wholeHours().isEmpty()) {
				return Optional.empty();
			}
			total = (total == null) ? share : total.plus(share);
		}
		int hours = total.wholeHours().orElseThrow();
		DeadlineSpec spec = total.wholeDays()
			.filter((days) -> days > 0)
			.map(DeadlineSpec::days)
			.orElseGet(() -> DeadlineSpec.hours(hours));
		return Optional.of(this.calendar.dueAt(start.toInstant(), spec).toOffsetDateTime());
	}

}
