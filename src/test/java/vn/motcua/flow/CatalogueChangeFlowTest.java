package vn.motcua.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.CatalogueException;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A designer edits {@code procedures.yaml} and restarts while dossiers are in flight: the
 * whole application, twice on one H2 file database, the second time with the edited
 * catalogue. A received dossier keeps the rule it was received under; a procedure that
 * still has open dossiers cannot leave the catalogue.
 */
class CatalogueChangeFlowTest {

	/**
	 * Sở Tư pháp, standard flow, seven committed working days in the shipped catalogue.
	 */
	static final String PROCEDURE = "1.001877.000.00.00.H27";

	/**
	 * Land registration, liên thông: the land office 2 days, the tax office 3, the land
	 * office 2.
	 */
	static final String JOINT = "1.013831.000.00.00.H27";

	static final String RECEPTION = "trung-tam:tiep-nhan";

	@TempDir
	Path dir;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenADossierReceivedUnderSevenDays_whenTheCatalogueSaysThreeBeforeAcceptance_thenItsDateStillCountsSeven()
			throws IOException {
		FlowDriver.at("2026-03-09T09:00"); // Monday
		String received;
		try (ConfigurableApplicationContext shipped = start(null)) {
			assertThat(procedure(shipped).committedDays()).isEqualTo(7);
			received = register(shipped);
		}
		// A designer shortening the time also drops the internal split that no longer
		// fits.
		Path edited = catalogue((entry) -> entry.replace("committedDays: 7", "committedDays: 3")
			.replaceAll("(?s)\n    shares:.*$", "\n"));

		try (ConfigurableApplicationContext changed = start(edited)) {
			assertThat(procedure(changed).committedDays()).isEqualTo(3);
			String later = register(changed);
			FlowDriver.at("2026-03-10T09:00"); // Tuesday: day 1 is Wednesday 11/3
			accept(changed, received);
			accept(changed, later);

			DossierRegister register = changed.getBean(DossierRegister.class);
			// Received under seven days: 11, 12, 13, 16, 17, 18, 19/3.
			assertThat(register.get(received).dueAt()).isAtSameInstantAs(at("2026-03-19T17:00"));
			// Received after the edit: three days, 11, 12, 13/3.
			assertThat(register.get(later).dueAt()).isAtSameInstantAs(at("2026-03-13T17:00"));
		}
	}

	@Test
	void givenDossiersReceivedBeforeAShareAndAJointStepEdit_whenWorkedAfterTheRestart_thenTheyKeepTheirPlan()
			throws IOException {
		FlowDriver.at("2026-03-09T09:00"); // Monday
		String standardBefore;
		String jointBefore;
		try (ConfigurableApplicationContext shipped = start(null)) {
			standardBefore = register(shipped);
			jointBefore = register(shipped, JOINT);
		}
		// Appraisal 4 -> 2 days (approval takes the rest: still 52 hours); the tax office
		// now comes first.
		Path edited = catalogue(Map.of(PROCEDURE,
				(entry) -> entry.replace("appraisal: 4 ngày", "appraisal: 2 ngày")
					.replace("approval: 1,5 ngày làm việc", "approval: 3,5 ngày làm việc"),
				JOINT,
				(entry) -> entry.replace(
						"- { agency: so-nong-nghiep-moi-truong, days: 2 }\n      - { agency: thue-tinh, days: 3 }",
						"- { agency: thue-tinh, days: 3 }\n      - { agency: so-nong-nghiep-moi-truong, days: 2 }")));

		try (ConfigurableApplicationContext changed = start(edited)) {
			String standardAfter = register(changed);
			String jointAfter = register(changed, JOINT);
			FlowDriver.at("2026-03-10T09:00"); // Tuesday
			for (String code : List.of(standardBefore, standardAfter, jointBefore, jointAfter)) {
				accept(changed, code);
			}
			FlowDriver driver = driver(changed);

			// The appraisal's own share, counted from the hand-over on Tuesday 9:00:
			// four working days under the shipped entry (Wed 11 .. Mon 16/3), two under
			// the edited one (Wed 11, Thu 12/3).
			assertThat(driver.task(standardBefore, "appraise-dossier", "so-tu-phap:chuyen-vien").getDueDate())
				.isEqualTo(Date.from(at("2026-03-16T17:00").toInstant()));
			assertThat(driver.task(standardAfter, "appraise-dossier", "so-tu-phap:chuyen-vien").getDueDate())
				.isEqualTo(Date.from(at("2026-03-12T17:00").toInstant()));

			// The first liên thông step: the land office for the dossier received before
			// the edit (its 2 days), the tax office for the one received after (3 days).
			assertThat(
					driver.task(jointBefore, "appraise-dossier", "so-nong-nghiep-moi-truong:chuyen-vien").getDueDate())
				.isEqualTo(Date.from(at("2026-03-12T17:00").toInstant()));
			assertThat(driver.task(jointAfter, "appraise-dossier", "thue-tinh:chuyen-vien").getDueDate())
				.isEqualTo(Date.from(at("2026-03-13T17:00").toInstant()));
		}
	}

