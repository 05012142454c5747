package vn.motcua.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits and look-ups shared by the multi-node tests. */
final class ClusterChecks {

	private ClusterChecks() {
	}

	/**
	 * Polls {@code condition} every 50 ms until it holds, or fails after {@code timeout}.
	 */
	static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
		awaitTrue(timeout, () -> what, condition);
	}

	/** As above, {@code what} read when the wait fails. */
	static void awaitTrue(Duration timeout, Supplier<String> what, BooleanSupplier condition)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		Object pause = new Object();
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as(() -> "waiting for " + what.get()).isBefore(deadline);
			synchronized (pause) {
				pause.wait(50);
			}
		}
	}

	/** The first standard procedure received at the provincial center. */
	static String firstProcedure(int port) {
		String body = new TestHttp(port).get("/api/public/procedures").body();
		Matcher matcher = Pattern
			.compile(
					"\"code\":\"([^\"]+)\"[^{}]*?\"receivingUnits\":\\[[^\\]]*\"trung-tam\"[^{}]*?\"flow\":\"mot-cua\"")
			.matcher(body);
		assertThat(matcher.find()).as("a mot-cua procedure received at trung-tam").isTrue();
		return matcher.group(1);
	}

}
