package vn.motcua.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of motcua in its own JVM, started from the packaged jar as
 * {@code docker/compose.yaml} runs it: the {@code postgres} and {@code demo} profiles on
 * the test database, on a free port.
 */
public final class AppNode implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppNode(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static AppNode start(String name) throws IOException {
		return start(name, List.of(), List.of());
	}

	/**
	 * Starts a node with extra JVM options (before {@code -jar}) and extra application
	 * arguments ({@code --property=value}, after the defaults, so they win).
	 */
	public static AppNode start(String name, List<String> jvmOptions, List<String> arguments) throws IOException {
		File jar = Files.list(Path.of("target"))
			.filter((p) -> p.getFileName().toString().matches("motcua-.*\\.jar"))
			.filter((p) -> !p.getFileName().toString().endsWith("-plain.jar"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Run after 'package': no target/motcua-*.jar"))
			.toFile();
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Path.of("target", "node-" + name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.getPath(), "--server.port=" + port, "--spring.profiles.active=postgres,demo",
				"--spring.datasource.url=" + PostgresDatabase.url(), "--spring.datasource.username=postgres",
				"--motcua.admin.user=admin", "--motcua.admin.password=" + PostgresTest.ADMIN_PASSWORD));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppNode(process, port, log);
	}

	/**
	 * Waits until the node answers its health check, or fails with the end of its log and
	 * stops the node (the caller has no handle to close yet: a node left running would be
	 * a third node on the test's database).
	 */
	public AppNode awaitReady(Duration timeout) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Node stopped: " + tail());
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			this.process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		String tail = tail();
		this.process.destroyForcibly();
		throw new IllegalStateException("Node not ready in " + timeout + ": " + tail);
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * Ends the JVM at once, as a crash or {@code kill -9} would (SIGKILL on Linux): no
	 * shutdown hook, no transaction finishes, no lock is released.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			throw new IllegalStateException("Node did not die");
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
