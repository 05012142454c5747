package vn.motcua.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One problem type, one status: every {@code /problems/<slug>} written in the code comes
 * with the same HTTP status wherever it is raised, and the generic type of a status is
 * never used with another.
 */
class ProblemTypesTest {

	private static final Pattern RAISED = Pattern.compile("HttpStatus\\.([A-Z_]+),\\s*\"([a-z0-9-]+)\"",
			Pattern.MULTILINE);

	@Test
	void givenEveryProblemRaisedInTheCode_whenGroupedByType_thenEachTypeHasOneStatus() throws IOException {
		Map<String, Set<String>> statuses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher raised = RAISED.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (raised.find()) {
					statuses.computeIfAbsent(raised.group(2), (slug) -> new TreeSet<>()).add(raised.group(1));
				}
			}
		}

		assertThat(statuses).isNotEmpty().containsKeys("dossier-not-found", "validation-failed", "internal-error");
		assertThat(statuses).allSatisfy((slug, used) -> assertThat(used).as(slug).hasSize(1));
		statuses.forEach((slug, used) -> {
			int status = HttpStatus.valueOf(used.iterator().next()).value();
			for (int generic : new int[] { 400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503 }) {
				if (Problems.slugOf(generic).equals(slug)) {
					assertThat(status).as(slug).isEqualTo(generic);
				}
			}
		});
	}

}
