package vn.motcua.web;

/**
 * A copy of an exception for the log: the class names and stack frames of the exception
 * and its causes, without their messages. Messages of database and parser exceptions
 * quote the values sent (names, ID numbers), which must not reach the log.
 */
final class Redacted extends RuntimeException {

	private Redacted(Throwable original, Redacted cause) {
		super(original.getClass().getName(), cause, false, true);
		setStackTrace(original.getStackTrace());
	}

	static Redacted of(Throwable ex) {
		return copy(ex, 0);
	}

	private static Redacted copy(Throwable ex, int depth) {
		Throwable cause = ex.getCause();
		Redacted copiedCause = (cause != null && cause != ex && depth < 20) ? copy(cause, depth + 1) : null;
		return new Redacted(ex, copiedCause);
	}

	@Override
	public String toString() {
		return getMessage() + " (message withheld)";
	}

}
