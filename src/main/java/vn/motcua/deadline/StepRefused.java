package vn.motcua.deadline;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A business rule refuses what the officer chose in the task's form (a second supplement
 * request, a second re-appointment, a new date that is no working day): the completion is
 * undone, the task stays open, and the officer reads why. A form validation error, so the
 * REST API and Tasklist answer 400 with the message, never 500.
 */
class StepRefused extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	StepRefused(String message) {
		super(null, message);
	}

}
