package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierWithdrawal;
import vn.motcua.support.ProcessTest;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable forms of Thông tư 03/2025/TT-VPCP filled from dossiers driven through the
 * real engine and register, and fetched over HTTP as an officer would print them. Dates
 * are in March 2026, a month without holidays, so appointments are counted here by
 * skipping weekends only.
 */
@ProcessTest
@AutoConfigureMockMvc
class DocumentFormsTest {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	static final String APPLICANT = "Trần Thị Bích Ngọc";

	static final String OTHER_AGENCY_USER = "so-khac.chuyen-vien";

	static final Pattern RESULT_CELL = Pattern.compile("<td class=\"center result\">([^<]*)</td>");

	static final String RECEPTION_NAME = "Nguyễn Thị Hoa";

	static final String SPECIALIST_NAME = "Trần Văn Minh";

	static final String LEADER_NAME = "Lê Quang Dũng";

	static final Pattern GIVER_CELL = Pattern.compile("<span>(\\d+\\. Giao: [^<]*)</span>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRegister register;

	@Autowired
	DossierWithdrawal withdrawal;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	Procedure procedure;

	String unit;

	String reception;

	String receptionUser;

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
		this.unit = this.procedure.receivingUnits().get(0);
		this.reception = this.unit + ":tiep-nhan";
		this.receptionUser = this.unit + ".tiep-nhan";
		this.specialist = this.procedure.agency() + ":chuyen-vien";
		this.leader = this.procedure.agency() + ":lanh-dao";
		otherAgencyOfficer();
		at("2026-03-09T08:30"); // Monday
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void givenADossierSupplementedLateApologisedAndReturned_whenItsFormsArePrinted_thenEachShowsTheRegister()
			throws Exception {
		String code = submitAtCounter();
		expectConflict(code, "mau-01", "chưa được tiếp nhận");
		this.mvc.perform(as(get("/api/dossiers/{code}/documents", code), this.receptionUser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());

		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		LocalDate firstDueDay = addWorkingDays(LocalDate.of(2026, 3, 9), this.procedure.committedDays());
		String receipt = page(code, "mau-01");
		assertThat(receipt).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Mẫu số 01",
				"Giấy tiếp nhận hồ sơ và hẹn trả kết quả", code, APPLICANT, "Số 12 phố Lý Thái Tổ, phường Kinh Bắc",
				"0912345678", "ngoc.tran@example.vn", this.procedure.name(), name(this.unit),
				"Tờ khai có chữ ký của người yêu cầu", "Bản sao Căn cước", "09:00 ngày 09/03/2026",
				closeOf(firstDueDay), String.format("%02d ngày làm việc", this.procedure.committedDays()));

		at("2026-03-10T09:00"); // Tuesday
		complete(code, "appraise-dossier", this.specialist, Map.of("appraisalResult", "supplement", "appraisalNote",
				"Bản sao hợp đồng <có chứng thực>\nTờ khai còn thiếu chữ ký tại mục 5"));
		String supplement = page(code, "mau-02");
		assertThat(supplement)
			.contains("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", code, APPLICANT,
					"<td>Bản sao hợp đồng &lt;có chứng thực&gt;</td>", "<td>Tờ khai còn thiếu chữ ký tại mục 5</td>",
					"Theo đề nghị của " + name(this.procedure.agency()))
			.doesNotContain("<có chứng thực>");

		at("2026-03-13T09:00"); // Friday: three working days paused
		complete(code, "receive-agency-supplement", this.reception, Map.of("supplementReceived", true));
		OffsetDateTime due = this.register.get(code).dueAt();
		LocalDate dueDay = due.atZoneSameInstant(VN).toLocalDate();
		assertThat(dueDay).isEqualTo(addWorkingDays(firstDueDay, 3));
		expectConflict(code, "mau-04", "chưa có văn bản xin lỗi");

		fireTimersUntil(code, due.plusMinutes(1).toInstant());
		LocalDate newDay = addWorkingDays(dueDay, 3);
		complete(code, "write-apology", this.leader,
				Map.of("apologyReason", "Chờ ý kiến của cơ quan phối hợp", "newDueDate", newDay.toString()));
		String apology = page(code, "mau-04");
		assertThat(apology).contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", code, APPLICANT,
				name(this.procedure.agency()), closeOf(dueDay), "<li>Chờ ý kiến của cơ quan phối hợp</li>",
				closeOf(newDay));

		approveAndReturn(code, dueDay, newDay);

		String control = page(code, "mau-06");
		assertThat(control).contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", code, APPLICANT,
				"<span class=\"field\">" + closeOf(dueDay) + "</span><span>; hẹn lại: " + closeOf(newDay),
				"Chờ ý kiến của cơ quan phối hợp", "Quá hạn giải quyết", "Đã thu phí, lệ phí");
		assertThat(all(GIVER_CELL, control)).containsExactly("1. Giao: " + name(this.unit),
				"2. Giao: " + name(this.procedure.agency()), "3. Giao: " + name(this.unit),
				"4. Giao: " + name(this.procedure.agency()), "5. Giao: " + name(this.unit));
		assertThat(control).contains("Nhận: Tổ chức, cá nhân (" + APPLICANT + ")", "09:00 ngày 09/03/2026",
				"10:00 ngày " + newDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		// Each row against its own share (procedure's shares: reception 4 giờ,
		// appraisal 4 ngày, approval 1,5 ngày, return 4 giờ): forwarded at acceptance,
		// on the day of its 4 hours; appraised the next day, before its 4 days; forwarded
		// again when the supplement came, on the day; appraised after the dossier's
		// day, past its 4 days from the resumption; the fee and the result came days
		// after their 4 hours.
		assertThat(all(RESULT_CELL, control)).containsExactly("Đúng hạn", "Trước hạn", "Đúng hạn", "Quá hạn",
				"Quá hạn");

		this.mvc.perform(as(get("/api/dossiers/{code}/documents", code), this.receptionUser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].form").value(contains("mau-01", "mau-02", "mau-04", "mau-06")))
			.andExpect(jsonPath("$[0].title").value("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"))
			.andExpect(jsonPath("$[0].url").value("/api/dossiers/" + code + "/documents/mau-01"));
		expectConflict(code, "mau-03", "không bị từ chối tiếp nhận");
		expectConflict(code, "mau-05", "không bị dừng giải quyết");
	}

	/**
	 * Every form printed as PDF from a walked dossier, its text extracted with PDFBox:
	 * each field of docs/domain.md, "Forms and the register book" with the dossier's
	 * values, full names under the signatures, "Số", place and date per Nghị định
	 * 30/2020. The pages go to target/screenshots as PNG.
	 */
	@Test
	void givenAWalkedDossier_whenEveryFormIsPrintedAsPdf_thenEachCarriesTheFieldsOfTheLaw() throws Exception {
		nameOfficers();
		String code = registerWithFullContact();
		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		int entry = entryNumber(code);
		LocalDate firstDueDay = addWorkingDays(LocalDate.of(2026, 3, 9), this.procedure.committedDays());

		screenshot(code, "mau-01");
		String receipt = pdfText(code, "mau-01");
		assertThat(receipt).contains("Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
				"Số: " + Texts.documentNumber(entry), "Liên 1: Giao người nộp hồ sơ",
				"Liên 2: Lưu tại " + name(this.unit), "Bắc Ninh, ngày 09 tháng 3 năm 2026",
				name(this.unit).toUpperCase(java.util.Locale.forLanguageTag("vi")), "Mã hồ sơ: " + code,
				"Ông/Bà/Tổ chức: " + APPLICANT, "Địa chỉ: Số 12 phố Lý Thái Tổ, phường Kinh Bắc",
				"Số điện thoại: 0912345678", "Thư điện tử: ngoc.tran@example.vn", this.procedure.name(),
				"Số lượng hồ sơ: 01 bộ",
				String.format("theo quy định: %02d ngày làm việc; theo thời gian đã được rút ngắn: %02d ngày làm việc",
						this.procedure.statutoryDays(), this.procedure.committedDays()),
				"Thời gian nhận hồ sơ: 09:00 ngày 09/03/2026",
				"Thời gian trả kết quả giải quyết hồ sơ: " + closeOf(firstDueDay), "Phí, lệ phí: 100.000 đồng",
				"Hình thức nhận kết quả: Trực tiếp tại " + name(this.unit),
				"Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: " + Texts.documentNumber(entry),
				"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", RECEPTION_NAME)
			.doesNotContain("trung-tam.tiep-nhan", "tháng 03");
		for (Procedure.RequiredDocument paper : this.procedure.documents()) {
			assertThat(receipt).contains(paper.name() + " " + paper.form() + " " + Texts.count(paper.count()));
		}
		assertThat(pdfPages(code, "mau-01")).as("two liên").isEqualTo(2);
		assertThat(qrCode(pdf(code, "mau-01"))).isEqualTo("http://localhost:8080/?ma=" + code);

		at("2026-03-10T09:00");
		complete(code, "appraise-dossier", this.specialist, Map.of("appraisalResult", "supplement", "appraisalNote",
				"Bản sao hợp đồng có chứng thực\nTờ khai còn thiếu chữ ký tại mục 5"));
		String supplement = pdfText(code, "mau-02");
		assertThat(supplement).containsPattern("Số: \\d{2,}")
			.contains("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bắc Ninh, ngày 10 tháng 3 năm 2026",
					"Mã hồ sơ: " + code, APPLICANT, this.procedure.name(), "1 Bản sao hợp đồng có chứng thực",
					"2 Tờ khai còn thiếu chữ ký tại mục 5", "Theo đề nghị của " + name(this.procedure.agency()),
					"NGƯỜI HƯỚNG DẪN", SPECIALIST_NAME);
		screenshot(code, "mau-02");

		at("2026-03-13T09:00");
		complete(code, "receive-agency-supplement", this.reception, Map.of("supplementReceived", true));
		OffsetDateTime due = this.register.get(code).dueAt();
		LocalDate dueDay = due.atZoneSameInstant(VN).toLocalDate();
		fireTimersUntil(code, due.plusMinutes(1).toInstant());
		LocalDate newDay = addWorkingDays(dueDay, 3);
		complete(code, "write-apology", this.leader,
				Map.of("apologyReason", "Chờ ý kiến của cơ quan phối hợp", "newDueDate", newDay.toString()));
		String apology = pdfText(code, "mau-04");
		assertThat(apology).containsPattern("Số: \\d{2,}")
			.contains("Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
					name(this.procedure.agency()).toUpperCase(java.util.Locale.forLanguageTag("vi")),
					"Bắc Ninh, " + Texts.longDay(dueDay), "Kính gửi: Ông/Bà/Tổ chức " + APPLICANT,
					this.procedure.name(), code, closeOf(dueDay), "Chờ ý kiến của cơ quan phối hợp", closeOf(newDay),
					"THỦ TRƯỞNG CƠ QUAN", LEADER_NAME);
		screenshot(code, "mau-04");
		assertThat(pdfText(code, "mau-01")).as("the receipt keeps the first appointment and marks the new one")
			.contains("Thời gian trả kết quả giải quyết hồ sơ: " + closeOf(firstDueDay),
					"Hẹn lại thời gian trả kết quả: " + closeOf(newDay), "theo Văn bản xin lỗi số");

		approveAndReturn(code, dueDay, newDay);
		String control = pdfText(code, "mau-06");
		assertThat(control)
			.contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Bắc Ninh, ngày 09 tháng 3 năm 2026",
					"Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: " + Texts.documentNumber(entry), "Mã hồ sơ: " + code,
					APPLICANT, "1. Giao: " + name(this.unit), "Nhận: " + name(this.procedure.agency()),
					"09:00 ngày 09/03/2026", "Người giao: " + RECEPTION_NAME, "Người nhận: " + SPECIALIST_NAME,
					"Nhận: Tổ chức, cá nhân (" + APPLICANT + ")", "Người nhận: " + APPLICANT, "Quá hạn giải quyết")
			.doesNotContain("tiep-nhan", "chuyen-vien", "lanh-dao", "……………");
		screenshot(code, "mau-06");

		String refused = registerWithFullContact();
		at(newDay + "T11:00");
		complete(refused, "receive-dossier", this.reception,
				Map.of("receptionDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền giải quyết"));
		String refusal = pdfText(refused, "mau-03");
		assertThat(refusal).containsPattern("Số: \\d{2,}")
			.contains("Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Bắc Ninh, " + Texts.longDay(newDay),
					APPLICANT, this.procedure.name(), "1 Không thuộc thẩm quyền giải quyết", "NGƯỜI TIẾP NHẬN HỒ SƠ",
					RECEPTION_NAME)
			.doesNotContain(refused);
		screenshot(refused, "mau-03");

		String withdrawn = registerWithFullContact();
		complete(withdrawn, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		at(newDay + "T15:30");
		this.withdrawal.withdraw(this.register.get(withdrawn), "Không còn nhu cầu");
		String stop = pdfText(withdrawn, "mau-05");
		assertThat(stop).containsPattern("Số: \\d{2,}")
			.contains("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Bắc Ninh, " + Texts.longDay(newDay),
					"Mã hồ sơ: " + withdrawn, APPLICANT, "Không còn nhu cầu", "15:30 ngày", "NGƯỜI TIẾP NHẬN HỒ SƠ")
			.as("the system signs as the center, not as a login")
			.doesNotContain("he-thong")
			.contains("(Ký và ghi rõ họ tên) " + name(this.unit));
		screenshot(withdrawn, "mau-05");

		String book = text(
				this.mvc.perform(as(get("/api/register-books/{unit}/2026.pdf", this.unit), this.receptionUser))
					.andExpect(status().isOk())
					.andExpect(content().contentType(MediaType.APPLICATION_PDF))
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				"so-theo-doi");
		assertThat(book).contains("SỔ THEO DÕI HỒ SƠ", "Quyển số: 01/2026", code, withdrawn)
			.as("a refused dossier was never received")
			.doesNotContain(refused);
	}

	@Test
	void givenAnAcceptedDossier_whenTheCitizenDownloadsTheReceipt_thenItIsTheOfficersMau01() throws Exception {
		nameOfficers();
		String code = registerWithFullContact();
		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));

