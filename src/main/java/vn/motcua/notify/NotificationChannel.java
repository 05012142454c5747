package vn.motcua.notify;

/**
 * A way to reach a citizen: e-mail or SMS. A failure is thrown; the sender retries later.
 */
interface NotificationChannel {

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

}
