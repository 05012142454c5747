package vn.motcua.engine;

import java.util.Map;

/**
 * Read-only values that a task form shows but that are no process variables: the
 * applicant, the papers, the time left. They come from the dossier register when the form
 * is opened, so personal data never enters the engine (Cockpit shows variables to
 * operators) and the time left is counted at that moment. Tasklist never sends them back:
 * only a form's keyed fields are submitted, and {@link OfficerWriteGuard} refuses any
 * other name.
 */
public interface TaskFormDisplay {

	/**
	 * @param dossierCode business key of the task's top-level process instance
	 * @param processInstanceId that instance's id, for checking it against the register
	 * @return text values by name, empty when the dossier is unknown
	 */
	Map<String, String> valuesFor(String dossierCode, String processInstanceId);

}
