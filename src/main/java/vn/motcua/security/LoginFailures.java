package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Failed logins per client address, in a fixed period from the address's first failure.
 * In memory and per node: behind a load balancer that spreads requests, an address may
 * fail up to N times the limit on N nodes. A success resets nothing, for nobody.
 */
final class LoginFailures {

	private final int maxFailures;

	private final Duration period;

	private final Clock clock;

	private final Cache<String, Window> windows;

	LoginFailures(WebSecurityProperties.Login settings, Clock clock) {
		this.maxFailures = settings.maxFailures();
		this.period = settings.period();
		this.clock = clock;
		this.windows = Caffeine.newBuilder()
			.maximumSize(settings.maxAddresses())
			.ticker(() -> clock.millis() * 1_000_000L)
			.expireAfter(new PeriodFromFirstFailure(this.period))
			.build();
	}

	/**
	 * @return 0 when {@code address} may try to log in, else the seconds it must wait
	 */
	long retryAfter(String address) {
		Window window = this.windows.getIfPresent(address);
		if (window == null || window.failures() < this.maxFailures) {
			return 0;
		}
		Duration left = Duration.between(this.clock.instant(), window.started().plus(this.period));
		return Math.max(1, (left.toMillis() + 999) / 1000);
	}

	void failed(String address) {
		Instant now = this.clock.instant();
		this.windows.asMap()
			.merge(address, new Window(1, now), (old, one) -> new Window(old.failures() + 1, old.started()));
	}

	private record Window(int failures, Instant started) {

	}

	/** An address's failures are forgotten one period after its first. */
	private record PeriodFromFirstFailure(Duration period) implements Expiry<String, Window> {

		@Override
		public long expireAfterCreate(String address, Window window, long now) {
			return this.period.toNanos();
		}

		@Override
		public long expireAfterUpdate(String address, Window window, long now, long remaining) {
			return remaining;
		}

		@Override
		public long expireAfterRead(String address, Window window, long now, long remaining) {
			return remaining;
		}

	}

}
