package vn.motcua.notify;

/** The SMS port: a provider's HTTP API in production, a log line in the demo. */
interface SmsGateway {

	void send(String phone, String text) throws Exception;

}
