package vn.motcua.workspace;

import java.util.List;

import org.camunda.bpm.engine.TaskService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open tasks of a dossier that the officer may see (Camunda's authorizations decide),
 * so that the counter page can open the reception task in Tasklist with one click.
 */
@RestController
class OpenTaskController {

	private final OfficerDossiers dossiers;

	private final TaskService tasks;

	OpenTaskController(OfficerDossiers dossiers, TaskService tasks) {
		this.dossiers = dossiers;
		this.tasks = tasks;
	}

	@GetMapping("/api/dossiers/{code}/tasks")
	List<OpenTask> open(@PathVariable String code) {
		String dossierCode = this.dossiers.visible(code).code();
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(dossierCode)
			.active()
			.list()
			.stream()
			.map((task) -> new OpenTask(task.getId(), task.getName(),
					"/camunda/app/tasklist/default/#/?task=" + task.getId()))
			.toList();
	}

	/**
	 * @param id task id
	 * @param name task name
	 * @param url where Tasklist opens it
	 */
	record OpenTask(String id, String name, String url) {

	}

}
