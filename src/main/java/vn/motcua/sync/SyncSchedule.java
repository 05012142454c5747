package vn.motcua.sync;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender every few seconds on every node while the synchronisation is on; the
 * claim on each row keeps nodes from sending it at once, so no cluster lock is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${motcua.national-sync.enabled:false} and ${motcua.national-sync.schedule.enabled:true}")
class SyncSchedule {

	private final SyncSender sender;

	SyncSchedule(SyncSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${motcua.national-sync.schedule.interval:PT5S}")
	void send() {
		this.sender.sendDue();
	}

}
