package vn.motcua.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
		String shipped = new ClassPathResource("processes/catalogue/procedures.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		int start = shipped.indexOf("  - code: " + PROCEDURE);
		int end = shipped.indexOf("  - code:", start + 1);
		String edited = shipped.substring(0, start) + entry.apply(shipped.substring(start, end))
				+ shipped.substring(end);
		assertThat(edited).isNotEqualTo(shipped);
		return Files.writeString(this.dir.resolve("procedures.yaml"), edited);
	}

	private static Procedure procedure(ConfigurableApplicationContext context) {
		return context.getBean(Catalogue.class).procedure(PROCEDURE).orElseThrow();
	}

	private static String register(ConfigurableApplicationContext context) {
		Catalogue catalogue = context.getBean(Catalogue.class);
		Dossier dossier = context.getBean(DossierIntake.class)
			.register(procedure(context), catalogue.agency("trung-tam").orElseThrow(), Channel.TRUC_TIEP,
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
