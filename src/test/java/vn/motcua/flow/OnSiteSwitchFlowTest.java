package vn.motcua.flow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWithdrawal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an on-site dossier that needs the agency's back office keeps its printed
 * appointment (docs/deadline-watch.md): before the receipt, the statutory date is printed
 * once; after a same-day receipt, the switch is the dossier's one re-appointment (Mẫu 04)
 * and it stays late; a dossier already re-appointed keeps its date. Either way one flow
 * is left, which a withdrawal reaches. March 2026 has no holiday.
 */
class OnSiteSwitchFlowTest extends FlowTestSupport {

	@Autowired
	DossierWithdrawal withdrawal;

	Procedure procedure;

	String code;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("tai-cho") && !this.catalogue.onSiteApprovers(p.code()).isEmpty())
			.findFirst()
			.orElseThrow();
		FlowDriver.at("2026-03-10T09:00"); // Tuesday
		this.code = this.intake
			.register(this.procedure, this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(),
					Channel.TRUC_TIEP, new Dossier.Applicant("Đỗ Thị Hạnh", "001195012345", null, null, null), null,
					null, "trung-tam.tiep-nhan")
			.code();
	}

	@Test
	void givenTheBackOfficeIsNeededAtReception_whenSwitched_thenTheReceiptPrintsTheStatutoryDateOnceAndNoApology() {
		this.flow.complete(this.code, "receive-on-site", onSiteGroup(), Map.of("onSiteDecision", "back-office"));

		Dossier switched = dossier();
		assertThat(switched.apologyCount()).isZero();
		assertThat(switched.originalDueAt()).isAtSameInstantAs(switched.dueAt());
		assertThat(switched.dueAt()).isAfter(close(LocalDate.of(2026, 3, 10)));
		assertThat(types()).containsOnlyOnce("ACCEPTED").doesNotContain("APOLOGY");
		assertThat(onlyFlow()).isEqualTo("mot-cua");
	}

	@Test
	void givenASameDayReceipt_whenTheLeaderSendsItToTheBackOffice_thenThatIsTheOneReappointmentAndItStaysLate() {
		this.flow.complete(this.code, "receive-on-site", onSiteGroup(), Map.of("onSiteDecision", "accept"));
		approve("back-office");

		Dossier switched = dossier();
		assertThat(switched.originalDueAt()).isAtSameInstantAs(close(LocalDate.of(2026, 3, 10)));
		assertThat(switched.dueAt()).isAfter(switched.originalDueAt());
		assertThat(switched.apologyCount()).isEqualTo(1);
		assertThat(this.register.events(this.code)).filteredOn((e) -> "APOLOGY".equals(e.type()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.unit()).isEqualTo(this.procedure.agency());
				assertThat(e.note()).startsWith("Xin lỗi vì chậm trễ: ").contains("Hẹn trả mới");
			});
		assertThat(onlyFlow()).isEqualTo("mot-cua");
		assertThat(this.runtime.getVariable(switched.processInstanceId(), "apologyCount")).isEqualTo(1);
	}

	@Test
	void givenAnApologyAlreadySent_whenTheLeaderThenSendsItToTheBackOffice_thenTheDateIsKeptAndOneFlowRemains() {
		this.flow.complete(this.code, "receive-on-site", onSiteGroup(), Map.of("onSiteDecision", "accept"));
		this.flow.fireTimersUntil(dossier().processInstanceId(),
				close(LocalDate.of(2026, 3, 10)).plusMinutes(5).toInstant());
		this.flow.complete(this.code, "write-apology", this.procedure.agency() + ":lanh-dao",
				Map.of("apologyReason", "Chờ ký số kết quả", "newDueDate", "2026-03-12"));
		OffsetDateTime promised = dossier().dueAt();

		approve("back-office");

		assertThat(dossier().dueAt()).isAtSameInstantAs(promised);
		assertThat(dossier().apologyCount()).isEqualTo(1);
		assertThat(types()).containsOnlyOnce("APOLOGY");
		assertThat(onlyFlow()).isEqualTo("mot-cua");
	}

	@Test
	void givenAnOpenApologyWhenSwitched_whenTheCitizenWithdraws_thenTheDossierIsWithdrawn() {
		this.flow.complete(this.code, "receive-on-site", onSiteGroup(), Map.of("onSiteDecision", "accept"));
		this.flow.fireTimersUntil(dossier().processInstanceId(),
				close(LocalDate.of(2026, 3, 10)).plusMinutes(5).toInstant());
		this.flow.task(this.code, "write-apology", this.procedure.agency() + ":lanh-dao");
		approve("back-office");
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(this.code)
			.taskDefinitionKey("write-apology")
			.count()).as("the on-site apology ends with the on-site flow").isZero();

		this.withdrawal.withdraw(dossier(), "Không còn nhu cầu");

		assertThat(dossier().status()).isEqualTo(DossierStatus.RUT_HO_SO);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(this.code).count()).isZero();
	}

	private void approve(String decision) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(this.code)
			.taskDefinitionKey("approve-on-site")
			.singleResult();
		String approver = this.catalogue.onSiteApprovers(this.procedure.code()).get(0);
		this.identity.setAuthentication(approver, List.of());
		try {
			this.tasks.complete(task.getId(), Map.of("onSiteApproval", decision));
		}
		finally {
			this.identity.clearAuthentication();
		}
		this.flow.runAsyncSteps(this.code);
	}

	/** The key of the one process left running for the dossier. */
	private String onlyFlow() {
		var running = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.code)
			.rootProcessInstances()
			.list();
		assertThat(running).hasSize(1);
		assertThat(running.get(0).getId()).isEqualTo(dossier().processInstanceId());
		return this.engine.getRepositoryService()
			.getProcessDefinition(running.get(0).getProcessDefinitionId())
			.getKey();
	}

	private String onSiteGroup() {
		return this.procedure.agency() + ":tai-cho";
	}

	private Dossier dossier() {
		return this.register.get(this.code);
	}

	private List<String> types() {
		return this.register.events(this.code).stream().map(DossierEvent::type).toList();
	}

	private static OffsetDateTime close(LocalDate day) {
		return day.atTime(17, 0).atZone(FlowDriver.VN).toOffsetDateTime();
	}

}
