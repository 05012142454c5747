package vn.motcua.engine;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Modeler element templates in
 * {@code processes/.camunda/element-templates/motcua.json} name delegate beans and their
 * fields; a designer never types them. This test fails the build when a bean or one of
 * its injected fields is renamed without the template, or the other way round. The file
 * is read from the working copy: Maven keeps {@code .camunda/} off the classpath.
 */
@ProcessTest
class ElementTemplatesTest {

	private static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates", "motcua.json");

	private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)\\}");

	@Autowired
	ApplicationContext context;

	static Stream<JsonNode> templates() throws IOException {
		JsonNode all = new ObjectMapper().readTree(TEMPLATES.toFile());
		assertThat(all.isArray()).as("%s holds a list of templates", TEMPLATES).isTrue();
		return StreamSupport.stream(all.spliterator(), false);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplate_whenTheAppStarts_thenItsDelegateIsASpringBean(String id) throws IOException {
		JsonNode template = template(id);

		String bean = delegateBean(template);

		assertThat(this.context.containsBean(bean)).as("bean %s of template %s", bean, id).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplate_whenItSetsFields_thenTheDelegateHasAnExpressionFieldOfEachName(String id) throws IOException {
		JsonNode template = template(id);
		Class<?> type = ClassUtils.getUserClass(this.context.getType(delegateBean(template)));

		for (String field : fieldNames(template)) {
			Field declared = ReflectionUtils.findField(type, field);
			assertThat(declared).as("field %s of %s (template %s)", field, type.getSimpleName(), id).isNotNull();
			assertThat(declared.getType()).as("type of field %s of %s", field, type.getSimpleName())
				.isEqualTo(Expression.class);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplate_whenItSetsInputParameters_thenTheDelegateNamesEachInAConstant(String id) throws IOException {
		JsonNode template = template(id);
		Class<?> type = ClassUtils.getUserClass(this.context.getType(delegateBean(template)));

		for (JsonNode property : bindings(template, "camunda:inputParameter")) {
			String name = property.path("binding").path("name").asText();
			List<Object> constants = new ArrayList<>();
			ReflectionUtils.doWithFields(type, (f) -> {
				f.setAccessible(true);
				constants.add(f.get(null));
			}, (f) -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class);
			assertThat(constants).as("%s reads input parameter %s (template %s)", type.getSimpleName(), name, id)
				.contains(name);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplate_whenRead_thenItIsVersionedAndHidesTheGenericEntries(String id) throws IOException {
		JsonNode template = template(id);

		assertThat(template.path("$schema").asText())
			.isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
		assertThat(template.path("version").isInt()).as("version of %s", id).isTrue();
		// A template that adds a listener to a call activity or a user task leaves their
		// own entries (called process, variables, form, groups) to the designer; a
		// service task template hides everything but its fields.
		boolean listenerOnly = template.path("appliesTo").toString().matches(".*bpmn:(CallActivity|UserTask).*");
		assertThat(template.path("entriesVisible").asBoolean(true)).as("entriesVisible of %s", id)
			.isEqualTo(listenerOnly);
		assertThat(template.path("name").asText()).as("Vietnamese name of %s", id).isNotBlank();
		assertThat(template.path("description").asText()).as("description of %s", id).isNotBlank();
	}

	@Test
	void givenTheTemplates_whenRead_thenIdsAreOursAndUniquePerVersion() throws IOException {
		List<String> keys = templates().map((t) -> t.path("id").asText() + "@" + t.path("version").asText()).toList();

		assertThat(keys).isNotEmpty().doesNotHaveDuplicates().allMatch((key) -> key.startsWith("vn.motcua."));
	}

	@Test
	void givenTheRecordStepTemplate_whenTheStatusIsChosen_thenTheChoicesAreTheStoredStatusesOrKeep()
			throws IOException {
		JsonNode status = property(template("vn.motcua.record-step"), "status");

		List<String> values = new ArrayList<>();
		status.path("choices").forEach((choice) -> values.add(choice.path("value").asText()));

		List<String> expected = new ArrayList<>(List.of("GIU_NGUYEN"));
		Arrays.stream(DossierStatus.values()).map(DossierStatus::name).forEach(expected::add);
		assertThat(values).containsExactlyInAnyOrderElementsOf(expected);
		status.path("choices")
			.forEach((choice) -> assertThat(choice.path("name").asText()).as("label of %s", choice.path("value"))
				.isNotBlank());
	}

	@Test
	void givenTheRecordStepTemplate_whenItsNoteIsLeftEmpty_thenNoFieldIsWrittenForIt() throws IOException {
		// Modeler writes <camunda:string></camunda:string> for an empty field, which the
		// engine refuses: optional values go through input parameters instead.
		for (JsonNode template : templates().toList()) {
			for (JsonNode field : bindings(template, "camunda:field")) {
				assertThat(field.path("value").asText())
					.as("default of field %s of %s", field.path("binding").path("name"), template.path("id"))
					.isNotBlank();
			}
		}
	}

	static Stream<String> templateIds() throws IOException {
		return templates().map((t) -> t.path("id").asText());
	}

	static JsonNode template(String id) throws IOException {
		return templates().filter((t) -> t.path("id").asText().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no template " + id));
	}

	static String delegateBean(JsonNode template) {
		JsonNode delegate = StreamSupport.stream(template.path("properties").spliterator(), false)
			.filter((p) -> (p.path("binding").path("type").asText().equals("property")
					&& p.path("binding").path("name").asText().equals("camunda:delegateExpression"))
					|| (p.path("binding").path("type").asText().equals("camunda:executionListener")
							&& p.path("binding").path("implementationType").asText().equals("delegateExpression")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("template " + template.path("id") + " sets no delegateExpression"));
		Matcher bean = BEAN.matcher(delegate.path("value").asText());
		assertThat(bean.matches()).as("delegateExpression %s is ${beanName}", delegate.path("value")).isTrue();
		return bean.group(1);
	}

	static List<JsonNode> bindings(JsonNode template, String type) {
		return StreamSupport.stream(template.path("properties").spliterator(), false)
			.filter((p) -> p.path("binding").path("type").asText().equals(type))
			.toList();
	}

	private static List<String> fieldNames(JsonNode template) {
		return StreamSupport.stream(template.path("properties").spliterator(), false)
			.filter((p) -> p.path("binding").path("type").asText().equals("camunda:field"))
			.map((p) -> p.path("binding").path("name").asText())
			.toList();
	}

	private static JsonNode property(JsonNode template, String field) {
		return StreamSupport.stream(template.path("properties").spliterator(), false)
			.filter((p) -> p.path("binding").path("name").asText().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no field " + field));
	}

}
