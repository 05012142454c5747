package vn.motcua.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.ProcessTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each element template applied to a fresh task the way Camunda Modeler applies it (every
 * binding written with the template's default value, an empty default as an empty
 * element), deployed to the real engine, and the record step run on a real dossier.
 */
@ProcessTest
class ElementTemplatesApplyTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	@Autowired
	JdbcTemplate jdbc;

	private Deployment deployment;

	@AfterEach
	void undeploy() {
		if (this.deployment != null) {
			this.repository.deleteDeployment(this.deployment.getId(), true);
		}
	}

	static Stream<String> templateIds() throws IOException {
		return ElementTemplatesTest.templateIds();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplateWithItsDefaults_whenAppliedAndDeployed_thenTheEngineAcceptsTheModel(String id)
			throws IOException {
		JsonNode template = ElementTemplatesTest.template(id);

		this.deployment = deploy(modelAsModelerApplies(template));

		assertThat(this.repository.createProcessDefinitionQuery().deploymentId(this.deployment.getId()).count())
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templateIds")
	void givenATemplate_whenItsDefaultsAreChecked_thenEachSatisfiesItsOwnConstraints(String id) throws IOException {
		for (JsonNode property : ElementTemplatesTest.template(id).path("properties")) {
			assertThat(TemplateValues.problem(property, property.path("value").asText()))
				.as("default of %s in %s", property.path("binding"), id)
				.isNull();
		}
	}

	@Test
	void givenAnEmptyFieldAsOldTemplatesWroteIt_whenDeployed_thenTheEngineRefusesIt() {
		// What the record-step template used to write for "Giữ nguyên trạng thái": the
		// check above would pass for nothing if the engine took this.
		String xml = model("<bpmn:serviceTask id=\"step\" camunda:delegateExpression=\"${recordStep}\">"
				+ "<bpmn:extensionElements><camunda:field name=\"status\"><camunda:string></camunda:string>"
				+ "</camunda:field><camunda:field name=\"event\" /></bpmn:extensionElements>");

		assertThatThrownBy(() -> this.deployment = deploy(xml)).isInstanceOf(ParseException.class);
	}

	@Test
	void givenTheRecordStepTemplateWithItsDefaults_whenRun_thenItRecordsAStepAndKeepsTheStatus() throws IOException {
		this.deployment = deploy(modelAsModelerApplies(ElementTemplatesTest.template("vn.motcua.record-step")));
		Dossier dossier = registeredDossierFor("template-check");

		this.runtime.startProcessInstanceByKey("template-check", dossier.code(), Map.of());

		assertThat(this.register.get(dossier.code()).status()).isEqualTo(DossierStatus.CHO_TIEP_NHAN);
		assertThat(this.register.events(dossier.code())).filteredOn((e) -> "applied".equals(e.step()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.type()).isEqualTo("STEP");
				assertThat(e.status()).isNull();
				assertThat(e.note()).isNull();
			});
	}

	@Test
	void givenTheRecordStepTemplateWithANoteAndAStatus_whenRun_thenBothAreRecorded() throws IOException {
		JsonNode template = ElementTemplatesTest.template("vn.motcua.record-step");
		this.deployment = deploy(modelAsModelerApplies(template,
				Map.of("status", "DUNG_XU_LY", "event", "STOPPED", "stepNote", "${reason}")));
		Dossier dossier = registeredDossierFor("template-check");

		this.runtime.startProcessInstanceByKey("template-check", dossier.code(),
				Map.of("reason", "Không đủ điều kiện"));

		assertThat(this.register.get(dossier.code()).status()).isEqualTo(DossierStatus.DUNG_XU_LY);
		assertThat(this.register.events(dossier.code())).filteredOn((e) -> "applied".equals(e.step()))
			.singleElement()
			.satisfies((e) -> assertThat(e.note()).isEqualTo("Không đủ điều kiện"));
	}

	/** A dossier of the register whose flow is the instance about to start. */
	private Dossier registeredDossierFor(String key) {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua"))
			.findFirst()
			.orElseThrow();
		Dossier dossier = this.intake.register(procedure,
				this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null, null,
				"trung-tam.tiep-nhan");
		ProcessInstance started = this.runtime.createProcessInstanceQuery()
			.processInstanceId(dossier.processInstanceId())
			.singleResult();
		this.runtime.deleteProcessInstance(started.getId(), "template check");
		this.jdbc.update("update dossier set process_instance_id = null where code = ?", dossier.code());
		return dossier;
	}

	private Deployment deploy(String xml) {
		return this.repository.createDeployment().name("template-check").addString("template-check.bpmn", xml).deploy();
	}

	static String modelAsModelerApplies(JsonNode template) {
		return modelAsModelerApplies(template, Map.of());
	}

	/**
	 * The XML Modeler writes when a designer applies the template to a plain task (or,
	 * for a call activity template, to a call activity) and changes the given values.
	 */
	static String modelAsModelerApplies(JsonNode template, Map<String, String> changed) {
		boolean callActivity = template.path("appliesTo").toString().contains("bpmn:CallActivity");
		boolean userTask = template.path("appliesTo").toString().contains("bpmn:UserTask");
		String tag = callActivity ? "bpmn:callActivity" : userTask ? "bpmn:userTask" : "bpmn:serviceTask";
		StringBuilder attributes = new StringBuilder(" camunda:modelerTemplate=\"" + template.path("id").asText()
				+ "\" camunda:modelerTemplateVersion=\"" + template.path("version").asInt() + "\"");
		if (callActivity) {
			attributes.append(" calledElement=\"xu-ly-co-quan\"");
		}
		StringBuilder fields = new StringBuilder();
		StringBuilder inputs = new StringBuilder();
		StringBuilder listeners = new StringBuilder();
		for (JsonNode property : template.path("properties")) {
			JsonNode binding = property.path("binding");
			String name = binding.path("name").asText();
			String value = changed.getOrDefault(name, property.has("value") ? property.path("value").asText() : null);
			String text = (value == null) ? null : HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
			switch (binding.path("type").asText()) {
				case "property" -> attributes.append(' ').append(name).append("=\"").append(text).append('"');
				case "camunda:field" -> {
					String child = binding.path("expression").asBoolean() ? "camunda:expression" : "camunda:string";
					fields.append("<camunda:field name=\"").append(name).append('"');
					fields.append(
							(text == null) ? " />" : ("><" + child + ">" + text + "</" + child + "></camunda:field>"));
				}
				case "camunda:inputParameter" -> inputs.append("<camunda:inputParameter name=\"")
					.append(name)
					.append("\">")
					.append((text == null) ? "" : text)
					.append("</camunda:inputParameter>");
				case "camunda:executionListener" -> listeners.append("<camunda:executionListener ")
					.append(binding.path("implementationType").asText("class"))
					.append("=\"")
					.append(text)
					.append("\" event=\"")
					.append(binding.path("event").asText())
					.append("\" />");
				default -> throw new AssertionError("binding " + binding + " is not applied by this test yet");
			}
		}
		String extensions = listeners + fields.toString()
				+ (inputs.isEmpty() ? "" : "<camunda:inputOutput>" + inputs + "</camunda:inputOutput>");
		return model("<" + tag + " id=\"applied\" name=\"" + template.path("name").asText() + "\"" + attributes + ">"
				+ (extensions.isEmpty() ? "" : "<bpmn:extensionElements>" + extensions + "</bpmn:extensionElements>"))
			.replace("</bpmn:serviceTask>", "</" + tag + ">");
	}

	/** A process start → the element (opened by {@code elementStart}) → end. */
	private static String model(String elementStart) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="template-check-definitions"
				    targetNamespace="http://motcua.vn/test">
				  <bpmn:process id="template-check" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="start"><bpmn:outgoing>to-step</bpmn:outgoing></bpmn:startEvent>
				    <bpmn:sequenceFlow id="to-step" sourceRef="start" targetRef="%1$s" />
				    %2$s<bpmn:incoming>to-step</bpmn:incoming><bpmn:outgoing>to-end</bpmn:outgoing></bpmn:serviceTask>
				    <bpmn:sequenceFlow id="to-end" sourceRef="%1$s" targetRef="end" />
				    <bpmn:endEvent id="end"><bpmn:incoming>to-end</bpmn:incoming></bpmn:endEvent>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(elementStart.contains("id=\"applied\"") ? "applied" : "step", elementStart);
	}

}
