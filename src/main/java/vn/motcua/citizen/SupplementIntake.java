package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.security.EngineActions;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the papers a citizen sends online after a supplement request (Mẫu 02): stores
 * them, records the event and completes the waiting "Nhận hồ sơ bổ sung" task so the flow
 * goes on, all in one transaction.
 */
@Service
class SupplementIntake {

	static final List<String> WAITING_TASKS = List.of("receive-reception-supplement", "receive-agency-supplement");

	private static final Logger log = LoggerFactory.getLogger(SupplementIntake.class);

	private final TaskService tasks;

	private final EngineActions engine;

	private final DossierRegister register;

	private final DossierFiles files;

	private final Clock clock;

	SupplementIntake(TaskService tasks, EngineActions engine, DossierRegister register, DossierFiles files,
			Clock clock) {
		this.tasks = tasks;
		this.engine = engine;
		this.register = register;
		this.files = files;
		this.clock = clock;
	}

	@Transactional
	void supplement(Dossier dossier, List<Upload> uploads, String note) {
		if (dossier.status() != DossierStatus.CHO_BO_SUNG && dossier.status() != DossierStatus.TAM_DUNG) {
			throw notWaiting(dossier);
		}
		Task task = waitingTask(dossier.code());
		if (task == null) {
			throw notWaiting(dossier);
		}
		if (uploads.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "files-required", "citizen.supplement.files-required");
		}
		this.files.store(dossier.code(), DossierFiles.SUPPLEMENT, uploads);
		String text = "Nộp bổ sung trực tuyến " + uploads.size() + " tệp"
				+ ((note != null && !note.isBlank()) ? ": " + note.strip() : "");
		this.register.append(new DossierEvent(dossier.code(), OffsetDateTime.now(this.clock), "SUPPLEMENT_SUBMITTED",
				null, OnlineSubmission.ACTOR, dossier.receivingUnit(), task.getTaskDefinitionKey(), null, null,
				(text.length() > 2000) ? text.substring(0, 2000) : text, true));
		this.engine.asSystem(() -> {
			this.tasks.complete(task.getId(), Map.of("supplementReceived", true));
			return null;
		});
		log.info("Dossier {} supplemented online ({} files), task {} completed", dossier.code(), uploads.size(),
				task.getTaskDefinitionKey());
	}

	private Task waitingTask(String code) {
		List<Task> open = new ArrayList<>(this.engine.asSystem(() -> this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKeyIn(WAITING_TASKS.toArray(String[]::new))
			.list()));
		if (open.isEmpty()) {
			open.addAll(this.engine.asSystem(() -> this.tasks.createTaskQuery()
				.processVariableValueEquals("dossierCode", code)
				.taskDefinitionKeyIn(WAITING_TASKS.toArray(String[]::new))
				.list()));
		}
		return open.isEmpty() ? null : open.get(0);
	}

	private static ApiException notWaiting(Dossier dossier) {
		return new ApiException(HttpStatus.CONFLICT, "not-waiting-for-supplement", "citizen.supplement.not-waiting",
				dossier.code(), dossier.status().label());
	}

}
