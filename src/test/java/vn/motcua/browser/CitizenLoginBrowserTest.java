package vn.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import oidcprovider.TestIdentityProvider;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.Browser;
import vn.motcua.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The citizen's side end to end, in Debian's chromium against a real OpenID Connect
 * provider started by the test ({@link TestIdentityProvider}, standing in for VNeID): the
 * citizen logs in, submits a dossier online with their details filled in from the login,
 * one file for the form and their ID card reused from an earlier dossier (after ticking
 * the consent), sees it under "Hồ sơ của tôi"; officers take it to its result through the
 * engine and the API, returned electronically; the citizen downloads the sealed result
 * from "Hồ sơ của tôi", it verifies, and no longer once one byte changes. Screenshots on
 * a phone (390×844) and a desktop (1280×900) in
 * {@code target/screenshots/citizen-login-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "server.address=127.0.0.1",
				"motcua.citizen.rate-limit.enabled=false" })
class CitizenLoginBrowserTest {

	static final TestIdentityProvider provider = TestIdentityProvider.start();

	static final String AN = "001090012345";

	/** Cấp Phiếu lý lịch tư pháp: paper 0 the form, paper 1 the ID card; 200.000 đồng. */
	static final String CRIMINAL_RECORD = "3.000333.000.00.00.H27";

	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension DESKTOP = new Dimension(1280, 900);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@DynamicPropertySource
	static void vneid(DynamicPropertyRegistry registry) {
		provider.register(registry);
	}

