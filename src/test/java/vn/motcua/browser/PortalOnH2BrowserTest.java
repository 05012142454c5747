package vn.motcua.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizens' portal on the default database (H2), in Debian's chromium on a phone
 * (390×844): search without diacritics, the commune picked from the address, one file per
 * required paper (a missing one named before sending), the electronic result chosen,
 * submission, look-up, the sandbox payment and its confirmation, the rating form starting
 * unchosen, the published answer to a complaint, and a free procedure without a pay
 * button. Screenshots in {@code target/screenshots/portal-h2-*.png}.
 * <p>
 * The payment gateway sends the citizen back to {@code motcua.public-url}, so the
 * application listens on a port chosen here and that URL names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.payment.sandbox=true",
				"motcua.payment.secret=test-secret", "motcua.test.context=portal-h2-browser" })
class PortalOnH2BrowserTest {

	static final String ID = "001090055555";

	static final String HOUSEHOLD_BUSINESS = "Đăng ký thành lập hộ kinh doanh";

	static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("motcua.public-url", () -> "http://localhost:" + PORT);
	}

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@BeforeAll
	static void browser() {
		Browser.assumeInstalled();
	}

	@Test
	void givenAPhone_whenAResidentOfYenPhongSubmitsPaysRatesAndReadsAnAnswer_thenEachStepIsRightAndConfirmed()
			throws Exception {
		Procedure household = procedure(HOUSEHOLD_BUSINESS);
		Path paper = Files.createTempFile("giay-de-nghi", ".pdf");
		Files.writeString(paper, "%PDF-1.4\n% Giấy đề nghị\n%%EOF\n", StandardCharsets.UTF_8);

		try (Browser browser = Browser.open(390, 844)) {
			WebDriver page = browser.driver();
			WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(20));
			try {
				page.get("http://localhost:" + PORT + "/");
				page.findElement(By.id("search-q")).sendKeys("dang ky kinh doanh");
				click(page, wait, By.cssSelector("#search-form button"));
				wait.until(ExpectedConditions.textToBe(By.cssSelector("#procedures > li:first-child > strong"),
						HOUSEHOLD_BUSINESS));
				browser.screenshot("portal-h2-01-search-no-diacritics");

				click(page, wait,
						By.xpath("(//ul[@id='procedures']/li)[1]//button[normalize-space()='Nộp trực tuyến']"));
				assertThat(page.findElements(By.cssSelector("#papers input[type=file]")))
					.hasSize(household.documents().size());
				page.findElement(By.id("applicant-name")).sendKeys("Nguyễn Thị Lan");
				page.findElement(By.id("applicant-id")).sendKeys(ID);
				page.findElement(By.id("applicant-phone")).sendKeys("0988222333");
				page.findElement(By.id("applicant-address")).sendKeys("Thôn Đông, xa Yen Phong, tỉnh Bắc Ninh");
				page.findElement(By.id("applicant-name")).click(); // leaving the address
																	// picks the commune
				Select commune = new Select(page.findElement(By.id("applicant-commune")));
				wait.until((driver) -> "xa-yen-phong".equals(commune.getFirstSelectedOption().getAttribute("value")));
				assertThat(commune.getFirstSelectedOption().getText()).isEqualTo("Xã Yên Phong");
				scrollTo(page, By.id("applicant-address"));
				browser.screenshot("portal-h2-02-commune-from-address");

				click(page, wait, By.cssSelector("#submit-form button[type=submit]"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"),
						"Hồ sơ còn thiếu tệp của giấy tờ bắt buộc: Giấy đề nghị đăng ký hộ kinh doanh."));
				assertThat(page.findElement(By.id("submit-result")).getText()).doesNotContain("Biên bản họp");
				browser.screenshot("portal-h2-03-missing-paper");

				page.findElement(By.id("paper-0")).sendKeys(paper.toString());
				click(page, wait, By.cssSelector("input[name=return-method][value=buu-chinh]"));
				assertThat(page.findElement(By.id("return-address-field")).isDisplayed()).isTrue();
				assertThat(page.findElement(By.id("return-address")).getAttribute("value"))
					.as("the applicant's address, to change if need be")
					.isEqualTo("Thôn Đông, xa Yen Phong, tỉnh Bắc Ninh");
				click(page, wait, By.cssSelector("input[name=return-method][value=dien-tu]"));
				assertThat(page.findElement(By.id("return-address-field")).isDisplayed())
					.as("no postal address for an electronic result")
					.isFalse();
				scrollTo(page, By.id("paper-slots"));
				browser.screenshot("portal-h2-04-papers-and-electronic-result");

				click(page, wait, By.cssSelector("#submit-form button[type=submit]"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"), "Mã hồ sơ"));
				assertThat(page.findElement(By.id("submit-result")).getText())
					.contains("Nhận kết quả: Trả kết quả điện tử.");
				browser.screenshot("portal-h2-05-submitted");
				String code = page.findElement(By.id("lookup-code")).getAttribute("value");

				assertThat(this.jdbc
					.queryForMap("select agency, receiving_unit, return_method from dossier where code = ?", code))
					.containsEntry("agency", "xa-yen-phong")
					.containsEntry("receiving_unit", "xa-yen-phong")
					.containsEntry("return_method", "dien-tu");
				assertThat(this.jdbc.queryForList("select name from dossier_file where dossier_code = ?", String.class,
						code))
					.containsExactly("Giấy đề nghị đăng ký hộ kinh doanh");
				Task reception = this.tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
				assertThat(this.tasks.getIdentityLinksForTask(reception.getId())).extracting(IdentityLink::getGroupId)
					.contains("xa-yen-phong:tiep-nhan");

				click(page, wait, By.cssSelector("#lookup-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "Chờ tiếp nhận"));
				String lookedUp = page.findElement(By.id("lookup-result")).getText();
				assertThat(lookedUp).contains("Hình thức nhận kết quả: Trả kết quả điện tử")
					.contains("Phí, lệ phí: 100.000 đồng — chưa thanh toán")
					.doesNotContain("Nguyễn Thị Lan");
				scrollTo(page, By.id("lookup-result"));
				browser.screenshot("portal-h2-06-lookup");

				click(page, wait, By.id("pay-button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-notice"),
						"Thanh toán thành công"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "đã thanh toán"));
				assertThat(page.findElements(By.id("pay-button"))).as("no pay button once paid").isEmpty();
				assertThat(page.getCurrentUrl()).doesNotContain("thanh-toan");
				assertThat(page.findElement(By.id("payment-notice")).getText())
					.contains("Đã thanh toán 100.000 đồng phí, lệ phí của hồ sơ " + code);
				browser.screenshot("portal-h2-07-paid");

				page.findElement(By.id("rate-code")).sendKeys(code);
				page.findElement(By.id("rate-id")).sendKeys(ID);
				assertThat(page.findElements(By.cssSelector("#rate-criteria select"))).hasSize(7)
					.allSatisfy(
							(select) -> assertThat(new Select(select).getFirstSelectedOption().getAttribute("value"))
								.isEmpty());
				click(page, wait, By.cssSelector("#rate-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rate-result"),
						"Vui lòng chọn mức đánh giá cho 7 tiêu chí còn trống"));
				scrollTo(page, By.id("rate-criteria"));
				browser.screenshot("portal-h2-08-rating-unchosen");

				page.findElement(By.id("feedback-name")).sendKeys("Nguyễn Thị Lan");
				page.findElement(By.id("feedback-contact")).sendKeys("0988222333");
				page.findElement(By.id("feedback-content")).sendKeys("Đề nghị niêm yết mẫu đơn tại xã.");
				click(page, wait, By.cssSelector("#feedback-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-result"), "Mã: PAKN-"));
				String feedback = page.findElement(By.id("answer-code")).getAttribute("value");
				answer(feedback, "Trung tâm đã niêm yết mẫu đơn tại bộ phận một cửa của các xã.");
				click(page, wait, By.cssSelector("#answer-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-result"),
						"Trung tâm đã niêm yết mẫu đơn tại bộ phận một cửa của các xã."));
				scrollTo(page, By.id("answer-result"));
				browser.screenshot("portal-h2-09-feedback-answer");

				String free = submitFree();
				setValue(page, "lookup-code", free);
				click(page, wait, By.cssSelector("#lookup-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), free));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"),
						"Thủ tục không thu phí, lệ phí."));
				assertThat(page.findElements(By.id("pay-button"))).as("no pay button for a free procedure").isEmpty();
				scrollTo(page, By.id("lookup-result"));
				browser.screenshot("portal-h2-10-free-no-pay-button");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("portal-h2-failure");
				throw new AssertionError(ex.getMessage() + "\nconsole:\n" + browser.console(), ex);
			}
		}
	}

	/** The center's leader answers (no agency named) and the answer is published. */
	private void answer(String feedback, String text) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(feedback)
			.taskDefinitionKey("answer-feedback")
			.singleResult();
		this.identity.setAuthentication("trung-tam.lanh-dao", List.of("trung-tam:lanh-dao"));
		try {
			this.tasks.complete(task.getId(), Map.of("feedbackDecision", "answer", "feedbackAnswer", text));
		}
		finally {
			this.identity.clearAuthentication();
		}
		AsyncSteps.run(this.management);
	}

	/**
	 * A free procedure (Đăng ký khai sinh) submitted through the API, a file per paper.
	 */
	private String submitFree() throws IOException {
		Procedure birth = procedure("Đăng ký khai sinh");
		assertThat(birth.fee().amount()).isZero();
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>("""
				{"procedureCode": "%s", "returnMethod": "tai-quay",
				 "applicant": {"name": "Nguyễn Thị Lan", "idNumber": "%s", "commune": "xa-yen-phong"}}"""
			.formatted(birth.code(), ID), jsonHeaders));
		for (int i = 0; i < birth.documents().size(); i++) {
			HttpHeaders pdf = new HttpHeaders();
			pdf.setContentType(MediaType.APPLICATION_PDF);
			parts.add("paper-" + i, new HttpEntity<>(new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes()) {
				@Override
				public String getFilename() {
					return "giay-to.pdf";
				}
			}, pdf));
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.set("X-Forwarded-For", "10.9.8.7");
		ResponseEntity<String> created = this.rest.postForEntity("/api/public/dossiers",
				new HttpEntity<>(parts, headers), String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return this.json.readTree(created.getBody()).get("code").asText();
	}

	private Procedure procedure(String name) {
		return this.catalogue.procedures().stream().filter((p) -> p.name().equals(name)).findFirst().orElseThrow();
	}

	private static void click(WebDriver page, WebDriverWait wait, By target) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
		((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static void scrollTo(WebDriver page, By target) {
		((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'start'})",
				page.findElement(target));
	}

	private static void setValue(WebDriver page, String id, String value) {
		WebElement field = page.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
