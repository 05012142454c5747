package vn.motcua.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The demo's SMS: a log line, with the phone number masked and the text left out
 * (personal data).
 */
@Component
@ConditionalOnExpression("'${motcua.notify.sms.url:}'.isEmpty()")
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		String tail = (phone.length() > 3) ? phone.substring(phone.length() - 3) : "";
		log.info("SMS (demo, not sent) to ******{}: {} characters", tail, text.length());
	}

}
