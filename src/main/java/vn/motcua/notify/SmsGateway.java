package vn.motcua.notify;

/**
 * The SMS port: a provider's HTTP API in production, a log line in the demo when asked
 * for ({@code motcua.notify.sms.log=true}).
 */
interface SmsGateway {

	void send(String phone, String text) throws Exception;

	/**
	 * The outbox status of a message this gateway took: {@code SENT} when it reached a
	 * provider.
	 */
	default String sentStatus() {
		return NotificationChannel.SENT;
	}

}
