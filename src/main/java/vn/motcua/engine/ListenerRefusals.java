package vn.motcua.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A task listener that refuses a completion (a business rule on the form's values) throws
 * a form validation error; the engine wraps whatever a listener throws in a generic
 * exception, which the REST API and Tasklist answer with 500. This takes the refusal out
 * again, so they answer 400 with its message; the transaction is rolled back all the same
 * and the task stays open.
 */
final class ListenerRefusals extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return this.next.execute(command);
		}
		catch (RuntimeException ex) {
			FormFieldValidationException refusal = refusal(ex);
			throw (refusal != null && refusal != ex) ? refusal : ex;
		}
	}

	private static FormFieldValidationException refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof FormFieldValidationException refusal) {
				return refusal;
			}
		}
		return null;
	}

}
