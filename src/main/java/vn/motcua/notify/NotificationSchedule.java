package vn.motcua.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender every few seconds on every node; the claim on each row keeps nodes from
 * sending it twice, so no cluster lock is needed. Off with
 * {@code motcua.notify.schedule.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.notify.schedule.enabled", matchIfMissing = true)
class NotificationSchedule {

	private final NotificationSender sender;

	NotificationSchedule(NotificationSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${motcua.notify.schedule.interval:PT5S}")
	void send() {
		this.sender.sendDue();
	}

}
