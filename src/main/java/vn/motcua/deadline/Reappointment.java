package vn.motcua.deadline;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;

/**
 * The one re-appointment a dossier may have (Mẫu 04): a new due date with the reason,
 * recorded against the agency that caused the delay. The first appointment stays as it
 * was, so the dossier is still reported late.
 */
@Component
class Reappointment {

	private final DossierRegister register;

	private final DossierSteps steps;

	Reappointment(DossierRegister register, DossierSteps steps) {
		this.register = register;
		this.steps = steps;
	}

	void record(DelegateExecution execution, Dossier dossier, OffsetDateTime due, String reason, String agency) {
		DeadlineSteps.setDue(execution, due, dossier.apologyCount() + 1);
		// Mẫu 04 reads the reason and the new date back from this note.
		this.register.record(new DossierEvent(dossier.code(), this.steps.now(), "APOLOGY", null, this.steps.actor(),
				agency, execution.getCurrentActivityId(), due, null,
				"Xin lỗi vì chậm trễ: " + reason + ". Hẹn trả mới " + VietnameseTime.HOUR_AND_DAY.format(due), true),
				DossierChange.none().apologyCount(dossier.apologyCount() + 1).dueAt(due));
	}

}
