package vn.motcua.notify;

/**
 * A way to reach a citizen: e-mail or SMS. A failure is thrown; the sender retries later.
 */
interface NotificationChannel {

	/** The outbox status of a message delivered to its provider. */
	String SENT = "SENT";

	/** {@code EMAIL} or {@code SMS}, as stored in the outbox. */
	String name();

	void send(String recipient, String subject, String body) throws Exception;

	/**
	 * Whether the channel is configured; rows of an unavailable channel wait in the
	 * outbox.
	 */
	default boolean available() {
		return true;
	}

	/**
	 * The outbox status of a message this channel took: {@link #SENT}, or {@code LOGGED}
	 * for the demo's log-only SMS.
	 */
	default String sentStatus() {
		return SENT;
	}

}