		byte[] citizen = this.mvc
			.perform(get("/api/public/dossiers/{code}/receipt.pdf", code).param("idNumber", "001190012345"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument theirs = Loader.loadPDF(citizen); PDDocument ours = Loader.loadPDF(pdf(code, "mau-01"))) {
			assertThat(theirs.getNumberOfPages()).isEqualTo(ours.getNumberOfPages());
			assertThat(new PDFTextStripper().getText(theirs)).isEqualTo(new PDFTextStripper().getText(ours))
				.contains(code)
				.doesNotContain(".pdf");
		}
		assertThat(qrCode(citizen)).isEqualTo("http://localhost:8080/?ma=" + code);
	}

	@Test
	void givenDossiersReceivedOneAfterAnother_whenEntered_thenTheirNumbersFollowAndTheRegisterPageListsThem()
			throws Exception {
		String first = registerWithFullContact();
		String second = registerWithFullContact();
		String refused = registerWithFullContact();
		at("2026-03-09T09:00");
		complete(first, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		complete(refused, "receive-dossier", this.reception,
				Map.of("receptionDecision", "refuse", "refusalReason", "Sai thẩm quyền"));
		complete(second, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));

		assertThat(entryNumber(second)).isEqualTo(entryNumber(first) + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from register_entry where dossier_code = :code",
				new MapSqlParameterSource("code", refused), Integer.class))
			.isZero();
		String page = this.mvc.perform(as(get("/api/register-books/{unit}/2026", this.unit), this.receptionUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("Số lượng hồ sơ (bộ)", "Cơ quan chủ trì giải quyết", first, second,
					"<td class=\"center\">" + entryNumber(first) + "</td>")
			.doesNotContain(refused);
		this.mvc.perform(as(get("/api/register-books/{unit}/2026", this.unit), OTHER_AGENCY_USER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/register-book-not-found"));
		this.mvc.perform(as(get("/api/register-books/{unit}/2026.xlsx", this.unit), this.receptionUser))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	/**
	 * Two sets handed in at the counter (the counter API's {@code sets}) print as "02 bộ"
	 * on the Mẫu 01 and "02" in the book's column (4), counts having two digits.
	 */
	@Test
	void givenTwoSetsHandedInAtTheCounter_whenAccepted_thenTheReceiptAndTheBookPrintTwoSets() throws Exception {
		String json = """
				{"procedureCode": "%s", "receivingUnit": "%s", "sets": 2,
				 "applicant": {"name": "%s", "idNumber": "001190012345", "phone": "0912345678"}}"""
			.formatted(this.procedure.code(), this.unit, APPLICANT);
		String created = this.mvc
			.perform(
					as(post("/api/dossiers"), this.receptionUser).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sets").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created);
		assertThat(code.find()).isTrue();
		String twoSets = code.group(1);
		String oneSet = registerWithFullContact();
		at("2026-03-09T09:00");
		complete(twoSets, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		complete(oneSet, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));

		assertThat(pdfText(twoSets, "mau-01")).contains("Số lượng hồ sơ: 02 bộ").doesNotContain("01 bộ");
		assertThat(pdfText(oneSet, "mau-01")).contains("Số lượng hồ sơ: 01 bộ");
		String book = this.mvc.perform(as(get("/api/register-books/{unit}/2026", this.unit), this.receptionUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(setsInBook(book, twoSets)).isEqualTo("02");
		assertThat(setsInBook(book, oneSet)).isEqualTo("01");
	}

	/** Column (4) of the book's line of {@code code}: the number of sets. */
	private static String setsInBook(String page, String code) {
		Matcher line = Pattern
			.compile("<td class=\"code\">" + Pattern.quote(code)
					+ "</td>\\s*<td>[^<]*</td>\\s*<td class=\"center\">([^<]*)</td>")
			.matcher(page);
		assertThat(line.find()).as("line of " + code).isTrue();
		return line.group(1);
	}

	@Test
	void givenAnAppraisalLateAgainstItsShare_whenTheAgencyHandsOverBeforeTheDossiersDue_thenItsRowAndStepAreLate()
			throws Exception {
		String code = acceptedOnMonday();
		OffsetDateTime dossierDue = this.register.get(code).dueAt();
		OffsetDateTime stepDue = agencyStep(code, "due_at", OffsetDateTime.class);
		Task appraisal = openTask(code, "appraise-dossier");
		LocalDate appraisalDay = addWorkingDays(LocalDate.of(2026, 3, 9),
				this.procedure.shares().appraisal().wholeDays().orElseThrow());
		assertThat(appraisal.getDueDate()).isEqualTo(Date.from(appraisalDay.atTime(17, 0).atZone(VN).toInstant()));
		assertThat(stepDue).isBefore(dossierDue);

		LocalDate lateDay = addWorkingDays(appraisalDay, 1);
		at(lateDay + "T09:00");
		complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		OffsetDateTime approvedAt = stepDue.plusMinutes(30);
		at(approvedAt.atZoneSameInstant(VN).toLocalDateTime().toString());
		complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));

		assertThat(approvedAt).isBefore(dossierDue);
		assertThat(this.register.get(code).finishedAt()).isBefore(dossierDue);
		assertThat(agencyStep(code, "result", String.class)).isEqualTo("QUA_HAN");
		assertThat(all(RESULT_CELL, page(code, "mau-06"))).containsExactly("Đúng hạn", "Quá hạn");
	}

	@Test
	void givenAnAgencyWithinItsShares_whenItHandsOver_thenItsRowAndStepAreEarly() throws Exception {
		String code = acceptedOnMonday();

		at("2026-03-10T09:00"); // Tuesday, the first of the appraisal's days
		complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		at("2026-03-10T14:00");
		complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));

		assertThat(agencyStep(code, "result", String.class)).isEqualTo("TRUOC_HAN");
		assertThat(all(RESULT_CELL, page(code, "mau-06"))).containsExactly("Đúng hạn", "Trước hạn");
	}

	/** A dossier of the procedure with its own shares, accepted Monday 9 March 09:00. */
	private String acceptedOnMonday() {
		assertThat(this.procedure.shares()).as("the procedure gives its steps their shares").isNotNull();
		String code = submitAtCounter();
		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		return code;
	}

	private <T> T agencyStep(String code, String column, Class<T> type) {
		return this.jdbc.queryForObject("select " + column + " from dossier_step where dossier_code = :code",
				new MapSqlParameterSource("code", code), type);
	}

	private Task openTask(String code, String key) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
	}

	@Test
	void givenARefusedDossier_whenPrinted_thenOnlyTheRefusalWithItsReasonsExists() throws Exception {
		String code = registerDossier();
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "refuse", "refusalReason",
				"Không thuộc thẩm quyền giải quyết\nĐề nghị nộp tại UBND xã nơi cư trú"));

		String refusal = page(code, "mau-03");
		assertThat(refusal)
			.contains("Phiếu từ chối tiếp nhận giải quyết hồ sơ", APPLICANT,
					"<td>Không thuộc thẩm quyền giải quyết</td>", "<td>Đề nghị nộp tại UBND xã nơi cư trú</td>")
			.as("a refused dossier was never received: no dossier code on its notice")
			.doesNotContain(code);
		this.mvc.perform(as(get("/api/dossiers/{code}/documents", code), this.receptionUser))
			.andExpect(jsonPath("$[*].form").value(contains("mau-03")));
		expectConflict(code, "mau-01", "chưa được tiếp nhận");
		expectConflict(code, "mau-06", "chưa được tiếp nhận");
	}

