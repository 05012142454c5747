package vn.motcua.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.InternalStep;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.StepShares;

import org.springframework.stereotype.Component;

/**
 * Fills a form's template with the dossier's data. Every value reaches the page through
 * {@code th:text}, so what applicants and officers typed is escaped.
 */
@Component
class FormRenderer {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** The note {@code ApologizeDelegate} writes: reason, then the new appointment. */
	private static final Pattern APOLOGY_NOTE = Pattern.compile("^Xin lỗi vì chậm trễ: (.*)\\. Hẹn trả mới .*$",
			Pattern.DOTALL);

	private final ITemplateEngine templates;

	private final FormDataReader reader;

	private final Clock clock;

	private final StepShares shares;

	FormRenderer(ITemplateEngine templates, FormDataReader reader, Clock clock, StepShares shares) {
		this.templates = templates;
		this.reader = reader;
		this.clock = clock;
		this.shares = shares;
	}

	/** The page of {@code form}, which must apply to the dossier. */
	String render(DocumentForm form, FormData data) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("form", new FormTitle(form.number(), form.title()));
		OffsetDateTime issuedAt = switch (form) {
			case MAU_01 -> receipt(data, variables);
			case MAU_02 -> supplement(data, variables);
			case MAU_03 -> refusal(data, variables);
			case MAU_04 -> apology(data, variables);
			case MAU_05 -> stop(data, variables);
			case MAU_06 -> control(data, variables);
		};
		String issuer = (form == DocumentForm.MAU_04)
				? this.reader.name(data.last("APOLOGY").map(DossierEvent::unit).orElse(data.dossier().agency()))
				: data.centerName();
		variables.put("sheet", sheet(data, issuer, issuedAt));
		return this.templates.process(form.template(), new Context(VIETNAMESE, variables));
	}

	private OffsetDateTime receipt(FormData data, Map<String, Object> variables) {
		Dossier d = data.dossier();
		DossierEvent accepted = data.accepted().orElseThrow();
		OffsetDateTime due = (accepted.stepDueAt() != null) ? accepted.stepDueAt() : d.originalDueAt();
		List<FormData.Paper> handedIn = data.papers().stream().filter((p) -> "NOP".equals(p.kind())).toList();
		List<PaperRow> papers = IntStream.range(0, handedIn.size())
			.mapToObj((i) -> new PaperRow(i + 1, handedIn.get(i).name(), Texts.orBlank(handedIn.get(i).form()),
					Texts.count(handedIn.get(i).copies())))
			.toList();
		variables.put("papers", papers);
		variables.put("receipt",
				new Receipt(Texts.time(d.acceptedAt()), Texts.time(due), legalTime(data.procedure()), Texts.count(1),
						delivery(d.channel(), data.centerName()),
						(d.feeAmount() > 0) ? Texts.money(d.feeAmount()) : "Không thu", accepted.actor(), d.code()));
		return d.acceptedAt();
	}

	private OffsetDateTime supplement(FormData data, Map<String, Object> variables) {
		DossierEvent request = data.last("SUPPLEMENT_REQUESTED").orElseThrow();
		boolean atAgency = data.accepted()
			.filter((a) -> data.events().indexOf(a) < data.events().indexOf(request))
			.isPresent();
		String stage = atAgency
				? "Theo đề nghị của " + data.agencyName()
						+ " trong quá trình giải quyết (thời gian bổ sung không tính vào thời hạn giải quyết)"
				: "Khi tiếp nhận, hồ sơ chưa đầy đủ, hợp lệ";
		variables.put("supplement",
				new Notice(Texts.lines(request.note()), stage, request.actor(), Texts.time(request.occurredAt())));
		return request.occurredAt();
	}

	private OffsetDateTime refusal(FormData data, Map<String, Object> variables) {
		DossierEvent refusal = data.last("REFUSED").orElseThrow();
		variables.put("refusal",
				new Notice(Texts.lines(refusal.note()), null, refusal.actor(), Texts.time(refusal.occurredAt())));
		return refusal.occurredAt();
	}

	private OffsetDateTime apology(FormData data, Map<String, Object> variables) {
		DossierEvent apology = data.last("APOLOGY").orElseThrow();
		String note = Texts.orBlank(apology.note());
		Matcher matcher = APOLOGY_NOTE.matcher(note);
		String reason = matcher.matches() ? matcher.group(1) : note;
		OffsetDateTime newDue = (apology.stepDueAt() != null) ? apology.stepDueAt() : data.dossier().dueAt();
		variables.put("apology", new Apology(Texts.time(data.dueBefore(apology).orElse(null)), Texts.time(newDue),
				Texts.lines(reason), this.reader.name(apology.unit())));
		return apology.occurredAt();
	}

	private OffsetDateTime stop(FormData data, Map<String, Object> variables) {
		DossierEvent stop = data.last("WITHDRAWN").orElseThrow();
		Dossier d = data.dossier();
		OffsetDateTime received = (d.acceptedAt() != null) ? d.acceptedAt() : d.submittedAt();
		variables.put("stop", new Notice(Texts.lines(stop.note()), Texts.time(received), stop.actor(),
				Texts.time(stop.occurredAt())));
		return stop.occurredAt();
	}

	private OffsetDateTime control(FormData data, Map<String, Object> variables) {
		Dossier d = data.dossier();
		List<ControlSheet.Row> rows = ControlSheet.rows(d, data.events(), this.reader::name,
				(start) -> this.shares.due(d.procedureCode(), start, InternalStep.RECEPTION).orElse(null));
		boolean moved = d.originalDueAt() != null && d.dueAt() != null && !d.originalDueAt().isEqual(d.dueAt());
		long paid = data.payments().stream().filter(FormData.Payment::paid).mapToLong(FormData.Payment::amount).sum();
		variables.put("rows", rows);
		variables.put("control",
				new Control(Texts.time(d.acceptedAt()), Texts.time(d.dueAt()),
						moved ? Texts.time(d.originalDueAt()) : "", d.status().label(),
						(paid > 0) ? Texts.money(paid) : "", Texts.time(d.finishedAt()), Texts.time(d.returnedAt())));
		return OffsetDateTime.now(this.clock);
	}

	private static Sheet sheet(FormData data, String issuer, OffsetDateTime issuedAt) {
		Dossier d = data.dossier();
		Dossier.Applicant a = d.applicant();
		return new Sheet(issuer, data.centerName(), data.agencyName(), d.code(), d.procedureName(),
				data.procedure().map(Procedure::code).orElse(d.procedureCode()), a.name(), Texts.orBlank(a.address()),
				Texts.orBlank(a.phone()), Texts.orBlank(a.email()), Texts.longDay(issuedAt));
	}

	private static String legalTime(Optional<Procedure> procedure) {
		return procedure.map((p) -> {
			if (p.sameDay()) {
				return "Trong ngày làm việc";
			}
			if (p.committedHours() != null && p.committedHours() > 0) {
				return Texts.count(p.committedHours()) + " giờ làm việc";
			}
			Integer days = (p.committedDays() != null) ? p.committedDays() : p.statutoryDays();
			return (days != null) ? Texts.count(days) + " ngày làm việc" : "";
		}).orElse("");
	}

	/** How the result reaches the applicant, by the channel the dossier came in. */
	private static String delivery(Channel channel, String centerName) {
		return switch (channel) {
			case TRUC_TIEP -> "Trực tiếp tại " + centerName;
			case BUU_CHINH -> "Qua dịch vụ bưu chính công ích";
			case TRUC_TUYEN -> "Trực tuyến, qua Cổng Dịch vụ công quốc gia";
		};
	}

	/**
	 * The form's number and title.
	 *
	 * @param number e.g. {@code 01}
	 * @param title e.g. Giấy tiếp nhận hồ sơ và hẹn trả kết quả
	 */
	record FormTitle(String number, String title) {

	}

	/**
	 * What every form prints: who issues it, the dossier and the applicant.
	 *
	 * @param issuer unit named in the header
	 * @param centerName receiving unit
	 * @param agencyName competent agency
	 * @param code dossier code
	 * @param procedureName procedure
	 * @param procedureCode national procedure code
	 * @param applicantName applicant
	 * @param applicantAddress address
	 * @param applicantPhone phone
	 * @param applicantEmail e-mail
	 * @param issuedOn {@code ngày dd tháng MM năm yyyy}
	 */
	record Sheet(String issuer, String centerName, String agencyName, String code, String procedureName,
			String procedureCode, String applicantName, String applicantAddress, String applicantPhone,
			String applicantEmail, String issuedOn) {

	}

	/**
	 * A paper received (Mẫu 01).
	 *
	 * @param number row number
	 * @param name name
	 * @param form bản chính, bản sao…
	 * @param copies copies
	 */
	record PaperRow(int number, String name, String form, String copies) {

	}

	/**
	 * Mẫu 01.
	 *
	 * @param receivedAt acceptance time
	 * @param dueAt appointment given at acceptance
	 * @param legalTime time limit promised
	 * @param sets number of sets of papers
	 * @param delivery how the result is received
	 * @param fee fee and charges
	 * @param officer officer who received it
	 * @param lookupCode code to look the dossier up
	 */
	record Receipt(String receivedAt, String dueAt, String legalTime, String sets, String delivery, String fee,
			String officer, String lookupCode) {

	}

	/**
	 * Mẫu 02, 03 and 05: items or reasons, the circumstance, officer and time.
	 *
	 * @param lines items to supplement, or reasons
	 * @param context when or why it was issued
	 * @param officer officer who issued it
	 * @param time when
	 */
	record Notice(List<String> lines, String context, String officer, String time) {

	}

	/**
	 * Mẫu 04.
	 *
	 * @param originalDue appointment that was missed
	 * @param newDue new appointment
	 * @param reasons reason for the delay
	 * @param agencyName agency that apologises
	 */
	record Apology(String originalDue, String newDue, List<String> reasons, String agencyName) {

	}

	/**
	 * Mẫu 06 header.
	 *
	 * @param acceptedAt acceptance
	 * @param dueAt appointment in force
	 * @param originalDueAt appointment at acceptance, if it moved
	 * @param status status
	 * @param feePaid fees and charges collected
	 * @param finishedAt result ready
	 * @param returnedAt result returned
	 */
	record Control(String acceptedAt, String dueAt, String originalDueAt, String status, String feePaid,
			String finishedAt, String returnedAt) {

	}

}
