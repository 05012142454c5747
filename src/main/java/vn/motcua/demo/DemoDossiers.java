package vn.motcua.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.security.EngineActions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's sample dossiers, created once on an empty register: one of each flow, some
 * waiting at the counter and some already with the agency, so that Tasklist, the reports
 * and the dashboard show work at once. Fictitious people only.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDossiers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

	private final JdbcTemplate jdbc;

	private final Catalogue catalogue;

	private final DossierIntake intake;

	private final TaskService tasks;

	private final EngineActions engine;

	DemoDossiers(JdbcTemplate jdbc, Catalogue catalogue, DossierIntake intake, TaskService tasks,
			EngineActions engine) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.intake = intake;
		this.tasks = tasks;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("select count(*) from dossier", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		int person = 0;
		for (String flow : List.of("mot-cua", "mot-cua", "tai-cho", "lien-thong")) {
			Procedure procedure = this.catalogue.procedures()
				.stream()
				.filter((p) -> p.flow().equals(flow))
				.skip(person % 2)
				.findFirst()
				.orElseThrow();
			Dossier dossier = this.intake.register(procedure,
					this.catalogue.agency(procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
					DemoCitizens.WITH_DOSSIERS.get(person), null, null, null, "demo");
			if (person % 2 == 0) {
				accept(dossier, flow);
			}
			person++;
		}
		log.info("Demo: {} sample dossiers created", person);
	}

	private void accept(Dossier dossier, String flow) {
		this.engine.asSystem(() -> {
			Task reception = this.tasks.createTaskQuery().processInstanceId(dossier.processInstanceId()).singleResult();
			this.tasks.complete(reception.getId(), "tai-cho".equals(flow) ? Map.of("onSiteDecision", "accept")
					: Map.of("receptionDecision", "accept"));
			return null;
		});
	}

}
