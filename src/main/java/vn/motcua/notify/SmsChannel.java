package vn.motcua.notify;

import org.springframework.stereotype.Component;

/** SMS through whichever gateway is configured. */
@Component
class SmsChannel implements NotificationChannel {

	private final SmsGateway gateway;

	SmsChannel(SmsGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public String name() {
		return "SMS";
	}

	@Override
	public void send(String recipient, String subject, String body) throws Exception {
		this.gateway.send(recipient, body);
	}

}
