package vn.motcua.citizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter's buckets in one node's memory and its client keys: a full store
 * forgets new strangers, not a client that spent its bucket, and one IPv6 /64 network is
 * one client.
 */
class ClientBucketsTest {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MovableClock clock = new MovableClock(NOW);

	private final CitizenProperties.RateLimit limits = new CitizenProperties.RateLimit(true, 120, 5,
			Duration.ofMinutes(1), 100, List.of(), CitizenProperties.Store.LOCAL);

	@Test
	void givenASpentBucket_whenTheStoreFillsWithOtherClients_thenTheClientIsStillLimited() {
		ClientBuckets buckets = ClientBuckets.local(this.limits, this.clock);
		spend(buckets, "203.0.113.7");

		for (int i = 1; i < 100; i++) {
			assertThat(buckets.lookup("198.51.100." + i)).isZero();
		}

		assertThat(buckets.lookup("203.0.113.7")).as("not reset by a full store").isPositive();
	}

	@Test
	void givenASpentClientThatKeepsKnocking_whenAFloodOfAddressesOverflowsTheStore_thenItIsStillLimited() {
		ClientBuckets buckets = ClientBuckets.local(this.limits, this.clock);
		spend(buckets, "203.0.113.7");

		for (int i = 0; i < 1000; i++) {
			buckets.lookup("198.51." + (i / 250) + "." + (i % 250));
			if (i % 50 == 0) {
				assertThat(buckets.lookup("203.0.113.7")).isPositive();
			}
		}

		assertThat(buckets.lookup("203.0.113.7")).as("the least recently used go first").isPositive();
		assertThat(buckets.lookup("198.51.0.0")).as("a forgotten stranger starts afresh").isZero();
	}

	private static void spend(ClientBuckets buckets, String client) {
		for (int i = 0; i < 5; i++) {
			assertThat(buckets.lookup(client)).isZero();
		}
		assertThat(buckets.lookup(client)).isPositive();
	}

	@Test
	void givenASpentBucket_whenThePeriodPasses_thenTheClientMayLookUpAgain() {
		ClientBuckets buckets = ClientBuckets.local(this.limits, this.clock);
		for (int i = 0; i < 5; i++) {
			buckets.lookup("203.0.113.7");
		}
		long wait = buckets.lookup("203.0.113.7");
		assertThat(wait).isBetween(1L, 12L);
		assertThat(buckets.lookup("203.0.113.8")).as("another client").isZero();

		this.clock.advance(Duration.ofSeconds(wait));

		assertThat(buckets.lookup("203.0.113.7")).isZero();
	}

	@Test
	void givenTheLookupBucketSpent_whenOtherRequests_thenTheGeneralBucketIsSeparate() {
		ClientBuckets buckets = ClientBuckets.local(this.limits, this.clock);
		for (int i = 0; i < 6; i++) {
			buckets.lookup("203.0.113.7");
		}

		assertThat(buckets.request("203.0.113.7")).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "2001:db8:1:2::1, 2001:db8:1:2:ffff:eeee:dddd:cccc, true", "2001:db8:1:2::1, 2001:db8:1:3::1, false",
			"[2001:db8:1:2::1], 2001:0db8:0001:0002:0:0:0:9, true", "203.0.113.7, 203.0.113.7, true",
			"203.0.113.7, 203.0.113.8, false", "::ffff:203.0.113.7, 203.0.113.7, true" })
	void givenTwoAddresses_whenKeyed_thenOneIpv6NetworkIsOneClient(String first, String second, boolean same) {
		assertThat(ClientAddress.key(first).equals(ClientAddress.key(second))).isEqualTo(same);
	}

	@Test
	void givenAnIpv6Network_whenItsHostsLookUpInTurn_thenTheyShareOneBucket() {
		ClientBuckets buckets = ClientBuckets.local(this.limits, this.clock);
		for (int i = 0; i < 5; i++) {
			assertThat(buckets.lookup(ClientAddress.key("2001:db8:1:2::" + Integer.toHexString(i + 1)))).isZero();
		}

		assertThat(buckets.lookup(ClientAddress.key("2001:db8:1:2:abcd::99"))).isPositive();
	}

	@Test
	void givenAHostName_whenKeyed_thenNoDnsLookupAndItIsKeptApart() {
		assertThat(ClientAddress.key("example.invalid")).isEqualTo("other:example.invalid");
		assertThat(ClientAddress.key("2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:0/64");
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return VN;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
