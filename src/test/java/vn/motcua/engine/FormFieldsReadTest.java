package vn.motcua.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a Tasklist form is read by something: a model (a gateway condition, a
 * field or listener expression, a {@code confirm} property) or our Java code. A field
 * nothing reads is a question the officer answers for nothing.
 */
class FormFieldsReadTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|<!--.*?-->");

	static Stream<Path> forms() throws IOException {
		return Files.list(Path.of("processes", "forms")).filter((p) -> p.toString().endsWith(".form")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void givenAForm_whenItsFieldsAreListed_thenAModelOrTheCodeReadsEach(Path form) throws IOException {
		String readers = readers();
		List<String> unread = new ArrayList<>();
		for (String key : keys(JSON.readTree(form.toFile()))) {
			if (!Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(readers).find()) {
				unread.add(key);
			}
		}
		assertThat(unread).as("fields of %s that nothing reads", form.getFileName()).isEmpty();
	}

	private static List<String> keys(JsonNode node) {
		List<String> keys = new ArrayList<>();
		for (JsonNode component : node.path("components")) {
			if (component.hasNonNull("key") && !component.path("type").asText().equals("text")) {
				keys.add(component.path("key").asText());
			}
			keys.addAll(keys(component));
		}
		return keys;
	}

	/** The models and the main Java code, as one text. */
	private static String readers() throws IOException {
		StringBuilder text = new StringBuilder();
		for (Path root : List.of(Path.of("processes", "bpmn"), Path.of("src", "main", "java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					// Comments do not read anything.
					text.append(COMMENT.matcher(Files.readString(file)).replaceAll(" ")).append('\n');
				}
			}
		}
		return text.toString();
	}

}
