package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording of the lifecycle benchmark ({@code bench/run --profile}) and
 * prints where the CPU time of whole dossier lifecycles goes: the share of the execution
 * samples under {@code LifecycleBenchmark.dossierLifecycle} that pass through each of a
 * few telling methods. Not a test.
 */
public final class ProfileSummary {

	/** Methods worth naming, each with what it stands for. */
	private static final Map<String, String> PLACES = new java.util.LinkedHashMap<>();

	static {
		PLACES.put("org.camunda.bpm.engine.impl.TaskServiceImpl.complete", "completing user tasks (all of it)");
		PLACES.put("vn.motcua.dossier.DossierIntake.register", "registering a dossier and starting its process");
		PLACES.put("org.camunda.bpm.engine.impl.interceptor.CommandContext.flushSessions",
				"flushing engine writes to the database");
		PLACES.put("org.camunda.bpm.engine.impl.db.sql.DbSqlSession.selectList", "engine reads (MyBatis selects)");
		PLACES.put("org.apache.ibatis.mapping.MappedStatement.getBoundSql", "building dynamic SQL (MyBatis)");
		PLACES.put("org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker.checkTaskWork",
				"authorization check on completing a task");
		PLACES.put("vn.motcua.agency.Routing.route", "routing decision table (DMN)");
		PLACES.put("org.camunda.feel.FeelEngine.evaluate", "FEEL expressions of the decision table");
		PLACES.put("vn.motcua.dossier.HandOverListener.notify", "hand-over listener (due date, grants, register)");
		PLACES.put("vn.motcua.bench.LifecycleBenchmark.task", "the benchmark's own task look-ups");
		PLACES.put("org.postgresql.core.v3.QueryExecutorImpl.execute", "JDBC round trips (client side)");
	}

	private ProfileSummary() {
	}

	public static void main(String[] args) throws IOException {
		String root = "vn.motcua.bench.LifecycleBenchmark.dossierLifecycle";
		Map<String, Integer> hits = new HashMap<>();
		int samples = 0;
		int all = 0;
		double jvm = 0;
		double machine = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (event.getEventType().getName().equals("jdk.CPULoad") && event.getFloat("machineTotal") > 0.5) {
				// Seconds when the benchmark kept the machine busy: how much of it was
				// this JVM, the rest being PostgreSQL (and anything else running).
				jvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
				machine += event.getFloat("machineTotal");
			}
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			all++;
			Set<String> methods = new HashSet<>();
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			for (RecordedFrame frame : frames) {
				methods.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
			}
			if (!methods.contains(root)) {
				continue;
			}
			samples++;
			for (String place : PLACES.keySet()) {
				if (methods.contains(place)) {
					hits.merge(place, 1, Integer::sum);
				}
			}
		}
		System.out.printf("%d execution samples, %d of them in dossier lifecycles (client threads)%n", all, samples);
		System.out.printf("While the machine was busy, this JVM used %.0f %% of its CPU time%n",
				(machine > 0) ? 100 * jvm / machine : 0);
		System.out.println("| share of a lifecycle's CPU samples | where |");
		System.out.println("|---:|---|");
		for (Map.Entry<String, String> place : PLACES.entrySet()) {
			double share = (samples > 0) ? 100.0 * hits.getOrDefault(place.getKey(), 0) / samples : 0;
			System.out.printf("| %.1f %% | %s (`%s`) |%n", share, place.getValue(),
					place.getKey().substring(place.getKey().lastIndexOf('.', place.getKey().lastIndexOf('.') - 1) + 1));
		}
	}

}
