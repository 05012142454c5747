package vn.motcua.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
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
import vn.motcua.dossier.DossierWithdrawal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of the standard one-stop flow ({@code mot-cua} calling
 * {@code xu-ly-co-quan}) on the real engine, models and register. Dates are in March
 * 2026, a month with no holiday, so the expected appointments are counted here by
 * skipping weekends only.
 */
class StandardFlowTest extends FlowTestSupport {

	@Autowired
	HistoryService history;

	@Autowired
	DossierWithdrawal withdrawal;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FormService forms;

	final Map<String, ProcessInstance> instances = new java.util.HashMap<>();

	Procedure procedure;

	String reception;

	String specialist;

	String leader;

	@BeforeEach
	void setUp() {
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && !p.sameDay() && p.committedHours() == null
					&& p.committedDays() != null && p.committedDays() >= 2 && p.fee().amount() > 0)
			.findFirst()
			.orElseThrow();
		this.reception = this.procedure.receivingUnits().get(0) + ":tiep-nhan";
		this.specialist = this.procedure.agency() + ":chuyen-vien";
		this.leader = this.procedure.agency() + ":lanh-dao";
		FlowDriver.at("2026-03-09T09:00"); // Monday
	}

	@Test
	void givenACompleteDossier_whenAcceptedAndResolvedBeforeItsDay_thenItIsReturnedEarly() {
		String code = submit();
		accept(code);
		Dossier accepted = this.register.get(code);
		assertThat(accepted.status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(accepted.dueAt()).isAtSameInstantAs(closeOfWorkingDay(LocalDate.of(2026, 3, 9), days()));

		// The task is due by the appraisal's own share of the time (whole days: at the
		// close of its last day), before the dossier; its candidates, and only they, may
		// read the dossier's variables that Tasklist lists.
		org.camunda.bpm.engine.task.Task appraisal = this.flow.task(code, "appraise-dossier", this.specialist);
		int appraisalDays = this.procedure.stepShares().orElseThrow().appraisal().wholeDays().orElseThrow();
		assertThat(appraisal.getDueDate())
			.isEqualTo(java.util.Date.from(closeOfWorkingDay(LocalDate.of(2026, 3, 9), appraisalDays).toInstant()));
		assertThat(appraisal.getDueDate()).isBefore(java.util.Date.from(accepted.dueAt().toInstant()));
		assertThat(readsInstance(this.specialist, appraisal.getProcessInstanceId())).isTrue();
		assertThat(readsInstance("so-xay-dung:chuyen-vien", appraisal.getProcessInstanceId())).isFalse();

		FlowDriver.at("2026-03-10T10:00");
		approve(code);
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		this.flow.complete(code, "collect-fee", this.reception,
				Map.of("receiptNumber", "BL-001", "feeCollected", true));
		attachResult(code);
		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "dien-tu", "resultHandedOver", true));

		Dossier returned = this.register.get(code);
		assertThat(returned.status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.jdbc.queryForObject("select return_method from dossier where code = ?", String.class, code))
			.as("kept for the electronic-result rate")
			.isEqualTo("dien-tu");
		assertThat(returned.finishedAt()).isBefore(returned.dueAt());
		assertThat(returned.returnedAt()).isNotNull();
		assertThat(closedAt(code)).as("a dossier with a result is not closed without one").isNull();
		assertThat(types(code)).containsSubsequence("SUBMITTED", "ACCEPTED", "FORWARDED", "RESULT_READY", "FEE_PAID",
				"RETURNED");
		assertThat(this.register.events(code)).filteredOn((e) -> "appraise-dossier".equals(e.step()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.actor()).isEqualTo(this.specialist.replace(':', '.'));
				assertThat(e.stepResult()).isEqualTo("TRUOC_HAN");
			});
		assertThat(process(code)).isEnded();
	}

	@Test
	void givenAnIncompleteDossier_whenSupplementedAtReception_thenTheClockStartsOnlyAtAcceptance() {
		String code = submit();
		this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "supplement", "supplementItems", "Thiếu bản sao giấy khai sinh"));
		Dossier waiting = this.register.get(code);
		assertThat(waiting.status()).isEqualTo(DossierStatus.CHO_BO_SUNG);
		assertThat(waiting.dueAt()).isNull();
		assertThat(waiting.supplementCount()).isEqualTo(1);

		FlowDriver.at("2026-03-12T14:00"); // Thursday
		this.flow.complete(code, "receive-reception-supplement", this.reception, Map.of("supplementReceived", true));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TIEP_NHAN);
		assertThatThrownBy(() -> this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "supplement", "supplementItems", "Lần hai")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("không được yêu cầu bổ sung lần thứ hai");
		accept(code);

		assertThat(this.register.get(code).dueAt())
			.isAtSameInstantAs(closeOfWorkingDay(LocalDate.of(2026, 3, 12), days()));
		assertThat(types(code)).containsSubsequence("SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "ACCEPTED");
	}

	@Test
	void givenTheAgencyAsksForASupplement_whenItArrivesThreeWorkingDaysLater_thenTheDueDateMovesByThree() {
		String code = submit();
		accept(code);
		OffsetDateTime firstDue = this.register.get(code).dueAt();

		FlowDriver.at("2026-03-10T09:00"); // Tuesday
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao hợp đồng"));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.TAM_DUNG);

		FlowDriver.at("2026-03-13T09:00"); // Friday: Tue→Fri is three working days
		this.flow.complete(code, "receive-agency-supplement", this.reception, Map.of("supplementReceived", true));

		Dossier resumed = this.register.get(code);
		assertThat(resumed.status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(resumed.pausedWorkingDays()).isEqualTo(3);
		assertThat(pausedMinutes(code)).isEqualTo(3 * 8 * 60);
		assertThat(resumed.originalDueAt()).as("lateness is judged against the moved appointment")
			.isAtSameInstantAs(resumed.dueAt());
		assertThat(resumed.dueAt())
			.isAtSameInstantAs(closeOfWorkingDay(firstDue.atZoneSameInstant(FlowDriver.VN).toLocalDate(), 3));
		assertThat(this.runtime.getVariable(process(code).getId(), "dueAt"))
			.isEqualTo(java.util.Date.from(resumed.dueAt().toInstant()));
		this.flow.task(code, "appraise-dossier", this.specialist);
		// The deadline watch starts afresh: its warning stands one working day before the
		// moved appointment.
		assertThat(this.flow.timers(process(code).getId())).extracting((job) -> job.getDuedate().toInstant())
			.containsExactly(closeOfWorkingDay(firstDue.atZoneSameInstant(FlowDriver.VN).toLocalDate(), 2).toInstant());
	}

	@Test
	void givenTheAgencyAsksForASupplementAt1530_whenItArrivesAt0850TheNextMorning_thenTheDueDateMovesByTwoHoursFifty() {
		String code = submit();
		accept(code);
		OffsetDateTime firstDue = this.register.get(code).dueAt();
		LocalDate firstDay = firstDue.atZoneSameInstant(FlowDriver.VN).toLocalDate();
		assertThat(firstDue).isAtSameInstantAs(closeOfWorkingDay(LocalDate.of(2026, 3, 9), days()));

		FlowDriver.at("2026-03-09T15:30"); // Monday
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao hợp đồng"));
		// Tuesday: 15:30–17:00 and 07:30–08:50 stood still, 1 h 30 + 1 h 20 = 2 h 50.
		FlowDriver.at("2026-03-10T08:50");
		this.flow.complete(code, "receive-agency-supplement", this.reception, Map.of("supplementReceived", true));

		// From 17:00 on the first due day, 2 h 50 of office time later: 10:20 on the next
		// working day.
		OffsetDateTime expected = nextWorkingDay(firstDay.plusDays(1)).atTime(10, 20)
			.atZone(FlowDriver.VN)
			.toOffsetDateTime();
		Dossier resumed = this.register.get(code);
		assertThat(resumed.dueAt()).isAtSameInstantAs(expected);
		assertThat(resumed.originalDueAt()).isAtSameInstantAs(expected);
		assertThat(pausedMinutes(code)).isEqualTo(170);
		assertThat(resumed.pausedWorkingDays()).as("less than a working day paused").isZero();
		assertThat(this.runtime.getVariable(process(code).getId(), "dueAt"))
			.isEqualTo(java.util.Date.from(expected.toInstant()));
		assertThat(this.register.events(code)).filteredOn((e) -> "RESUMED".equals(e.type()))
			.singleElement()
			.satisfies((e) -> assertThat(e.note()).startsWith("Tạm dừng 2 giờ 50 phút làm việc"));
	}

	@Test
	void givenASupplementBackWithinTheSameMinute_whenResumed_thenTheAppointmentStandsAsPrinted() {
		String code = submit();
		accept(code);
		OffsetDateTime firstDue = this.register.get(code).dueAt();

		FlowDriver.at("2026-03-09T15:30:10");
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "supplement", "appraisalNote", "Cần bản sao hợp đồng"));
		FlowDriver.at("2026-03-09T15:30:50");
		this.flow.complete(code, "receive-agency-supplement", this.reception, Map.of("supplementReceived", true));

		// 40 seconds are no minute of office time: 17:00 does not become 07:30 the next
		// day.
		assertThat(this.register.get(code).dueAt()).isAtSameInstantAs(firstDue);
		assertThat(pausedMinutes(code)).isZero();
	}

	@Test
	void givenTheFeeAndReturnForms_whenCompletedWithoutTheirBoxesTicked_thenRefusedAndTheReturnMethodIsKept() {
		String code = submit();
		accept(code);
		approve(code);

		assertThatThrownBy(() -> this.flow.complete(code, "collect-fee", this.reception,
				Map.of("receiptNumber", "BL-002", "feeCollected", false)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Chưa đánh dấu ô xác nhận bắt buộc");
		this.flow.complete(code, "collect-fee", this.reception,
				Map.of("receiptNumber", "BL-002", "feeCollected", true));
		assertThatThrownBy(
				() -> this.flow.complete(code, "return-result", this.reception, Map.of("returnMethod", "buu-chinh")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Chưa đánh dấu ô xác nhận bắt buộc");
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
		this.flow.complete(code, "return-result", this.reception,
				Map.of("returnMethod", "buu-chinh", "resultHandedOver", true));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.register.returnMethod(code)).isEqualTo("buu-chinh");
	}

	@Test
	void givenASupplementNote_whenTheSupplementIsReceived_thenTheCitizenSeesItInTheHistory() {
		String code = submit();
		this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "supplement", "supplementItems", "Thiếu bản sao giấy khai sinh"));

		assertThatThrownBy(() -> this.flow.complete(code, "receive-reception-supplement", this.reception,
				Map.of("supplementNote", "Chưa nhận")))
			.isInstanceOf(FormFieldValidationException.class);
		this.flow.complete(code, "receive-reception-supplement", this.reception,
				Map.of("supplementReceived", true, "supplementNote", "Đã nhận bản sao giấy khai sinh có chứng thực"));

		assertThat(this.register.events(code)).filteredOn((e) -> e.type().equals("SUPPLEMENTED"))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.note()).isEqualTo("Đã nhận bản sao giấy khai sinh có chứng thực");
				assertThat(e.publicStep()).isTrue();
			});
	}

	@Test
	void givenADossierWaitingForASupplement_whenWithdrawn_thenNoSupplementIsRecorded() {
		String code = submit();
		this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "supplement", "supplementItems", "Thiếu tờ khai"));

		this.withdrawal.withdraw(this.register.get(code), "Không còn nhu cầu");

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.RUT_HO_SO);
		assertThat(types(code)).contains("WITHDRAWN").doesNotContain("SUPPLEMENTED");
	}

	@Test
	void givenAnUnacceptableDossier_whenRefused_thenItEndsRefusedWithItsReason() {
		String code = submit();
		this.flow.complete(code, "receive-dossier", this.reception,
				Map.of("receptionDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền giải quyết"));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.TU_CHOI);
		assertThat(this.register.events(code)).filteredOn((e) -> e.type().equals("REFUSED"))
			.singleElement()
			.satisfies((e) -> assertThat(e.note()).isEqualTo("Không thuộc thẩm quyền giải quyết"));
		assertThat(process(code)).isEnded().hasPassed("refuse-dossier");
		assertThat(closedAt(code)).isEqualTo(closingEventTime(code, DossierStatus.TU_CHOI));
	}

	@Test
	void givenTheLeaderReturnsTheProposal_whenTheSpecialistOpensItAgain_thenTheLeadersNoteIsOnTheFormAndTheDossierGoesOn() {
		String code = submit();
		accept(code);
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.leader,
				Map.of("leaderDecision", "return", "approvalNote", "Kiểm tra lại diện tích trên bản vẽ"));

		Task again = this.flow.task(code, "appraise-dossier", this.specialist);
		assertThat(this.forms.getTaskFormVariables(again.getId()).getValue("approvalNote", String.class))
			.isEqualTo("Kiểm tra lại diện tích trên bản vẽ");
		try (InputStream form = this.forms.getDeployedTaskForm(again.getId())) {
			assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("{{approvalNote}}");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DANG_XU_LY);

		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đã kiểm tra lại, đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));
		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.CHO_TRA_KET_QUA);
	}

	@Test
	void givenAnIneligibleDossier_whenTheAgencyStopsIt_thenItEndsStopped() {
		String code = submit();
		accept(code);
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "stop", "appraisalNote", "Không đủ điều kiện theo quy định"));
		FlowDriver.at("2026-03-11T15:30");
		this.flow.complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.DUNG_XU_LY);
		assertThat(process(code)).isEnded().hasPassed("record-stopped");
		assertThat(closedAt(code)).isEqualTo(closingEventTime(code, DossierStatus.DUNG_XU_LY))
			.isEqualTo(FlowDriver.now().toInstant());
		assertThat(this.flow.timers(process(code).getId())).isEmpty();
	}

	@Test
	void givenADossierBeingHandled_whenTheCitizenWithdrawsIt_thenEverythingStops() {
		String code = submit();
		accept(code);
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));

		FlowDriver.at("2026-03-10T08:15");
		this.withdrawal.withdraw(this.register.get(code), "Không còn nhu cầu");

		assertThat(this.register.get(code).status()).isEqualTo(DossierStatus.RUT_HO_SO);
		assertThat(process(code)).isEnded().hasPassed("record-withdrawal");
		assertThat(closedAt(code)).isEqualTo(closingEventTime(code, DossierStatus.RUT_HO_SO));
		assertThat(this.tasks.createTaskQuery().list()).noneMatch((t) -> code.equals(variable(t.getId())));
		assertThat(this.flow.timers(process(code).getId())).isEmpty();
	}

	@Test
	void givenAnAgencyThatMissesTheDay_whenTimersFire_thenWarningApologyAndANewDateThenLate() {
		String code = submit();
		accept(code);
		Dossier accepted = this.register.get(code);

		int warned = this.flow.fireTimersUntil(process(code).getId(), accepted.dueAt().minusHours(1).toInstant());
		assertThat(warned).isEqualTo(1);
		assertThat(types(code)).contains("DUE_SOON").doesNotContain("OVERDUE");

		this.flow.fireTimersUntil(process(code).getId(), accepted.dueAt().plusMinutes(1).toInstant());
		assertThat(types(code)).contains("OVERDUE");
		LocalDate newDay = nextWorkingDay(accepted.dueAt().atZoneSameInstant(FlowDriver.VN).toLocalDate().plusDays(2));
		this.flow.complete(code, "write-apology", this.leader,
				Map.of("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newDueDate", newDay.toString()));
		Dossier apologised = this.register.get(code);
		assertThat(apologised.dueAt()).isAtSameInstantAs(newDay.atTime(17, 0).atZone(FlowDriver.VN).toOffsetDateTime());
		assertThat(apologised.originalDueAt()).isAtSameInstantAs(accepted.dueAt());
		assertThat(apologised.apologyCount()).isEqualTo(1);
		assertThat(this.flow.task(code, "appraise-dossier", this.specialist).getDueDate())
			.isEqualTo(java.util.Date.from(apologised.dueAt().toInstant()));

		approve(code);
		Dossier late = this.register.get(code);
		assertThat(late.finishedAt()).isAfter(late.originalDueAt());
		assertThat(types(code)).containsSubsequence("ACCEPTED", "DUE_SOON", "OVERDUE", "APOLOGY", "RESULT_READY");
		// The re-appointment holds the agency's open work to the new date; the approval
		// that follows has its own share, within the new date, and kept it. The dossier
		// stays late.
		assertThat(this.register.events(code)).filteredOn((e) -> "approve-dossier".equals(e.step()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.stepDueAt()).isBefore(apologised.dueAt()).isAfter(e.occurredAt());
				assertThat(e.stepResult()).isEqualTo("TRUOC_HAN");
			});
	}

	private String submit() {
		Dossier dossier = this.intake.register(this.procedure,
				this.catalogue.agency(this.procedure.receivingUnits().get(0)).orElseThrow(), Channel.TRUC_TIEP,
				new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912345678", null,
						"Số 5 đường Lý Thái Tổ, phường Kinh Bắc"),
				null, null, "trung-tam.tiep-nhan");
		assertThat(dossier.status()).isEqualTo(DossierStatus.CHO_TIEP_NHAN);
		this.instances.put(dossier.code(),
				this.runtime.createProcessInstanceQuery()
					.processInstanceId(dossier.processInstanceId())
					.singleResult());
		assertThat(process(dossier.code())).isWaitingAt("receive-dossier");
		return dossier.code();
	}

	private void accept(String code) {
		this.flow.complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		assertThat(this.register.get(code).acceptedAt()).isNotNull();
	}

	private void approve(String code) {
		this.flow.complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Hồ sơ đủ điều kiện"));
		this.flow.complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));
	}

	private int pausedMinutes(String code) {
		return this.jdbc.queryForObject("select paused_minutes from dossier where code = ?", Integer.class, code);
	}

	/** The register's {@code closed_at}, which the period reports count closings by. */
	private java.time.Instant closedAt(String code) {
		OffsetDateTime closed = this.jdbc.queryForObject("select closed_at from dossier where code = ?",
				OffsetDateTime.class, code);
		return (closed != null) ? closed.toInstant() : null;
	}

	private java.time.Instant closingEventTime(String code, DossierStatus status) {
		return this.register.events(code)
			.stream()
			.filter((e) -> e.status() == status)
			.reduce((first, second) -> second)
			.orElseThrow()
			.occurredAt()
			.toInstant();
	}

	private int days() {
		return this.procedure.committedDays();
	}

	private ProcessInstance process(String code) {
		return this.instances.get(code);
	}

	private String variable(String taskId) {
		Object value = this.tasks.getVariable(taskId, "dossierCode");
		return (value != null) ? value.toString() : null;
	}

	private List<String> types(String code) {
		return this.register.events(code).stream().map(DossierEvent::type).toList();
	}

	/**
	 * 17:00 on the n-th working day after {@code start}, skipping weekends (no holiday in
	 * March 2026).
	 */
	private boolean readsInstance(String group, String processInstanceId) {
		return this.engine.getAuthorizationService()
			.isUserAuthorized("someone", List.of(group), org.camunda.bpm.engine.authorization.Permissions.READ,
					org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, processInstanceId);
	}

	static OffsetDateTime closeOfWorkingDay(LocalDate start, int n) {
		LocalDate day = start;
		for (int i = 0; i < n; i++) {
			day = nextWorkingDay(day.plusDays(1));
		}
		return day.atTime(LocalTime.of(17, 0)).atZone(FlowDriver.VN).toOffsetDateTime();
	}

	static LocalDate nextWorkingDay(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	private void attachResult(String code) {
		new StandardDossiers(this.catalogue, this.intake, this.flow, this.jdbc).attachResult(code);
	}

}