	@BeforeAll
	static void browser() {
		Browser.assumeInstalled();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void givenACitizenWithAnEarlierDossier_whenTheyLogInSubmitReusingAPaperAndGetTheResult_thenItIsSealedAndTheirs()
			throws Exception {
		String earlier = earlierDossier();
		Path form = Files.createTempFile("to-khai-ly-lich-tu-phap", ".pdf");
		Files.write(form, TestPdfs.page("To khai yeu cau cap Phieu ly lich tu phap"));
		Path downloads = Files.createTempDirectory("motcua-downloads");

		try (Browser browser = Browser.open(PHONE.width, PHONE.height)) {
			WebDriver page = browser.driver();
			WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(20));
			try {
				// Logged out, "Hồ sơ của tôi" offers the VNeID login.
				page.get(app("/portal/ho-so-cua-toi.html"));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
				shots(browser, "01-not-logged-in");
				click(page, wait, By.id("login-link"));

				// The provider's own login page, on its own port.
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
				assertThat(page.getCurrentUrl()).startsWith(provider.issuer() + "/login");
				page.findElement(By.id("username")).sendKeys(AN);
				page.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
				browser.screenshot("citizen-login-02-provider-phone");
				click(page, wait, By.cssSelector("button[type=submit]"));

				// Back home as Nguyễn Văn An, the earlier dossier listed.
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"),
						"Xin chào Nguyễn Văn An (số định danh " + AN + ")"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossiers"), earlier));
				shots(browser, "03-my-dossiers");

				// Submission: details from the login, name and ID number read-only.
				click(page, wait, By.cssSelector("#submit-online a"));
				page.findElement(By.id("search-q")).sendKeys("ly lich tu phap");
				click(page, wait, By.cssSelector("#search-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(
						By.cssSelector("#procedures > li:first-child > strong"), "Cấp Phiếu lý lịch tư pháp"));
				click(page, wait,
						By.xpath("(//ul[@id='procedures']/li)[1]//button[normalize-space()='Nộp trực tuyến']"));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reuse-1")));
				WebElement name = page.findElement(By.id("applicant-name"));
				WebElement id = page.findElement(By.id("applicant-id"));
				assertThat(name.getAttribute("value")).isEqualTo("Nguyễn Văn An");
				assertThat(id.getAttribute("value")).isEqualTo(AN);
				assertThat(name.getAttribute("readonly")).isNotNull();
				assertThat(id.getAttribute("readonly")).isNotNull();
				assertThat(page.findElement(By.id("applicant-phone")).getAttribute("value")).isEqualTo("0990012345");
				assertThat(page.findElement(By.id("applicant-address")).getAttribute("value"))
					.isEqualTo("Số 45 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh");
				assertThat(page.findElement(By.id("applicant-birth-date")).getAttribute("value"))
					.isEqualTo("17/5/1990");
				assertThat(page.findElement(By.id("applicant-email")).getAttribute("value"))
					.as("the provider gives no e-mail")
					.isEmpty();
				assertThat(page.findElement(By.id("citizen-bar")).getText())
					.contains("Đã đăng nhập bằng tài khoản định danh điện tử: Nguyễn Văn An");
				scrollTo(page, By.id("nop-ho-so"));
				shots(browser, "04-prefilled");

				// One file for the form; the ID card of the earlier dossier, the only one
				// of its kind offered for paper 1.
				page.findElement(By.id("paper-0")).sendKeys(form.toString());
				Select reuse = new Select(page.findElement(By.id("reuse-1")));
				assertThat(reuse.getOptions()).extracting(WebElement::getText)
					.hasSize(2)
					.element(1)
					.asString()
					.contains("Thẻ căn cước")
					.contains(earlier);
				assertThat(new Select(page.findElement(By.id("reuse-0"))).getOptions()).extracting(WebElement::getText)
					.as("for the form, the earlier form only")
					.hasSize(2)
					.element(1)
					.asString()
					.startsWith("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
				reuse.selectByIndex(1);
				click(page, wait, By.cssSelector("input[name=return-method][value=dien-tu]"));
				click(page, wait, By.cssSelector("#submit-form button[type=submit]"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"),
						"Vui lòng đánh dấu đồng ý sử dụng lại giấy tờ đã nộp cho: Thẻ căn cước"));
				assertThat(page.findElement(By.id("consent-1-field")).getText())
					.startsWith("Tôi đồng ý sử dụng lại giấy tờ đã nộp");
				scrollTo(page, By.id("paper-slots"));
				shots(browser, "05-reuse-needs-consent");

				click(page, wait, By.id("consent-1"));
				click(page, wait, By.cssSelector("#submit-form button[type=submit]"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"), "Mã hồ sơ"));
				assertThat(page.findElement(By.id("submit-result")).getText())
					.contains("Dùng lại 1 giấy tờ đã nộp, theo đồng ý của ông/bà.");
				String code = page.findElement(By.id("lookup-code")).getAttribute("value");
				shots(browser, "06-submitted");
				assertThat(this.jdbc.queryForObject("select applicant_id_number from dossier where code = ?",
						String.class, code))
					.isEqualTo(AN);
				assertThat(this.jdbc.queryForList(
						"select source_dossier_code from paper_reuse where dossier_code = ? and paper_index = 1",
						String.class, code))
					.containsExactly(earlier);

				// Under "Hồ sơ của tôi", waiting for reception.
				click(page, wait, By.id("my-dossiers-link"));
				By mine = By.xpath("//ul[@id='dossiers']/li[a[normalize-space()='" + code + "']]");
				wait.until(ExpectedConditions.textToBePresentInElementLocated(mine, "Chờ tiếp nhận"));
				shots(browser, "07-submitted-in-my-dossiers");

				// The officers take it to its result, returned electronically.
				processToElectronicReturn(code);

				// The sealed result, downloaded from "Hồ sơ của tôi".
				((ChromeDriver) page).executeCdpCommand("Browser.setDownloadBehavior",
						Map.of("behavior", "allow", "downloadPath", downloads.toString()));
				page.navigate().refresh();
				By result = By
					.xpath("//ul[@id='dossiers']/li[a[normalize-space()='" + code + "']]//a[@class='result-link']");
				wait.until(ExpectedConditions.visibilityOfElementLocated(result));
				assertThat(page.findElement(mine).getText()).contains("Đã trả kết quả")
					.contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)");
				scrollTo(page, mine);
				shots(browser, "08-result-in-my-dossiers");
				click(page, wait, result);
				byte[] sealed = downloaded(downloads);
				assertThat(new String(sealed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

				assertThat(verify(sealed)).contains("\"valid\":true").contains("ETSI.CAdES.detached");
				byte[] changed = sealed.clone();
				changed[changed.length / 3] ^= 0x01;
				assertThat(verify(changed)).contains("\"valid\":false");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("citizen-login-failure");
				throw new AssertionError(ex.getMessage() + "\nconsole:\n" + browser.console(), ex);
			}
		}
	}

	/** The same view on a phone and on a desktop, the browser back at phone size. */
	private static void shots(Browser browser, String name) throws IOException {
		WebDriver page = browser.driver();
		browser.screenshot("citizen-login-" + name + "-phone");
		page.manage().window().setSize(DESKTOP);
		browser.screenshot("citizen-login-" + name + "-desktop");
		page.manage().window().setSize(PHONE);
	}

	/**
	 * An earlier Phiếu lý lịch tư pháp of the same citizen, sent without login, with the
	 * form and the ID card.
	 */
	private String earlierDossier() throws IOException {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>("""
				{"procedureCode": "%s", "applicant": {"name": "Nguyễn Văn An", "idNumber": "%s"}}"""
			.formatted(CRIMINAL_RECORD, AN), jsonHeaders));
		parts.add("paper-0", pdf("to-khai-2025.pdf", TestPdfs.page("To khai 2025")));
		parts.add("paper-1", pdf("cccd-nguyen-van-an.pdf", TestPdfs.page("Can cuoc 001090012345")));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> created = this.rest.postForEntity("/api/public/dossiers",
				new HttpEntity<>(parts, headers), String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return this.json.readTree(created.getBody()).get("code").asText();
	}

	/**
	 * Reception, appraisal, approval and the fee through the engine, as the officers'
	 * forms would complete them; the result document attached and the return submitted,
	 * electronically, through the API as Tasklist does.
	 */
	private void processToElectronicReturn(String code) {
		Map<String, Map<String, Object>> forms = Map.of("receive-dossier", Map.of("receptionDecision", "accept"),
				"appraise-dossier", Map.of("appraisalResult", "approve"), "approve-dossier",
				Map.of("leaderDecision", "agree"), "collect-fee",
				Map.of("receiptNumber", "BL-9", "feeCollected", true));
		for (Task task = openTask(code); task != null
				&& !"return-result".equals(task.getTaskDefinitionKey()); task = openTask(code)) {
			assertThat(forms).as("a step the test knows").containsKey(task.getTaskDefinitionKey());
			this.tasks.complete(task.getId(), new HashMap<>(forms.get(task.getTaskDefinitionKey())));
			AsyncSteps.run(this.management);
		}
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("number", "120/PLLTP");
		parts.add("signedOn", java.time.LocalDate.now().minusDays(1).toString());
		parts.add("signer", "Nguyễn Văn Hùng");
		parts.add("file", pdf("phieu-ly-lich-tu-phap.pdf", TestPdfs.page("Phieu ly lich tu phap so 120")));
		HttpHeaders multipart = new HttpHeaders();
		multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> attached = reception().postForEntity("/api/dossiers/" + code + "/result",
				new HttpEntity<>(parts, multipart), String.class);
		assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(201);
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> returned = reception()
			.postForEntity("/engine-rest/task/" + openTask(code).getId() + "/submit-form", new HttpEntity<>("""
					{"variables": {"returnMethod": {"value": "dien-tu"}, "resultHandedOver": {"value": true}}}""",
					jsonHeaders), String.class);
		assertThat(returned.getStatusCode().value()).as(returned.getBody()).isEqualTo(204);
		AsyncSteps.run(this.management);
		assertThat(openTask(code)).isNull();
	}

	private String verify(byte[] pdf) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", pdf("ket-qua.pdf", pdf));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> answer = this.rest.postForEntity("/api/public/results/verify",
				new HttpEntity<>(parts, headers), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return answer.getBody();
	}

	/** The one file the browser saved, once it is whole. */
	private static byte[] downloaded(Path folder) throws Exception {
		for (int tries = 0; tries < 100; tries++) {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> done = files.filter((file) -> !file.toString().endsWith(".crdownload")).toList();
				if (!done.isEmpty()) {
					assertThat(done).hasSize(1);
					return Files.readAllBytes(done.get(0));
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("nothing was downloaded to " + folder);
	}

	private Task openTask(String code) {
		return this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", code).singleResult();
	}

	private TestRestTemplate reception() {
		return this.rest.withBasicAuth("trung-tam.tiep-nhan", "demo");
	}

	private static HttpEntity<ByteArrayResource> pdf(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

	private String app(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * Clicks what the locator finds once it can be clicked, found again if the page
	 * redrew it meanwhile.
	 */
	private static void click(WebDriver page, WebDriverWait wait, By target) {
		wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
			return true;
		});
	}

	private static void scrollTo(WebDriver page, By target) {
		((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'start'})",
				page.findElement(target));
	}

}
