package vn.motcua.citizen;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen does after submitting: the receipt as PDF, a supplement, the rating of a
 * returned dossier, and phản ánh, kiến nghị.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.public-url=https://dichvucong.example.vn" })
class AfterSubmissionApiTest {

	static final String RATINGS = """
			{"time": 3, "contacts": 3, "supplements": 2, "attitude": 3, "correctness": 3,
			 "returnOfResult": 2, "feedback": 1}""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	PublicApi api;

	Procedure online;

	@BeforeEach
	void setUp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.api = new PublicApi(this.rest,
				"10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
		this.online = PublicDossierApiTest.onlineProcedure(this.catalogue);
	}

	@Test
	void givenAnAcceptedDossier_whenTheReceiptIsDownloaded_thenAVietnamesePdfWithTheLookupQrCode() throws Exception {
		String code = submit();
		receive(code, Map.of("receptionDecision", "accept"));

		ResponseEntity<byte[]> receipt = this.api
			.bytes("/api/public/dossiers/" + code + "/receipt.pdf?idNumber=" + PublicApi.ID_NUMBER);

		assertThat(receipt.getStatusCode().value()).isEqualTo(200);
		assertThat(receipt.getHeaders().getContentType()).hasToString("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(receipt.getBody())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
				.contains("Mã hồ sơ: " + code)
				.contains("Nguyễn Văn An")
				.contains("Thời gian trả kết quả giải quyết hồ sơ")
				.contains("ngày làm việc")
				.as("papers are the procedure's components, not the names of uploaded files")
				.doesNotContain("to-khai.pdf");
			assertThat(text.replaceAll("\\s+", " ")).contains(this.online.name())
				.contains(this.online.documents().get(0).name())
				.contains("Trực tuyến, qua Cổng Dịch vụ công quốc gia");
			assertThat(pdf.getNumberOfPages()).as("Mẫu 01, one page per liên").isEqualTo(2);
			assertThat(qrCode(new PDFRenderer(pdf).renderImageWithDPI(0, 200)))
				.isEqualTo("https://dichvucong.example.vn/?ma=" + code);
		}
	}

	@Test
	void givenADossierNotAcceptedYet_whenTheReceiptIsAsked_thenConflict() {
		String code = submit();

		ResponseEntity<String> receipt = this.api
			.get("/api/public/dossiers/" + code + "/receipt.pdf?idNumber=" + PublicApi.ID_NUMBER);

		assertThat(receipt.getStatusCode().value()).isEqualTo(409);
		assertThat(receipt.getBody()).contains("chưa được tiếp nhận");
	}

	@Test
	void givenASupplementRequestAtReception_whenTheCitizenSendsFiles_thenTheFlowReturnsToReception() {
		String code = submit();
		receive(code, Map.of("receptionDecision", "supplement", "supplementItems", "Thiếu bản sao giấy khai sinh"));
		assertThat(status(code)).isEqualTo("CHO_BO_SUNG");

		ResponseEntity<String> sent = this.api.supplement(code, PublicApi.ID_NUMBER, "Bổ sung giấy khai sinh",
				List.of(PublicApi.file("khai-sinh.pdf", PublicApi.pdf(700))));

		assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(201);
		assertThat(sent.getBody()).contains("SUPPLEMENT_SUBMITTED").contains("Bổ sung giấy khai sinh");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_file where dossier_code = ? and kind = 'BO_SUNG'", Integer.class, code))
			.isEqualTo(1);
		assertThat(openTasks(code)).containsExactly("receive-dossier");
		assertThat(status(code)).isEqualTo("CHO_TIEP_NHAN");
	}

	@Test
	void givenADossierNotWaitingForASupplement_whenFilesAreSent_thenConflictAndNothingStored() {
		String code = submit();

		ResponseEntity<String> sent = this.api.supplement(code, PublicApi.ID_NUMBER, null,
				List.of(PublicApi.file("khai-sinh.pdf", PublicApi.pdf(700))));

		assertThat(sent.getStatusCode().value()).isEqualTo(409);
		assertThat(sent.getBody()).contains("/problems/not-waiting-for-supplement");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_file where dossier_code = ? and kind = 'BO_SUNG'", Integer.class, code))
			.isZero();
	}

	@Test
	void givenAReturnedDossier_whenRated_thenStoredOnceAndASecondRatingConflicts() {
		String code = submit();
		this.jdbc.update("update dossier set status = 'DA_TRA_KET_QUA' where code = ?", code);
		String body = "{\"idNumber\": \"" + PublicApi.ID_NUMBER + "\", \"ratings\": " + RATINGS
				+ ", \"comment\": \"Cán bộ tận tình\"}";

		ResponseEntity<String> first = this.api.postJson("/api/public/dossiers/" + code + "/evaluation", body);
		ResponseEntity<String> second = this.api.postJson("/api/public/dossiers/" + code + "/evaluation", body);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select attitude_rating from evaluation where dossier_code = ?",
				Integer.class, code))
			.isEqualTo(3);
		assertThat(second.getStatusCode().value()).isEqualTo(409);
		assertThat(second.getBody()).contains("/problems/already-evaluated");
	}

	@Test
	void givenADossierInProgress_whenRated_thenConflict() {
		String code = submit();

		ResponseEntity<String> rated = this.api.postJson("/api/public/dossiers/" + code + "/evaluation",
				"{\"idNumber\": \"" + PublicApi.ID_NUMBER + "\", \"ratings\": " + RATINGS + "}");

		assertThat(rated.getStatusCode().value()).isEqualTo(409);
		assertThat(rated.getBody()).contains("chưa được trả kết quả");
	}

	@Test
	void givenARatingOutOfRange_whenRated_thenValidationProblem() {
		String code = submit();
		this.jdbc.update("update dossier set status = 'DA_TRA_KET_QUA' where code = ?", code);

		ResponseEntity<String> rated = this.api.postJson("/api/public/dossiers/" + code + "/evaluation",
				"{\"idNumber\": \"" + PublicApi.ID_NUMBER + "\", \"ratings\": "
						+ RATINGS.replace("\"time\": 3", "\"time\": 4") + "}");

		assertThat(rated.getStatusCode().value()).isEqualTo(400);
		assertThat(rated.getBody()).contains("ratings.time").contains("rất hài lòng");
	}

	@Test
	void givenAFeedback_whenSent_thenStoredAsNew() {
		ResponseEntity<String> sent = this.api.postJson("/api/public/feedback", """
				{"name": "Lê Thị Hoa", "contact": "0987000111", "agency": "trung-tam",
				 "content": "Đề nghị bố trí thêm ghế chờ tại quầy tiếp nhận."}""");

		assertThat(sent.getStatusCode().value()).isEqualTo(201);
		String code = sent.getBody().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
		assertThat(this.jdbc.queryForObject("select status from feedback where code = ?", String.class, code))
			.isEqualTo("MOI");
	}

	@Test
	void givenAFeedbackWithoutContent_whenSent_thenValidationProblemInVietnamese() {
		ResponseEntity<String> sent = this.api.postJson("/api/public/feedback",
				"{\"name\": \"Lê Thị Hoa\", \"contact\": \"0987000111\"}");

		assertThat(sent.getStatusCode().value()).isEqualTo(400);
		assertThat(sent.getBody()).contains("Cần nhập nội dung phản ánh");
	}

	private String submit() {
		return PublicDossierApiTest.code(this.api.submit(PublicApi.dossierJson(this.online.code(), PublicApi.ID_NUMBER),
				null, List.of(PublicApi.file("to-khai.pdf", PublicApi.pdf(900)))));
	}

	private void receive(String code, Map<String, Object> decision) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey("receive-dossier")
			.singleResult();
		this.tasks.complete(task.getId(), decision);
		AsyncSteps.run(this.management);
	}

	private List<String> openTasks(String code) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
	}

	private String status(String code) {
		return this.jdbc.queryForObject("select status from dossier where code = ?", String.class, code);
	}

	private static String qrCode(BufferedImage page) throws NotFoundException, IOException {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
						Map.of(DecodeHintType.TRY_HARDER, true))
				.getText();
		}
		catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new IOException(ex);
		}
	}

}