	@Test
	void givenTwoOpenDossiersAndARefusedOne_whenTheirProcedureLeavesTheCatalogue_thenStartUpIsRefused()
			throws IOException {
		FlowDriver.at("2026-03-09T09:00");
		try (ConfigurableApplicationContext shipped = start(null)) {
			register(shipped);
			accept(shipped, register(shipped));
			String refused = register(shipped);
			driver(shipped).complete(refused, "receive-dossier", RECEPTION,
					Map.of("receptionDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền"));
			assertThat(shipped.getBean(DossierRegister.class).get(refused).status()).isEqualTo(DossierStatus.TU_CHOI);
		}
		Path removed = catalogue((entry) -> "");

		assertThatThrownBy(() -> start(removed).close()).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("thiếu thủ tục còn hồ sơ đang giải quyết: " + PROCEDURE + " (2 hồ sơ).")
			.hasMessageContaining("Giữ thủ tục trong processes/catalogue/procedures.yaml");
	}

	private ConfigurableApplicationContext start(Path procedures) {
		// Without Camunda's web apps: their filters keep the application context in a
		// static
		// field, which a refused start would leave to the next start in this JVM.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.webapp.enabled=false",
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("motcua") + ";DB_CLOSE_ON_EXIT=FALSE"));
		if (procedures != null) {
			args.add("--motcua.catalogue.procedures=file:" + procedures);
		}
		return new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
	}

	/** The shipped catalogue with {@link #PROCEDURE}'s entry rewritten. */
	private Path catalogue(UnaryOperator<String> entry) throws IOException {
		return catalogue(Map.of(PROCEDURE, entry));
	}

	/** The shipped catalogue with the entries of the given procedures rewritten. */
	private Path catalogue(Map<String, UnaryOperator<String>> entries) throws IOException {
		String shipped = new ClassPathResource("processes/catalogue/procedures.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		String edited = shipped;
		for (Map.Entry<String, UnaryOperator<String>> entry : entries.entrySet()) {
			int start = edited.indexOf("  - code: " + entry.getKey());
			int end = edited.indexOf("  - code:", start + 1);
			String before = edited.substring(start, end);
			String after = entry.getValue().apply(before);
			assertThat(after).as(entry.getKey()).isNotEqualTo(before);
			edited = edited.substring(0, start) + after + edited.substring(end);
		}
		return Files.writeString(this.dir.resolve("procedures.yaml"), edited);
	}

	private static Procedure procedure(ConfigurableApplicationContext context) {
		return procedure(context, PROCEDURE);
	}

	private static Procedure procedure(ConfigurableApplicationContext context, String code) {
		return context.getBean(Catalogue.class).procedure(code).orElseThrow();
	}

	private static String register(ConfigurableApplicationContext context) {
		return register(context, PROCEDURE);
	}

	private static String register(ConfigurableApplicationContext context, String procedure) {
		Catalogue catalogue = context.getBean(Catalogue.class);
		Dossier dossier = context.getBean(DossierIntake.class)
			.register(procedure(context, procedure), catalogue.agency("trung-tam").orElseThrow(), Channel.TRUC_TIEP,
					new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, null), null, null,
					"trung-tam.tiep-nhan");
		return dossier.code();
	}

	private static void accept(ConfigurableApplicationContext context, String code) {
		driver(context).complete(code, "receive-dossier", RECEPTION, Map.of("receptionDecision", "accept"));
	}

	private static FlowDriver driver(ConfigurableApplicationContext context) {
		return new FlowDriver(context.getBean(TaskService.class), context.getBean(ManagementService.class),
				context.getBean(IdentityService.class), context.getBean(RuntimeService.class));
	}

	private static OffsetDateTime at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(FlowDriver.VN).toOffsetDateTime();
	}

}
