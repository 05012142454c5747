package vn.motcua.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The demo's SMS, chosen explicitly with {@code motcua.notify.sms.log=true} (the
 * {@code demo} profile does): a log line, with the phone number masked and the text left
 * out (personal data). Its messages are marked {@code LOGGED} in the outbox, never
 * {@code SENT}: nobody received them.
 */
@Component
@ConditionalOnExpression("'${motcua.notify.sms.url:}'.isEmpty() and '${motcua.notify.sms.log:false}' == 'true'")
class LoggingSmsGateway implements SmsGateway {

	static final String LOGGED = "LOGGED";

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		String tail = (phone.length() > 3) ? phone.substring(phone.length() - 3) : "";
		log.info("SMS (demo, not sent) to ******{}: {} characters", tail, text.length());
	}

	@Override
	public String sentStatus() {
		return LOGGED;
	}

}
