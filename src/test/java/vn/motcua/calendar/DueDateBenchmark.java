package vn.motcua.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Due-date computations per second on one thread (not a test; public only so that the
 * exec plugin can start it). Run:
 *
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.motcua.calendar.DueDateBenchmark
 * </pre>
 *
 * It warms up for ~10 s, then measures 5 rounds of ~2 s over receipt instants spread
 * across 2025–2027 (days, hours, cut-off and pauses mixed).
 */
public final class DueDateBenchmark {

	private DueDateBenchmark() {
	}

	public static void main(String[] args) {
		WorkingDayCalendar calendar = Calendars.shipped();
		long start = ZonedDateTime.parse("2025-01-01T00:00:00+07:00").toEpochSecond();
		Instant[] receipts = new Instant[4096];
		for (int i = 0; i < receipts.length; i++) {
			// spread over three years at odd minutes
			receipts[i] = Instant.ofEpochSecond(start + (i * 23_117L * 60) % (3L * 365 * 86_400));
		}
		DeadlineSpec[] specs = { DeadlineSpec.days(5), DeadlineSpec.days(15),
				DeadlineSpec.days(1).withCutoff(java.time.LocalTime.of(15, 0)), DeadlineSpec.hours(20),
				DeadlineSpec.onTheSameDay().withCutoff(java.time.LocalTime.of(15, 0)), DeadlineSpec.days(30) };
		long sink = 0;
		long warmUpEnd = System.nanoTime() + 10_000_000_000L;
		int n = 0;
		while (System.nanoTime() < warmUpEnd) {
			sink += calendar.dueAt(receipts[n & 4095], specs[n % specs.length]).toEpochSecond();
			n++;
		}
		for (int round = 1; round <= 5; round++) {
			long count = 0;
			long t0 = System.nanoTime();
			long end = t0 + 2_000_000_000L;
			while (System.nanoTime() < end) {
				for (int i = 0; i < 1024; i++) {
					sink += calendar.dueAt(receipts[i & 4095], specs[(int) (count % specs.length)]).toEpochSecond();
					count++;
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("round %d: %,.0f due dates/s%n", round, count / seconds);
		}
		System.out.println("(checksum " + sink + ")");
	}

}
