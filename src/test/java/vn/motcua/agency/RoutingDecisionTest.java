package vn.motcua.agency;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing table {@code processes/dmn/phan-cong.dmn}, row by row, on a plain DMN
 * engine (no Spring, no process engine): each test names the rule it expects to match.
 * Reception does not depend on the administrative boundary (Nghị định 118/2025/NĐ-CP,
 * Điều 14 khoản 2), so the receiving unit and the resolving agency are separate.
 */
class RoutingDecisionTest {

	private static final String TABLE = "processes/dmn/phan-cong.dmn";

	private static final String AGENCIES = "processes/catalogue/agencies.yaml";

	private static final String PROCEDURES = "processes/catalogue/procedures.yaml";

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private static final String COMMUNE_OF_RESIDENCE = "rule-commune-of-residence";

	private static final String RECEIVING_COMMUNE = "rule-receiving-commune";

	private static final String COMMUNE_LEVEL_BY_CATALOGUE = "rule-commune-level-by-catalogue";

	private static final String PROVINCE_LEVEL = "rule-province-level";

	private static final String CENTRAL_AGENCY = "rule-central-agency";

	private final List<String> matchedRules = new ArrayList<>();

	private DmnEngine engine;

	private DmnDecision decision;

	@BeforeEach
	void parseTheTable() throws IOException {
		DmnDecisionTableEvaluationListener recordMatches = (event) -> event.getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.forEach(this.matchedRules::add);
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(recordMatches));
		this.engine = configuration.buildEngine();
		try (InputStream table = new ClassPathResource(TABLE).getInputStream()) {
			this.decision = this.engine.parseDecision("phan-cong", table);
		}
	}

	// rule-commune-of-residence

	@ParameterizedTest(name = "received at {0}")
	@ValueSource(strings = { "trung-tam", "phuong-kinh-bac", "xa-yen-phong" })
	@NullSource
	void givenCommuneLevelAndApplicantCommune_whenReceivedAnywhere_thenTheApplicantCommuneResolves(
			String receivingUnit) {
		Routing routing = route("xa", receivingUnit, "xa-tien-du", "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(COMMUNE_OF_RESIDENCE);
		assertThat(routing.agency()).isEqualTo("xa-tien-du");
		assertThat(routing.reason()).contains("nơi người nộp cư trú", "Điều 14 khoản 2");
	}

	@Test
	void givenCommuneLevelAndApplicantCommune_whenReceivedAtThatCommune_thenItResolvesItself() {
		Routing routing = route("xa", "xa-tien-du", "xa-tien-du", "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(COMMUNE_OF_RESIDENCE);
		assertThat(routing.agency()).isEqualTo("xa-tien-du");
	}

	// rule-receiving-commune

	@ParameterizedTest(name = "received at {0}")
	@ValueSource(strings = { "xa-yen-phong", "phuong-kinh-bac", "dac-khu-van-don" })
	void givenCommuneLevelWithoutApplicantCommune_whenReceivedAtACommune_thenThatCommuneResolves(String receivingUnit) {
		Routing routing = route("xa", receivingUnit, null, "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(RECEIVING_COMMUNE);
		assertThat(routing.agency()).isEqualTo(receivingUnit);
		assertThat(routing.reason()).contains("xã, phường tiếp nhận");
	}

	@Test
	void givenCommuneLevelWithBlankApplicantCommune_whenReceivedAtACommune_thenThatCommuneResolves() {
		Routing routing = route("xa", "xa-yen-phong", "", "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(RECEIVING_COMMUNE);
		assertThat(routing.agency()).isEqualTo("xa-yen-phong");
	}

	// rule-commune-level-by-catalogue

	@Test
	void givenCommuneLevelWithoutApplicantCommune_whenReceivedAtTheProvincialCenter_thenTheCatalogueAgencyResolves() {
		Routing routing = route("xa", "trung-tam", null, "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(COMMUNE_LEVEL_BY_CATALOGUE);
		assertThat(routing.agency()).isEqualTo("phuong-bac-giang");
		assertThat(routing.reason()).contains("theo danh mục");
	}

	@Test
	void givenCommuneLevelWithoutApplicantCommune_whenTheReceivingUnitIsUnknown_thenTheCatalogueAgencyResolves() {
		Routing routing = route("xa", null, null, "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(COMMUNE_LEVEL_BY_CATALOGUE);
		assertThat(routing.agency()).isEqualTo("phuong-bac-giang");
	}

	@Test
	void givenCommuneLevelWithoutApplicantCommune_whenAnAgencyCodeOnlyContainsXa_thenItIsNotTakenForACommune() {
		Routing routing = route("xa", "so-xay-dung", null, "phuong-bac-giang");

		assertThat(routing.rule()).isEqualTo(COMMUNE_LEVEL_BY_CATALOGUE);
		assertThat(routing.agency()).isEqualTo("phuong-bac-giang");
	}

	// rule-province-level

	@ParameterizedTest(name = "received at {0}, applicant in {1}")
	@CsvSource(nullValues = "null", textBlock = """
			trung-tam       | xa-tien-du
			phuong-kinh-bac | xa-tien-du
			xa-yen-phong    | null
			null            | null
			""", delimiter = '|')
	void givenProvinceLevel_whenReceivedAnywhere_thenTheCatalogueAgencyResolves(String receivingUnit,
			String applicantCommune) {
		Routing routing = route("tinh", receivingUnit, applicantCommune, "so-tu-phap");

		assertThat(routing.rule()).isEqualTo(PROVINCE_LEVEL);
		assertThat(routing.agency()).isEqualTo("so-tu-phap");
		assertThat(routing.reason()).contains("Thủ tục cấp tỉnh");
	}

	// rule-central-agency

	@ParameterizedTest(name = "received at {0}, applicant in {1}")
	@CsvSource(nullValues = "null", textBlock = """
			trung-tam       | xa-tien-du
			xa-yen-phong    | null
			""", delimiter = '|')
	void givenACentralAgencyStep_whenRouted_thenTheCatalogueAgencyResolves(String receivingUnit,
			String applicantCommune) {
		Routing routing = route("trung-uong", receivingUnit, applicantCommune, "cong-an-tinh");

		assertThat(routing.rule()).isEqualTo(CENTRAL_AGENCY);
		assertThat(routing.agency()).isEqualTo("cong-an-tinh");
		assertThat(routing.reason()).contains("ngành dọc");
	}

	// no rule: the caller must fail rather than guess

	@ParameterizedTest(name = "level {0}")
	@ValueSource(strings = { "trung_uong", "", "TINH" })
	@NullSource
	void givenAnUnknownLevel_whenRouted_thenNoRuleMatches(String level) {
		Routing routing = route(level, "trung-tam", "xa-tien-du", "so-tu-phap");

		assertThat(routing).isNull();
		assertThat(this.matchedRules).isEmpty();
	}

	@ParameterizedTest(name = "level {0}")
	@ValueSource(strings = { "tinh", "xa" })
	void givenNoCatalogueAgency_whenNoCommuneDecides_thenNoRuleMatches(String level) {
		Routing routing = route(level, "trung-tam", null, null);

		assertThat(routing).isNull();
	}

	@Test
	void givenNoInputsAtAll_whenRouted_thenNoRuleMatches() {
		Routing routing = route(null, null, null, null);

		assertThat(routing).isNull();
	}

	// the table against the shipped catalogue (read as plain YAML: Catalogue is the
	// catalog feature's own)

	@TestFactory
	Stream<DynamicTest> everyCommuneOfTheCatalogue_whenItReceivesWithoutApplicantCommune_thenItResolves()
			throws IOException {
		return agencies().entrySet()
			.stream()
			.filter((agency) -> agency.getValue().equals("xa"))
			.map(Map.Entry::getKey)
			.map((commune) -> DynamicTest.dynamicTest(commune, () -> {
				Routing routing = route("xa", commune, null, "catalogue-agency");
				assertThat(routing.rule()).isEqualTo(RECEIVING_COMMUNE);
				assertThat(routing.agency()).isEqualTo(commune);
			}));
	}

	@TestFactory
	Stream<DynamicTest> everyOtherAgencyOfTheCatalogue_whenItReceivesACommuneProcedure_thenTheCatalogueDecides()
			throws IOException {
		return agencies().entrySet()
			.stream()
			.filter((agency) -> !agency.getValue().equals("xa"))
			.map(Map.Entry::getKey)
			.map((unit) -> DynamicTest.dynamicTest(unit, () -> {
				Routing routing = route("xa", unit, null, "catalogue-agency");
				assertThat(routing.rule()).isEqualTo(COMMUNE_LEVEL_BY_CATALOGUE);
				assertThat(routing.agency()).isEqualTo("catalogue-agency");
			}));
	}

	@TestFactory
	Stream<DynamicTest> everyProcedureOfTheCatalogue_whenReceivedAtEachOfItsUnits_thenAKnownAgencyResolves()
			throws IOException {
		Map<String, String> kinds = agencies();
		JsonNode procedures = YAML.readTree(new ClassPathResource(PROCEDURES).getInputStream()).get("procedures");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode procedure : procedures) {
			String level = procedure.get("level").asText();
			String agency = procedure.get("agency").asText();
			for (JsonNode receivingUnit : procedure.get("receivingUnits")) {
				String unit = receivingUnit.asText();
				String expected = (level.equals("xa") && "xa".equals(kinds.get(unit))) ? unit : agency;
				tests.add(DynamicTest.dynamicTest(procedure.get("code").asText() + " at " + unit, () -> {
					Routing routing = route(level, unit, null, agency);
					assertThat(routing).as("a rule matches").isNotNull();
					assertThat(routing.agency()).isEqualTo(expected);
					assertThat(kinds).as("agencies.yaml").containsKey(routing.agency());
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyJointStepOfTheCatalogue_whenRoutedAtItsAgencysLevel_thenAKnownAgencyResolves()
			throws IOException {
		Map<String, String> levels = new LinkedHashMap<>();
		YAML.readTree(new ClassPathResource(AGENCIES).getInputStream())
			.get("agencies")
			.forEach((agency) -> levels.put(agency.get("code").asText(), agency.get("level").asText()));
		JsonNode procedures = YAML.readTree(new ClassPathResource(PROCEDURES).getInputStream()).get("procedures");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode procedure : procedures) {
			for (JsonNode step : procedure.path("steps")) {
				String agency = step.get("agency").asText();
				for (JsonNode receivingUnit : procedure.get("receivingUnits")) {
					tests.add(DynamicTest.dynamicTest(procedure.get("code").asText() + " step " + agency, () -> {
						Routing routing = route(levels.get(agency), receivingUnit.asText(), null, agency);
						assertThat(routing).as("a rule matches the step at %s", agency).isNotNull();
						assertThat(levels).containsKey(routing.agency());
					}));
				}
			}
		}
		assertThat(tests).as("liên thông steps in the catalogue").isNotEmpty();
		return tests.stream();
	}

	/**
	 * Agency code to kind ({@code trung-tam}, {@code so}, {@code xa}, {@code nganh-doc}).
	 */
	private static Map<String, String> agencies() throws IOException {
		Map<String, String> kinds = new LinkedHashMap<>();
		JsonNode agencies = YAML.readTree(new ClassPathResource(AGENCIES).getInputStream()).get("agencies");
		agencies.forEach((agency) -> kinds.put(agency.get("code").asText(), agency.get("kind").asText()));
		assertThat(kinds).as(AGENCIES).isNotEmpty();
		return kinds;
	}

	private Routing route(String level, String receivingUnit, String applicantCommune, String catalogueAgency) {
		this.matchedRules.clear();
		VariableMap inputs = Variables.createVariables()
			.putValue("level", level)
			.putValue("receivingUnit", receivingUnit)
			.putValue("applicantCommune", applicantCommune)
			.putValue("catalogueAgency", catalogueAgency);
		DmnDecisionResult result = this.engine.evaluateDecision(this.decision, inputs);
		if (result.isEmpty()) {
			return null;
		}
		assertThat(result).as("hit policy FIRST gives one row").hasSize(1);
		assertThat(this.matchedRules).as("matched rules").hasSize(1);
		Map<String, Object> row = result.getSingleResult().getEntryMap();
		return new Routing(this.matchedRules.get(0), (String) row.get("agency"), (String) row.get("reason"));
	}

	private record Routing(String rule, String agency, String reason) {
	}

}