	@Test
	void givenADossierWithdrawnWhileHandled_whenPrinted_thenTheStopNoticeAndTheLastHandOverShowIt() throws Exception {
		String code = registerDossier();
		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		at("2026-03-10T15:30");
		this.withdrawal.withdraw(this.register.get(code), "Không còn nhu cầu");

		String stop = page(code, "mau-05");
		assertThat(stop).contains("Thông báo dừng giải quyết hồ sơ", code, APPLICANT, "09:00 ngày 09/03/2026",
				"15:30 ngày 10/03/2026", "<li>Không còn nhu cầu</li>");
		String control = page(code, "mau-06");
		assertThat(all(GIVER_CELL, control)).containsExactly("1. Giao: " + name(this.unit),
				"2. Giao: " + name(this.procedure.agency()));
		assertThat(control).contains("Rút hồ sơ theo yêu cầu (Mẫu 05): Không còn nhu cầu");
	}

	@Test
	void givenAnUnknownFormOrDossier_whenRequested_thenNotFoundInVietnamese() throws Exception {
		String code = registerDossier();
		this.mvc.perform(as(get("/api/dossiers/{code}/documents/mau-07", code), this.receptionUser))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/document-form-not-found"))
			.andExpect(jsonPath("$.detail").value(startsWith("Không có biểu mẫu 'mau-07'")));
		this.mvc.perform(as(get("/api/dossiers/{code}/documents/mau-01", "KHONG-CO-HO-SO"), this.receptionUser))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/dossier-not-found"))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ có mã 'KHONG-CO-HO-SO'."));
	}

	@Test
	void givenAnOfficerOfAnotherAgency_whenPrintingADossierTheyMayNotSee_thenItIsNotFound() throws Exception {
		String code = registerDossier();
		at("2026-03-09T09:00");
		complete(code, "receive-dossier", this.reception, Map.of("receptionDecision", "accept"));
		page(code, "mau-01"); // the receiving unit may

		this.mvc.perform(as(get("/api/dossiers/{code}/documents/mau-01", code), OTHER_AGENCY_USER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/dossier-not-found"));
		this.mvc.perform(as(get("/api/dossiers/{code}/documents", code), OTHER_AGENCY_USER))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/api/dossiers/{code}/documents/mau-01", code), this.procedure.agency() + ".lanh-dao"))
			.andExpect(status().isOk());
	}

	/**
	 * A dossier with the applicant's full contact and two papers, as the counter records
	 * them. (Counter submission over HTTP is not used: the demo reception user lacks the
	 * engine's CREATE permission on process instances.)
	 */
	private String submitAtCounter() {
		Dossier dossier = this.intake.register(this.procedure, this.catalogue.agency(this.unit).orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant(APPLICANT, "001190012345", "0912345678",
						"ngoc.tran@example.vn", "Số 12 phố Lý Thái Tổ, phường Kinh Bắc"),
				null, null, this.receptionUser);
		paper(dossier.code(), "Tờ khai có chữ ký của người yêu cầu", "bản chính", 1);
		paper(dossier.code(), "Bản sao Căn cước", "bản sao", 2);
		return dossier.code();
	}

	private void paper(String code, String name, String form, int copies) {
		this.jdbc.update(
				"insert into dossier_file (dossier_code, kind, name, form, copies, uploaded_at) "
						+ "values (:code, 'NOP', :name, :form, :copies, :at)",
				new MapSqlParameterSource("code", code).addValue("name", name)
					.addValue("form", form)
					.addValue("copies", copies)
					.addValue("at", OffsetDateTime.now(VN)));
	}

	/**
	 * After the apology: appraised and approved the day after the missed appointment, the
	 * fee collected the day after, the result returned on the new day.
	 */
	private void approveAndReturn(String code, LocalDate missedDay, LocalDate newDay) {
		at(addWorkingDays(missedDay, 1) + "T10:00");
		complete(code, "appraise-dossier", this.specialist,
				Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"));
		at(addWorkingDays(missedDay, 1) + "T14:00");
		complete(code, "approve-dossier", this.leader, Map.of("leaderDecision", "agree"));
		at(addWorkingDays(missedDay, 2) + "T09:00");
		complete(code, "collect-fee", this.reception, Map.of("receiptNumber", "BL-001", "feeCollected", true));
		at(newDay + "T10:00");
		complete(code, "return-result", this.reception, Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
	}

	/**
	 * A dossier with the applicant's full contact and no papers described at the counter.
	 */
	private String registerWithFullContact() {
		return this.intake
			.register(this.procedure, this.catalogue.agency(this.unit).orElseThrow(), Channel.TRUC_TIEP,
					new Dossier.Applicant(APPLICANT, "001190012345", "0912345678", "ngoc.tran@example.vn",
							"Số 12 phố Lý Thái Tổ, phường Kinh Bắc"),
					null, null, this.receptionUser)
			.code();
	}

	/**
	 * Full names for the officers who act in the walks (another slice seeds real ones).
	 */
	private void nameOfficers() {
		name(this.receptionUser, "Nguyễn Thị", "Hoa");
		name(this.procedure.agency() + ".chuyen-vien", "Trần Văn", "Minh");
		name(this.procedure.agency() + ".lanh-dao", "Lê Quang", "Dũng");
	}

	private void name(String userId, String first, String last) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		user.setFirstName(first);
		user.setLastName(last);
		this.identity.saveUser(user);
	}

	private int entryNumber(String code) {
		return this.jdbc.queryForObject("select entry_number from register_entry where dossier_code = :code",
				new MapSqlParameterSource("code", code), Integer.class);
	}

	private byte[] pdf(String code, String form) throws Exception {
		return this.mvc.perform(as(get("/api/dossiers/{code}/documents/{form}.pdf", code, form), this.receptionUser))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The text of a form's PDF, as PDFBox extracts it, with runs of spaces made one. */
	private String pdfText(String code, String form) throws Exception {
		return text(pdf(code, form), null);
	}

	private int pdfPages(String code, String form) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(pdf(code, form))) {
			return pdf.getNumberOfPages();
		}
	}

	private void screenshot(String code, String form) throws Exception {
		text(pdf(code, form), form);
	}

	/** The PDF's text; with a name, its pages also go to target/screenshots as PNG. */
	private static String text(byte[] bytes, String screenshot) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (screenshot != null) {
				Path dir = Path.of("target", "screenshots");
				Files.createDirectories(dir);
				PDFRenderer renderer = new PDFRenderer(pdf);
				for (int page = 0; page < pdf.getNumberOfPages(); page++) {
					String suffix = (page == 0) ? "" : "-" + (page + 1);
					ImageIO.write(renderer.renderImageWithDPI(page, 100), "png",
							dir.resolve(screenshot + suffix + ".png").toFile());
				}
			}
			// PDFBox reads a page in the order of positions (a line of text whole, but
			// side-by-side columns interleaved) or in the order of drawing (a cell or a
			// column whole, but a line's bold words apart): a field is on the page if
			// either reading has it.
			PDFTextStripper byPosition = new PDFTextStripper();
			byPosition.setSortByPosition(true);
			return (byPosition.getText(pdf) + "\n" + new PDFTextStripper().getText(pdf)).replaceAll("\\s+", " ");
		}
	}

	private static String qrCode(byte[] bytes) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
			return new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
				.getText();
		}
	}

	private String registerDossier() {
		Dossier dossier = this.intake.register(this.procedure, this.catalogue.agency(this.unit).orElseThrow(),
				Channel.TRUC_TIEP, new Dossier.Applicant(APPLICANT, "001190012345", "0912345678", null, null), null,
				null, this.receptionUser);
		return dossier.code();
	}

	/** The page of a form, checked to be UTF-8 HTML. */
	private String page(String code, String form) throws Exception {
		MvcResult result = this.mvc
			.perform(as(get("/api/dossiers/{code}/documents/{form}", code, form), this.receptionUser))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private void expectConflict(String code, String form, String detail) throws Exception {
		this.mvc.perform(as(get("/api/dossiers/{code}/documents/{form}", code, form), this.receptionUser))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/document-not-applicable"))
			.andExpect(jsonPath("$.detail").value(containsString(detail)))
			.andExpect(jsonPath("$.detail").value(containsString(code)));
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
		return request.header(HttpHeaders.AUTHORIZATION,
				"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

	/** Completes the dossier's open task {@code key} as a user of {@code group}. */
	private void complete(String code, String key, String group, Map<String, Object> form) {
		List<Task> open = new ArrayList<>(this.tasks.createTaskQuery().processInstanceBusinessKey(code).list());
		open.addAll(this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", code).list());
		Task task = open.stream()
			.filter((t) -> t.getTaskDefinitionKey().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + key + " for " + code));
		this.identity.setAuthentication(group.replace(':', '.'), List.of(group));
		try {
			this.tasks.complete(task.getId(), form);
		}
		finally {
			this.identity.clearAuthentication();
		}
		AsyncSteps.run(this.management);
	}

	private void fireTimersUntil(String code, Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
		String processInstanceId = this.register.get(code).processInstanceId();
		List<Job> due;
		while (!(due = this.management.createJobQuery()
			.processInstanceId(processInstanceId)
			.executable()
			.timers()
			.list()).isEmpty()) {
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	/** A user of an agency that neither receives nor resolves the procedure. */
	private void otherAgencyOfficer() {
		if (this.identity.createUserQuery().userId(OTHER_AGENCY_USER).count() > 0) {
			return;
		}
		Group group = this.identity.newGroup("so-khac:chuyen-vien");
		group.setName("Chuyên viên - Sở khác");
		this.identity.saveGroup(group);
		User user = this.identity.newUser(OTHER_AGENCY_USER);
		user.setPassword("demo");
		this.identity.saveUser(user);
		this.identity.createMembership(OTHER_AGENCY_USER, group.getId());
	}

	private String name(String agency) {
		return this.catalogue.agency(agency).orElseThrow().name();
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static void at(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(VN).toInstant()));
	}

	private static String closeOf(LocalDate day) {
		return PRINTED.format(day.atTime(17, 0));
	}

	/**
	 * The n-th working day after {@code day}, skipping weekends (no holiday in March
	 * 2026).
	 */
	private static LocalDate addWorkingDays(LocalDate day, int n) {
		LocalDate d = day;
		for (int i = 0; i < n; i++) {
			d = d.plusDays(1);
			while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
				d = d.plusDays(1);
			}
		}
		return d;
	}

}
