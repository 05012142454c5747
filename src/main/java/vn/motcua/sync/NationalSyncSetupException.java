package vn.motcua.sync;

/** A synchronisation setting that stops start-up; the message is Vietnamese. */
class NationalSyncSetupException extends RuntimeException {

	NationalSyncSetupException(String message) {
		super(message);
	}

}
