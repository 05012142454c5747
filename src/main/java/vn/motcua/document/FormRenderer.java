package vn.motcua.document;

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
import vn.motcua.catalog.ProcedureRule;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.StepShares;

import org.springframework.stereotype.Component;

/**
 * Fills a form's template with the dossier's data, as an HTML page or as its PDF. Every
 * value reaches the page through {@code th:text}, so what applicants and officers typed
 * is escaped.
 */
@Component
class FormRenderer {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** The note {@code ApologizeDelegate} writes: reason, then the new appointment. */
	private static final Pattern APOLOGY_NOTE = Pattern.compile("^Xin lỗi vì chậm trễ: (.*)\\. Hẹn trả mới .*$",
			Pattern.DOTALL);

	private final ITemplateEngine templates;

	private final FormDataReader reader;

	private final StepShares shares;

	private final Signers signers;

	private final LookupQr lookup;

	private final PdfPages pdf;

	FormRenderer(ITemplateEngine templates, FormDataReader reader, StepShares shares, Signers signers, LookupQr lookup,
			PdfPages pdf) {
		this.templates = templates;
		this.reader = reader;
		this.shares = shares;
		this.signers = signers;
		this.lookup = lookup;
		this.pdf = pdf;
	}

	/** The PDF of {@code form}, printed from its page. */
	byte[] pdf(DocumentForm form, FormData data) {
		return this.pdf.render(render(form, data));
	}

