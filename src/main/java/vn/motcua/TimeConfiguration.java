package vn.motcua;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application and the engine, in Vietnam's time zone. It reads the
 * engine's clock, so timers, the dossier register and the deadlines always agree, and a
 * process test that moves {@code ClockUtil} moves all of them.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return new EngineClock(VIETNAM);
	}

	/**
	 * A {@link Clock} over Camunda's {@link ClockUtil}, which is the system clock unless
	 * a test sets it.
	 */
	static final class EngineClock extends Clock {

		private final ZoneId zone;

		EngineClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new EngineClock(zone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

}
