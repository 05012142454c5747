package vn.motcua.sync;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.AsyncSteps;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossiers and their changes for the synchronisation tests, through the real intake,
 * engine and register, and what the sandbox portal received.
 */
final class SyncFixture {

	static final String ID_NUMBER = "001196077777";

	private final Catalogue catalogue;

	private final DossierIntake intake;

	private final DossierRegister register;

	private final TaskService tasks;

	private final ManagementService management;

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	SyncFixture(ApplicationContext context) {
		this.catalogue = context.getBean(Catalogue.class);
		this.intake = context.getBean(DossierIntake.class);
		this.register = context.getBean(DossierRegister.class);
		this.tasks = context.getBean(TaskService.class);
		this.management = context.getBean(ManagementService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.transactions = context.getBean(PlatformTransactionManager.class);
	}

	/** A standard dossier submitted at the provincial center's counter. */
	Dossier aDossier() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		return this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Đặng Thu Trang", ID_NUMBER, null, null, null), null, null,
				"trung-tam.tiep-nhan");
	}

	/** Records an event on the dossier in a transaction of its own. */
	void record(Dossier dossier, String type, DossierStatus status) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((tx) -> this.register.record(event(dossier, type, status), DossierChange.none()));
	}

	static DossierEvent event(Dossier dossier, String type, DossierStatus status) {
		return new DossierEvent(dossier.code(), OffsetDateTime.now(), type, status, "trung-tam.tiep-nhan", "trung-tam",
				"receive-dossier", null, null, null, true);
	}

	void complete(Dossier dossier, String key, Map<String, Object> form) {
		String id = this.tasks.createTaskQuery()
			.processVariableValueEquals("dossierCode", dossier.code())
			.taskDefinitionKey(key)
			.singleResult()
			.getId();
		this.tasks.complete(id, form);
		AsyncSteps.run(this.management);
	}

	/**
	 * Well after every row was queued: the rows' times come from the real clock, the
	 * sender's from the test.
	 */
	static OffsetDateTime later(long seconds) {
		return OffsetDateTime.now().plusMinutes(1).truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds);
	}

	/** The dossier's idempotency keys, in the order of its changes. */
	List<String> keys(Dossier dossier) {
		return this.jdbc.queryForList("select idempotency_key from national_sync where dossier_code = ? order by seq",
				String.class, dossier.code());
	}

	/** What the sandbox portal stored of the dossier, in arrival order. */
	List<String> received(Dossier dossier) {
		return this.jdbc.queryForList(
				"select idempotency_key from dvcqg_sandbox_message where dossier_code = ? order by id", String.class,
				dossier.code());
	}

}
