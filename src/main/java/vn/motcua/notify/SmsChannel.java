package vn.motcua.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * SMS through whichever gateway is configured. Without one
 * ({@code motcua.notify.sms.url}, or the demo's {@code motcua.notify.sms.log}) the
 * channel is unavailable and SMS wait in the outbox, unsent.
 */
@Component
class SmsChannel implements NotificationChannel {

	private final ObjectProvider<SmsGateway> gateway;

	SmsChannel(ObjectProvider<SmsGateway> gateway) {
		this.gateway = gateway;
	}

	@Override
	public String name() {
		return "SMS";
	}

	@Override
	public boolean available() {
		return this.gateway.getIfAvailable() != null;
	}

	@Override
	public void send(String recipient, String subject, String body) throws Exception {
		this.gateway.getObject().send(recipient, body);
	}

	@Override
	public String sentStatus() {
		return this.gateway.getObject().sentStatus();
	}

}
