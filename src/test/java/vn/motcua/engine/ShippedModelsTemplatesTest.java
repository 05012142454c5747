package vn.motcua.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service task of the shipped models that calls one of our beans carries the
 * element template of that bean, at the template's current version, and its values are
 * values the template allows: a designer who opens it in Modeler sees the template's
 * fields filled as the flow runs, and "Update" never meets an unknown field. No Spring,
 * no engine: the models and the template file are read as XML and JSON.
 */
class ShippedModelsTemplatesTest {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	static Stream<Path> models() throws IOException {
		return Files.list(Path.of("processes", "bpmn")).filter((p) -> p.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void givenAShippedModel_whenItsServiceTasksCallBeans_thenEachCarriesItsTemplateWithAllowedValues(Path model)
			throws Exception {
		List<String> problems = new ArrayList<>();
		NodeList tasks = parse(model.toFile()).getElementsByTagNameNS(BPMN, "serviceTask");
		for (int i = 0; i < tasks.getLength(); i++) {
			Element task = (Element) tasks.item(i);
			String id = task.getAttribute("id");
			String delegate = task.getAttributeNS(CAMUNDA, "delegateExpression");
			String templateId = task.getAttributeNS(CAMUNDA, "modelerTemplate");
			if (templateId.isEmpty()) {
				problems.add(id + ": no camunda:modelerTemplate (delegate " + delegate + ")");
				continue;
			}
			JsonNode template = ElementTemplatesTest.template(templateId);
			if (!task.getAttributeNS(CAMUNDA, "modelerTemplateVersion").equals(template.path("version").asText())) {
				problems.add(id + ": template version " + task.getAttributeNS(CAMUNDA, "modelerTemplateVersion")
						+ ", the template is at " + template.path("version").asText());
			}
			problems.addAll(check(id, task, template));
		}
		assertThat(problems).as("service tasks of %s", model).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void givenAShippedModel_whenAnotherElementCarriesATemplateOrItsListener_thenTemplateVersionAndBindingsAgree(
			Path model) throws Exception {
		List<String> problems = new ArrayList<>();
		Map<String, String> listenerTemplates = listenerTemplates();
		NodeList elements = parse(model.toFile()).getElementsByTagNameNS(BPMN, "*");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			String id = element.getAttribute("id");
			String templateId = element.getAttributeNS(CAMUNDA, "modelerTemplate");
			for (Element listener : ownListeners(element)) {
				String wanted = listenerTemplates.get(listener.getAttribute("delegateExpression"));
				if (wanted != null && !wanted.equals(templateId)) {
					problems.add(id + ": listener " + listener.getAttribute("delegateExpression") + " without template "
							+ wanted);
				}
			}
			if (templateId.isEmpty() || element.getLocalName().equals("serviceTask")) {
				continue;
			}
			JsonNode template = ElementTemplatesTest.template(templateId);
			if (!element.getAttributeNS(CAMUNDA, "modelerTemplateVersion").equals(template.path("version").asText())) {
				problems.add(id + ": template version " + element.getAttributeNS(CAMUNDA, "modelerTemplateVersion")
						+ ", the template is at " + template.path("version").asText());
			}
			for (JsonNode property : template.path("properties")) {
				JsonNode binding = property.path("binding");
				String value = property.path("value").asText();
				boolean present = switch (binding.path("type").asText()) {
					case "property" -> value
						.equals(element.getAttributeNS(CAMUNDA, binding.path("name").asText().replace("camunda:", "")));
					case "camunda:executionListener" -> ownListeners(element).stream()
						.anyMatch((listener) -> value
							.equals(listener.getAttribute(binding.path("implementationType").asText("class")))
								&& binding.path("event").asText().equals(listener.getAttribute("event")));
					default -> throw new AssertionError("binding " + binding + " not checked yet");
				};
				if (!present) {
					problems.add(id + ": " + binding + " = " + value + " is missing");
				}
			}
		}
		assertThat(problems).as("templated elements of %s", model).isEmpty();
	}

	/** The delegate expression of each listener template, and the template's id. */
	private static Map<String, String> listenerTemplates() throws IOException {
		Map<String, String> found = new HashMap<>();
		for (JsonNode template : ElementTemplatesTest.templates().toList()) {
			for (JsonNode property : template.path("properties")) {
				if (property.path("binding").path("type").asText().equals("camunda:executionListener")) {
					found.put(property.path("value").asText(), template.path("id").asText());
				}
			}
		}
		return found;
	}

	private static List<Element> ownListeners(Element element) {
		List<Element> listeners = new ArrayList<>();
		for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if ("extensionElements".equals(child.getLocalName())) {
				NodeList nodes = ((Element) child).getElementsByTagNameNS(CAMUNDA, "executionListener");
				for (int i = 0; i < nodes.getLength(); i++) {
					if (nodes.item(i).getParentNode() == child) {
						listeners.add((Element) nodes.item(i));
					}
				}
			}
		}
		return listeners;
	}

	private static List<String> check(String id, Element task, JsonNode template) {
		List<String> problems = new ArrayList<>();
		Map<String, String> fields = children(task, "field", "name");
		Map<String, String> inputs = children(task, "inputParameter", "name");
		for (JsonNode property : template.path("properties")) {
			JsonNode binding = property.path("binding");
			String name = binding.path("name").asText();
			String value = switch (binding.path("type").asText()) {
				case "property" -> task.getAttributeNS(CAMUNDA, name.replace("camunda:", ""));
				case "camunda:field" -> fields.remove(name);
				case "camunda:inputParameter" -> inputs.remove(name);
				default -> throw new AssertionError("binding " + binding + " not checked yet");
			};
			String problem = TemplateValues.problem(property, value);
			if (problem != null) {
				problems.add(id + ": " + name + ": " + problem);
			}
		}
		fields.keySet().forEach((name) -> problems.add(id + ": field " + name + " is not in its template"));
		inputs.keySet().forEach((name) -> problems.add(id + ": input " + name + " is not in its template"));
		return problems;
	}

	/**
	 * The task's own fields or input parameters (not those of its listeners), by name.
	 */
	private static Map<String, String> children(Element task, String localName, String key) {
		Map<String, String> found = new HashMap<>();
		NodeList extensions = task.getElementsByTagNameNS(BPMN, "extensionElements");
		if (extensions.getLength() == 0) {
			return found;
		}
		Element own = (Element) extensions.item(0);
		NodeList nodes = own.getElementsByTagNameNS(CAMUNDA, localName);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			String parent = node.getParentNode().getLocalName();
			if (parent.equals("extensionElements") || parent.equals("inputOutput")) {
				found.put(node.getAttribute(key), node.getTextContent().trim());
			}
		}
		return found;
	}

	private static Document parse(File file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file);
	}

}