	/** The page of {@code form}, which must apply to the dossier. */
	String render(DocumentForm form, FormData data) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("form", new FormTitle(form.number(), form.title()));
		Issue issue = switch (form) {
			case MAU_01 -> receipt(data, variables);
			case MAU_02 -> supplement(data, variables);
			case MAU_03 -> refusal(data, variables);
			case MAU_04 -> apology(data, variables);
			case MAU_05 -> stop(data, variables);
			case MAU_06 -> control(data, variables);
		};
		variables.put("sheet", sheet(data, issue));
		return this.templates.process(form.template(), new Context(VIETNAMESE, variables));
	}

	private Issue receipt(FormData data, Map<String, Object> variables) {
		Dossier d = data.dossier();
		DossierEvent accepted = data.accepted().orElseThrow();
		FormNumbers.Entry entry = data.entry()
			.orElseThrow(() -> new IllegalStateException("Dossier " + d.code() + " accepted but not in the register"));
		OffsetDateTime due = (accepted.stepDueAt() != null) ? accepted.stepDueAt() : d.originalDueAt();
		Optional<DossierEvent> apology = data.last("APOLOGY");
		String newDue = apology.map((a) -> Texts.time((a.stepDueAt() != null) ? a.stepDueAt() : d.dueAt())).orElse("");
		String apologyLetter = apology
			.map((a) -> "theo Văn bản xin lỗi" + letterNumber(data, DocumentForm.MAU_04) + " "
					+ Texts.longDay(a.occurredAt()) + " của " + this.reader.name(a.unit()))
			.orElse("");
		String url = this.lookup.url(d.code());
		String center = data.centerName();
		variables.put("receipt",
				new Receipt(Texts.documentNumber(entry.number()), entry.book(), Texts.documentNumber(entry.number()),
						List.of("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại " + center), papers(data),
						Texts.count(entry.sets()), statutoryTime(data), committedTime(data), Texts.time(d.acceptedAt()),
						Texts.time(due), newDue, apologyLetter, fee(data), delivery(d.channel(), center), d.code(), url,
						this.lookup.dataUri(url),
						new Signer("Người nộp hồ sơ", "(Ký và ghi rõ họ tên)", d.applicant().name()),
						new Signer("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)",
								this.signers.name(accepted.actor(), center))));
		return new Issue(data.center(), Texts.documentNumber(entry.number()), d.acceptedAt());
	}

	private Issue supplement(FormData data, Map<String, Object> variables) {
		DossierEvent request = data.last("SUPPLEMENT_REQUESTED").orElseThrow();
		boolean atAgency = data.accepted()
			.filter((a) -> data.events().indexOf(a) < data.events().indexOf(request))
			.isPresent();
		String stage = atAgency
				? "Theo đề nghị của " + data.agencyName()
						+ " trong quá trình giải quyết (thời gian bổ sung không tính vào thời hạn giải quyết)"
				: "Khi tiếp nhận, hồ sơ chưa đầy đủ, hợp lệ";
		variables.put("supplement", new Notice(Texts.lines(request.note()), stage, Texts.time(request.occurredAt()),
				officer("Người hướng dẫn", request.actor(), data)));
		return new Issue(data.center(), documentNumber(data, DocumentForm.MAU_02), request.occurredAt());
	}

	private Issue refusal(FormData data, Map<String, Object> variables) {
		DossierEvent refusal = data.last("REFUSED").orElseThrow();
		variables.put("refusal", new Notice(Texts.lines(refusal.note()), null, Texts.time(refusal.occurredAt()),
				officer("Người tiếp nhận hồ sơ", refusal.actor(), data)));
		// Refused at reception, the dossier was never received: its notice shows no code.
		return new Issue(data.center(), documentNumber(data, DocumentForm.MAU_03), refusal.occurredAt(), false);
	}

	private Issue apology(FormData data, Map<String, Object> variables) {
		DossierEvent apology = data.last("APOLOGY").orElseThrow();
		String note = Texts.orBlank(apology.note());
		Matcher matcher = APOLOGY_NOTE.matcher(note);
		String reason = matcher.matches() ? matcher.group(1) : note;
		OffsetDateTime newDue = (apology.stepDueAt() != null) ? apology.stepDueAt() : data.dossier().dueAt();
		FormData.Unit agency = this.reader.unit((apology.unit() != null) ? apology.unit() : data.dossier().agency());
		variables.put("apology",
				new Apology(Texts.time(data.dueBefore(apology).orElse(null)), Texts.time(newDue), Texts.lines(reason),
						agency.name(), new Signer("Thủ trưởng cơ quan", "(Ký, ghi rõ họ tên, đóng dấu hoặc ký số)",
								this.signers.name(apology.actor(), agency.name()))));
		return new Issue(agency, documentNumber(data, DocumentForm.MAU_04), apology.occurredAt());
	}

	private Issue stop(FormData data, Map<String, Object> variables) {
		DossierEvent stop = data.last("WITHDRAWN").orElseThrow();
		Dossier d = data.dossier();
		OffsetDateTime received = (d.acceptedAt() != null) ? d.acceptedAt() : d.submittedAt();
		variables.put("stop", new Notice(Texts.lines(stop.note()), Texts.time(received), Texts.time(stop.occurredAt()),
				officer("Người tiếp nhận hồ sơ", stop.actor(), data)));
		return new Issue(data.center(), documentNumber(data, DocumentForm.MAU_05), stop.occurredAt());
	}

	private Issue control(FormData data, Map<String, Object> variables) {
		Dossier d = data.dossier();
		String center = data.centerName();
		List<ControlSheet.Row> rows = ControlSheet
			.rows(d, data.events(), this.reader::name,
					(start) -> this.shares.due(d, start, InternalStep.RECEPTION).orElse(null))
			.stream()
			.map((row) -> new ControlSheet.Row(row.number(), row.giver(), row.receiver(),
					this.signers.name(row.giverOfficer(), row.giver()),
					(row.receiverOfficer() != null) ? this.signers.name(row.receiverOfficer(), row.receiver()) : "",
					row.time(), row.result(), row.notes()))
			.toList();
		boolean moved = d.originalDueAt() != null && d.dueAt() != null && !d.originalDueAt().isEqual(d.dueAt());
		long paid = data.payments().stream().filter(FormData.Payment::paid).mapToLong(FormData.Payment::amount).sum();
		String receipt = data.entry().map((e) -> Texts.documentNumber(e.number())).orElse("");
		variables.put("rows", rows);
		variables.put("control",
				new Control(receipt, Texts.time(d.acceptedAt()), Texts.time(moved ? d.originalDueAt() : d.dueAt()),
						moved ? Texts.time(d.dueAt()) : "", d.status().label(), (paid > 0) ? Texts.money(paid) : "",
						Texts.time(d.finishedAt()), Texts.time(d.returnedAt())));
		return new Issue(data.center(), null, d.acceptedAt());
	}

	/** The officer who signs, or the unit when the system acted. */
	private Signer officer(String title, String actor, FormData data) {
		return new Signer(title, "(Ký và ghi rõ họ tên)", this.signers.name(actor, data.centerName()));
	}

	private static Sheet sheet(FormData data, Issue issue) {
		Dossier d = data.dossier();
		Dossier.Applicant a = d.applicant();
		return new Sheet(issue.issuer().name(), issue.number(), Texts.placeAndDate(issue.issuer().place(), issue.at()),
				data.centerName(), data.agencyName(), issue.codePrinted() ? d.code() : "", d.procedureName(),
				data.procedure().map(Procedure::code).orElse(d.procedureCode()), a.name(), Texts.orBlank(a.address()),
				Texts.orBlank(a.phone()), Texts.orBlank(a.email()));
	}

	/** The letter's "Số", blank when it was issued before letters were numbered. */
	private static String documentNumber(FormData data, DocumentForm form) {
		Integer number = data.letters().get(form);
		return (number != null) ? Texts.documentNumber(number) : "";
	}

	private static String letterNumber(FormData data, DocumentForm form) {
		Integer number = data.letters().get(form);
		return (number != null) ? " số " + Texts.documentNumber(number) : "";
	}

	/**
	 * The papers received: those the counter described (name, form, copies), or else the
	 * components the procedure asks for. Uploaded files are not papers: their names say
	 * nothing of what they hold.
	 */
	private static List<PaperRow> papers(FormData data) {
		List<FormData.Paper> described = data.papers()
			.stream()
			.filter((p) -> "NOP".equals(p.kind()) && p.fileName() == null)
			.toList();
		List<PaperRow> rows;
		if (!described.isEmpty()) {
			rows = IntStream.range(0, described.size())
				.mapToObj((i) -> new PaperRow(i + 1, described.get(i).name(), Texts.orBlank(described.get(i).form()),
						Texts.count(described.get(i).copies())))
				.toList();
		}
		else {
			List<Procedure.RequiredDocument> components = data.procedure().map(Procedure::documents).orElse(List.of());
			rows = IntStream.range(0, components.size())
				.mapToObj((i) -> new PaperRow(i + 1, components.get(i).name(), Texts.orBlank(components.get(i).form()),
						Texts.count((components.get(i).count() != null) ? components.get(i).count() : 1)))
				.toList();
		}
		return rows;
	}

	/** The legal time limit of the rule the dossier was received under. */
	private static String statutoryTime(FormData data) {
		Integer days = data.rule()
			.map(ProcedureRule::statutoryDays)
			.or(() -> data.procedure().map(Procedure::statutoryDays))
			.orElse(null);
		return days(days);
	}

	/**
	 * The time the province committed to, when it differs from the legal one: a same-day
	 * result, working hours, or fewer days.
	 */
	private static String committedTime(FormData data) {
		Optional<ProcedureRule> rule = data.rule().or(() -> data.procedure().map(ProcedureRule::of));
		if (rule.isEmpty()) {
			return "";
		}
		ProcedureRule r = rule.get();
		String committed;
		if (r.sameDay()) {
			committed = "Trong ngày làm việc";
		}
		else if (r.committedHours() != null && r.committedHours() > 0) {
			committed = Texts.count(r.committedHours()) + " giờ làm việc";
		}
		else {
			committed = days(r.committedDays());
		}
		return committed.equals(days(r.statutoryDays())) ? "" : committed;
	}

	private static String days(Integer days) {
		if (days == null) {
			return "";
		}
		return (days == 0) ? "Trong ngày làm việc" : Texts.count(days) + " ngày làm việc";
	}

	private static String fee(FormData data) {
		long amount = data.dossier().feeAmount();
		if (amount <= 0) {
			return "Không thu";
		}
		String basis = data.procedure().map((p) -> p.fee().basis()).orElse(null);
		return Texts.money(amount) + ((basis != null) ? " (theo " + basis + ")" : "");
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
	 * Who issued a form, under which number and when.
	 *
	 * @param issuer unit in the header, whose place the date line names
	 * @param number its "Số", blank when not known, null when the form has none
	 * @param at when it was issued
	 * @param codePrinted whether the form names the dossier code
	 */
	private record Issue(FormData.Unit issuer, String number, OffsetDateTime at, boolean codePrinted) {

		Issue(FormData.Unit issuer, String number, OffsetDateTime at) {
			this(issuer, number, at, true);
		}

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
	 * What every form prints: who issues it, its number, place and date, the dossier and
	 * the applicant.
	 *
	 * @param issuer unit named in the header
	 * @param number the form's "Số", blank when not known, null when the form has none
	 * @param placeAndDate e.g. {@code Bắc Ninh, ngày 09 tháng 3 năm 2026}
	 * @param centerName receiving unit
	 * @param agencyName competent agency
	 * @param code dossier code
	 * @param procedureName procedure
	 * @param procedureCode national procedure code
	 * @param applicantName applicant
	 * @param applicantAddress address
	 * @param applicantPhone phone
	 * @param applicantEmail e-mail
	 */
	record Sheet(String issuer, String number, String placeAndDate, String centerName, String agencyName, String code,
			String procedureName, String procedureCode, String applicantName, String applicantAddress,
			String applicantPhone, String applicantEmail) {

	}

	/**
	 * A signature block.
	 *
	 * @param title e.g. Người tiếp nhận hồ sơ
	 * @param hint e.g. (Ký và ghi rõ họ tên)
	 * @param name the signer's full name, or the unit's
	 */
	record Signer(String title, String hint, String name) {

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
	 * @param number its "Số", the dossier's entry in the Sổ theo dõi
	 * @param book Quyển số of the Sổ theo dõi
	 * @param entry Số thứ tự in it
	 * @param copies the liên printed, one page each
	 * @param papers papers received
	 * @param sets number of sets
	 * @param statutoryTime legal time limit
	 * @param committedTime the province's shorter time, blank when the same
	 * @param receivedAt acceptance time
	 * @param dueAt appointment given at acceptance
	 * @param newDueAt appointment after an apology, blank without one
	 * @param newDueBasis the apology letter that moved it
	 * @param fee fee and charges
	 * @param delivery how the result is received
	 * @param lookupCode code to look the dossier up
	 * @param lookupUrl look-up address
	 * @param qr QR code of the look-up address, as a data URI
	 * @param applicant the applicant's signature
	 * @param officer the receiving officer's signature
	 */
	record Receipt(String number, String book, String entry, List<String> copies, List<PaperRow> papers, String sets,
			String statutoryTime, String committedTime, String receivedAt, String dueAt, String newDueAt,
			String newDueBasis, String fee, String delivery, String lookupCode, String lookupUrl, String qr,
			Signer applicant, Signer officer) {

	}

	/**
	 * Mẫu 02, 03 and 05: items or reasons, the circumstance, time and signer.
	 *
	 * @param lines items to supplement, or reasons
	 * @param context when or why it was issued
	 * @param time when
	 * @param signer who signs it
	 */
	record Notice(List<String> lines, String context, String time, Signer signer) {

	}

	/**
	 * Mẫu 04.
	 *
	 * @param originalDue appointment that was missed
	 * @param newDue new appointment
	 * @param reasons reason for the delay
	 * @param agencyName agency that apologises
	 * @param signer its head
	 */
	record Apology(String originalDue, String newDue, List<String> reasons, String agencyName, Signer signer) {

	}

	/**
	 * Mẫu 06 header.
	 *
	 * @param receiptNumber "Số" of the Giấy tiếp nhận it goes with
	 * @param acceptedAt acceptance
	 * @param dueAt appointment given at acceptance
	 * @param newDueAt appointment in force, if it moved
	 * @param status status
	 * @param feePaid fees and charges collected
	 * @param finishedAt result ready
	 * @param returnedAt result returned
	 */
	record Control(String receiptNumber, String acceptedAt, String dueAt, String newDueAt, String status,
			String feePaid, String finishedAt, String returnedAt) {

	}

}
