package vn.motcua.flow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The on-site flow ("4/5 tại chỗ") on the real engine: same-day results, the cut-off, a
 * missed day, and a switch to the standard flow. Dates are in March 2026, a month without
 * holidays.
 */
class OnSiteFlowTest extends FlowTestSupport {

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	Procedure procedure;

	String officer;

	String approver;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("tai-cho") && p.fee().amount() > 0 && p.cutoff() != null)
			.findFirst()
			.orElseThrow();
		this.officer = this.procedure.agency() + ":tai-cho";
		this.approver = this.catalogue.onSiteApprovers(this.procedure.code()).get(0);
	}

	@Test
	void givenAMorningDossier_whenHandledOnSite_thenReturnedTheSameDayOnTime() {
		FlowDriver.at("2026-03-10T09:00");
		String code = submit();
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));
		assertThat(this.register.get(code).dueAt()).isAtSameInstantAs(close(LocalDate.of(2026, 3, 10)));

		FlowDriver.at("2026-03-10T10:30");
		approve(code, "agree");
		assertThat(this.tasks.getVariable(this.flow.task(code, "hand-over-on-site", this.officer).getId(), "feeDue"))
			.isEqualTo(true);
		this.flow.complete(code, "hand-over-on-site", this.officer, Map.of("receiptNumber", "BL-9", "feeCollected",
				true, "returnMethod", "tai-quay", "resultHandedOver", true));

		Dossier done = this.register.get(code);
		assertThat(done.status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(done.finishedAt()).isBefore(done.originalDueAt());
		assertThat(done.finishedAt().atZoneSameInstant(FlowDriver.VN).toLocalDate())
			.isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(types(code)).containsSubsequence("SUBMITTED", "ACCEPTED", "RESULT_READY", "FEE_PAID", "RETURNED");
	}

	@Test
	void givenAFeePaidOnline_whenTheResultIsHandedOver_thenTheCounterCollectsNothing() {
		FlowDriver.at("2026-03-10T09:00");
		String code = submit();
		// What the payment gateway's callback leaves: the fee settled online.
		this.jdbc.update(
				"insert into payment (dossier_code, amount, method, status, reference, created_at, paid_at) "
						+ "values (?, ?, 'TRUC_TUYEN', 'DA_THANH_TOAN', 'TT-ONLINE-1', ?, ?)",
				code, this.procedure.fee().amount(), OffsetDateTime.now(), OffsetDateTime.now());
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));
		approve(code, "agree");

		assertThat(this.tasks.getVariable(this.flow.task(code, "hand-over-on-site", this.officer).getId(), "feeDue"))
			.isEqualTo(false);
		this.flow.complete(code, "hand-over-on-site", this.officer,
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(types(code)).contains("RETURNED").doesNotContain("FEE_PAID");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment where dossier_code = ? and method = 'TIEN_MAT'", Long.class, code))
			.isZero();
	}

	@Test
	void givenNoResultDocument_whenHandedOverOnSiteElectronically_thenRefusedAndTheTaskStaysOpen() {
		FlowDriver.at("2026-03-10T09:00");
		String code = submit();
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));
		approve(code, "agree");

		assertThatThrownBy(() -> this.flow.complete(code, "hand-over-on-site", this.officer,
				Map.of("receiptNumber", "BL-10", "feeCollected", true, "returnMethod", "dien-tu", "resultHandedOver",
						true)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Chưa đính kèm văn bản kết quả");

		assertThat(this.flow.task(code, "hand-over-on-site", this.officer)).isNotNull();
		assertThat(this.register.get(code).status()).isNotEqualTo(DossierStatus.DA_TRA_KET_QUA);
	}

	@Test
	void givenADossierAfterTheCutoff_whenAccepted_thenItIsDueAtTheCloseOfTheNextWorkingDay() {
		FlowDriver.at("2026-03-13T" + this.procedure.cutoff().plusMinutes(30)); // Friday,
																				// after
																				// the
																				// cut-off
		String code = submit();
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));

		assertThat(this.register.get(code).dueAt()).isAtSameInstantAs(close(LocalDate.of(2026, 3, 16))); // Monday
	}

	@Test
	void givenTheLeaderMissesTheDay_whenTheTimerFires_thenTheDossierIsLateAndAnApologyIsDue() {
		FlowDriver.at("2026-03-10T09:00");
		String code = submit();
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));
		ProcessInstance instance = instance(code);

		this.flow.fireTimersUntil(instance.getId(), close(LocalDate.of(2026, 3, 10)).plusMinutes(5).toInstant());
		assertThat(types(code)).contains("OVERDUE");
		this.flow.task(code, "write-apology", this.procedure.agency() + ":lanh-dao");

		FlowDriver.at("2026-03-11T08:00");
		approve(code, "agree");
		Dossier late = this.register.get(code);
		assertThat(late.finishedAt()).isAfter(late.originalDueAt());
	}

	@Test
	void givenADossierNeedingTheBackOffice_whenTheLeaderSwitchesIt_thenTheStandardFlowTakesItOverUnderTheSameCode() {
		FlowDriver.at("2026-03-10T09:00");
		String code = submit();
		this.flow.complete(code, "receive-on-site", this.officer, Map.of("onSiteDecision", "accept"));
		approve(code, "back-office");

		assertThat(instance(code)).isEnded().hasPassed("switch-to-standard");
		ProcessInstance standard = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code, "mot-cua")
			.singleResult();
		assertThat(standard).isNotNull();
		assertThat(standard).isActive().isWaitingAt("resolve-at-agency");
		Dossier switched = this.register.get(code);
		assertThat(switched.processInstanceId()).isEqualTo(standard.getId());
		assertThat(switched.acceptedAt().toLocalTime()).isAfter(LocalTime.of(1, 0));
		assertThat(switched.dueAt()).isAfter(close(LocalDate.of(2026, 3, 10)));
		// The receipt promised today: the switch is the dossier's one re-appointment.
		assertThat(switched.originalDueAt()).isAtSameInstantAs(close(LocalDate.of(2026, 3, 10)));
		assertThat(switched.apologyCount()).isEqualTo(1);
		assertThat(types(code)).containsSubsequence("ACCEPTED", "APOLOGY", "SWITCHED_TO_STANDARD", "FORWARDED")
			.containsOnlyOnce("ACCEPTED");
		this.flow.task(code, "appraise-dossier", this.procedure.agency() + ":chuyen-vien");
	}

	private void approve(String code, String decision) {
		Task task = this.tasks.createTaskQuery()
			.processVariableValueEquals("dossierCode", code)
			.taskDefinitionKey("approve-on-site")
			.singleResult();
		assertThat(this.tasks.getIdentityLinksForTask(task.getId()))
			.anySatisfy((link) -> assertThat(link.getUserId()).isEqualTo(this.approver));
		this.identity.setAuthentication(this.approver, java.util.List.of());
		try {
			Map<String, Object> form = new HashMap<>();
			form.put("onSiteApproval", decision);
			this.tasks.complete(task.getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
		this.flow.runAsyncSteps(code);
	}

	private String submit() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Đỗ Thị Hạnh", "001195012345", null, null, null), null, null,
				"trung-tam.tiep-nhan");
		assertThat(instance(dossier.code())).isWaitingAt("receive-on-site");
		return dossier.code();
	}

	private ProcessInstance instance(String code) {
		String id = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey("tai-cho")
			.singleResult()
			.getId();
		ProcessInstance running = this.runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
		return (running != null) ? running : new FinishedInstance(id);
	}

	private java.util.List<String> types(String code) {
		return this.register.events(code).stream().map(DossierEvent::type).toList();
	}

	private static java.time.OffsetDateTime close(LocalDate day) {
		return day.atTime(17, 0).atZone(FlowDriver.VN).toOffsetDateTime();
	}

}
