package vn.motcua.citizen;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client: {@code capacity} requests at once, refilled evenly over
 * {@code period}. In memory, per node: a cluster of N nodes behind a load balancer lets a
 * client through up to N times the limit.
 */
final class TokenBuckets {

	private final int capacity;

	private final double tokensPerMilli;

	private final int maxClients;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	TokenBuckets(int capacity, Duration period, int maxClients, Clock clock) {
		this.capacity = capacity;
		this.tokensPerMilli = (double) capacity / Math.max(1, period.toMillis());
		this.maxClients = maxClients;
		this.clock = clock;
	}

	/**
	 * Takes a token for {@code client}.
	 * @return 0 when allowed, else the seconds after which a token will be there
	 */
	long take(String client) {
		long now = this.clock.millis();
		if (this.buckets.size() >= this.maxClients && !this.buckets.containsKey(client)) {
			forgetIdle(now);
		}
		Bucket bucket = this.buckets.computeIfAbsent(client, (key) -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			bucket.refill(now, this.capacity, this.tokensPerMilli);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / this.tokensPerMilli / 1000));
		}
	}

	private void forgetIdle(long now) {
		this.buckets.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				entry.getValue().refill(now, this.capacity, this.tokensPerMilli);
				return entry.getValue().tokens >= this.capacity;
			}
		});
		if (this.buckets.size() >= this.maxClients) {
			this.buckets.clear();
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
		}

		void refill(long now, int capacity, double perMilli) {
			if (now > this.updated) {
				this.tokens = Math.min(capacity, this.tokens + (now - this.updated) * perMilli);
				this.updated = now;
			}
		}

	}

}
