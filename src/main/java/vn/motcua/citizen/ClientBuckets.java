package vn.motcua.citizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The token buckets of the public API's clients (Bucket4j): one per limit and client key,
 * refilled evenly over the period. Either in this node's memory, at most
 * {@code maxClients} of them with the least recently used forgotten first (one node on
 * H2), or in the {@code rate_limit_bucket} table, where every node of a cluster draws
 * from the same buckets (PostgreSQL, {@code SELECT … FOR UPDATE}).
 */
final class ClientBuckets {

	/** A full bucket is forgotten after this idle time on top of its refill. */
	private static final Duration KEEP_FULL = Duration.ofSeconds(10);

	private final Store store;

	private final BucketConfiguration requests;

	private final BucketConfiguration lookups;

	private ClientBuckets(Store store, CitizenProperties.RateLimit limits) {
		this.store = store;
		this.requests = configuration(limits.requests(), limits.period());
		this.lookups = configuration(limits.lookups(), limits.period());
	}

	/**
	 * Buckets in this node's memory, at most {@code maxClients} of them. Beyond that the
	 * least recently used client is forgotten: a client that keeps knocking stays
	 * remembered, and filling the store never resets everyone's limit at once.
	 */
	static ClientBuckets local(CitizenProperties.RateLimit limits, Clock clock) {
		return new ClientBuckets(new LocalStore(limits.maxClients(), meter(clock)), limits);
	}

	/** Buckets in the database table {@code rate_limit_bucket}, shared by all nodes. */
	static ClientBuckets shared(CitizenProperties.RateLimit limits, Clock clock, DataSource dataSource) {
		ProxyManager<String> proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(meter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL))
			.build();
		return new ClientBuckets(new SharedStore(proxies), limits);
	}

	/**
	 * Takes a request from {@code client}'s general bucket.
	 * @return 0 when allowed, else the seconds after which a token will be there
	 */
	long request(String client) {
		return take("requests:" + client, this.requests);
	}

	/**
	 * Takes a look-up (any request naming a dossier code) from {@code client}'s strict
	 * bucket.
	 * @return 0 when allowed, else the seconds after which a token will be there
	 */
	long lookup(String client) {
		return take("lookups:" + client, this.lookups);
	}

	/**
	 * Removes the database's buckets that have been full for a while (no-op in memory,
	 * where Caffeine expires them). Several nodes may run it at once: each skips the rows
	 * another has locked.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void removeExpired() {
		if (this.store instanceof SharedStore shared && shared.proxies() instanceof ExpiredEntriesCleaner cleaner) {
			while (cleaner.removeExpired(1000) == 1000) {
				// the next batch
			}
		}
	}

	private long take(String key, BucketConfiguration configuration) {
		ConsumptionProbe probe = this.store.take(key, configuration);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	private static BucketConfiguration configuration(int capacity, Duration period) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

	/** Bucket4j's time from the application's clock (tests fix it). */
	private static TimeMeter meter(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	private interface Store {

		ConsumptionProbe take(String key, BucketConfiguration configuration);

	}

	private record SharedStore(ProxyManager<String> proxies) implements Store {

		@Override
		public ConsumptionProbe take(String key, BucketConfiguration configuration) {
			return this.proxies.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
		}

	}

	/** Local buckets in a map kept in access order, bounded: least recently used out. */
	private static final class LocalStore implements Store {

		private final TimeMeter meter;

		private final Map<String, Bucket> buckets;

		LocalStore(int maxClients, TimeMeter meter) {
			this.meter = meter;
			this.buckets = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
					return size() > maxClients;
				}

			};
		}

		@Override
		public ConsumptionProbe take(String key, BucketConfiguration configuration) {
			Bucket bucket;
			synchronized (this.buckets) {
				bucket = this.buckets.computeIfAbsent(key,
						(k) -> Bucket.builder()
							.addLimit(configuration.getBandwidths()[0])
							.withCustomTimePrecision(this.meter)
							.build());
			}
			return bucket.tryConsumeAndReturnRemaining(1);
		}

	}

}
