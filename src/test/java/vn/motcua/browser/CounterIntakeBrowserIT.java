package vn.motcua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TasklistSession;
import vn.motcua.support.TestPdfs;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk-in dossier in real browsers, in the officers' own Tasklist sessions, from the
 * counter to the citizen's download: the counter officer registers it on the counter page
 * with two scanned papers, accepts it in Tasklist and prints the Mẫu 01; the specialist
 * of the competent agency opens the applicant's PDF from the appraisal form and proposes
 * to grant it; the agency's leader approves; the counter officer collects the fee,
 * attaches the result document and returns it electronically, and the citizen downloads
 * it. Every pointer click is counted (choosing a file counts two: the button and the
 * file; typing is not a click).
 */
@PostgresTest
class CounterIntakeBrowserIT {

	private static final Logger log = LoggerFactory.getLogger(CounterIntakeBrowserIT.class);

	private static final String PROCEDURE = "Cấp Phiếu lý lịch tư pháp";

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.camunda.bpm.engine.TaskService tasks;

	int clicks;

	/** An ID number no earlier dossier of the suite has: nothing is prefilled. */
	final String idNumber = String.format("0792%08d", System.nanoTime() % 100_000_000L);

	@Test
	void givenAWalkInWithTwoScans_whenEachOfficerDoesHisStep_thenTheCitizenDownloadsTheResult() throws Exception {
		Path form = scan("to-khai.pdf", "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
		Path id = scan("cccd.png", null);
		String code;
		try (Browser browser = Browser.open(1400, 1100)) {
			try {
				code = counterIntake(browser, form, id);
				int intake = this.clicks;
				this.clicks = 0;
				acceptAndPrint(browser, code);
				log.info("Clicks: counter intake {}, acceptance and Mẫu 01 print {}", intake, this.clicks);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("counter-intake-failure");
				throw ex;
			}
		}
		try (Browser browser = Browser.open(1400, 1100)) {
			try {
				this.clicks = 0;
				openThePdfFromTheAppraisalForm(browser, code);
				log.info("Clicks: appraisal with the applicant's PDF opened {}", this.clicks);
				finishTheAppraisal(browser, code);
				log.info("Clicks: appraisal with the applicant's PDF opened, proposal and completion {}", this.clicks);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("appraisal-pdf-failure");
				throw ex;
			}
		}
		int approval;
		try (Browser browser = Browser.open(1400, 1100)) {
			TasklistSession leader = new TasklistSession(browser, this.port);
			try {
				awaitTask(code, "approve-dossier");
				leader.login("cong-an-tinh.lanh-dao");
				leader.filter("Việc của đơn vị");
				leader.openTask(code);
				assertThat(leader.text()).contains("Trần Thị Lan");
				leader.claim();
				leader.choose("Đồng ý với đề xuất");
				browser.screenshot("approval-form");
				leader.complete(code);
				approval = leader.takeClicks();
				log.info("Clicks: approval by the agency's leader (login included) {}", approval);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("approval-failure");
				throw ex;
			}
		}
		try (Browser browser = Browser.open(1400, 1100)) {
			TasklistSession counter = new TasklistSession(browser, this.port);
			try {
				awaitTask(code, "collect-fee");
				counter.login("trung-tam.tiep-nhan");
				counter.filter("Việc của đơn vị");
				counter.openTask(code);
				counter.claim();
				counter.type(By.xpath("//label[contains(.,'Số biên lai')]/following::input[1]"), "BL-2026-0417");
				counter.choose("Đã thu đủ phí");
				browser.screenshot("fee-form");
				counter.complete(code);
				int fee = counter.takeClicks();
				log.info("Clicks: fee collected at the counter (login included) {}", fee);

				awaitTask(code, "return-result");
				// The list shows the new task at once, or when the officer picks the
				// filter again.
				if (!counter.listed(code)) {
					counter.filter("Việc của đơn vị");
				}
				counter.openTask(code);
				counter.claim();
				attachTheResult(counter, code);
				WebElement electronic = counter.page()
					.findElement(By.xpath("//label[contains(.,'Trả kết quả điện tử')]//input"));
				assertThat(electronic.isSelected()).as("the method chosen at reception").isTrue();
				counter.choose("Đã trả kết quả cho tổ chức");
				browser.screenshot("return-form");
				counter.complete(code);
				int handBack = counter.takeClicks();
				log.info("Clicks: return with the result document attached {}", handBack);
				log.info("Clicks measured: intake, acceptance and print, appraisal: see above; approval {}, fee {}, "
						+ "return {}", approval, fee, handBack);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("fee-return-failure");
				throw ex;
			}
		}
		// Returned electronically: the citizen downloads the signed result.
		vn.motcua.support.TestHttp citizen = new vn.motcua.support.TestHttp(this.port).from("198.51.100.44")
			.header("X-Id-Number", this.idNumber);
		java.net.http.HttpResponse<String> result = org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> citizen.get("/api/public/dossiers/" + code + "/result"),
					(answer) -> answer.statusCode() == 200);
		assertThat(result.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(result.body()).startsWith("%PDF-").contains("ETSI.CAdES.detached");
	}

	private void finishTheAppraisal(Browser browser, String code) throws Exception {
		WebDriver page = browser.driver();
		WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(90));
		// Back from the PDF's tab to the form (a click on the Tasklist tab).
		page.close();
		page.switchTo().window(page.getWindowHandles().iterator().next());
		this.clicks++;
		click(wait.until(
				ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(.,'Hồ sơ đủ điều kiện')]//input"))));
		page.findElement(By.xpath("//label[contains(.,'Ý kiến thẩm định')]/following::textarea[1]"))
			.sendKeys("Đủ điều kiện, đề nghị cấp phiếu.");
		browser.screenshot("appraisal-proposed");
		click(wait
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Hoàn thành']"))));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(
				By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]")));
	}

	/**
	 * From the return form, the link to the result page (a new tab): number, date, signer
	 * and the signed file, then back to the form.
	 */
	private void attachTheResult(TasklistSession counter, String code) throws Exception {
		WebDriver page = counter.page();
		String tasklist = page.getWindowHandle();
		counter.click(By.partialLinkText("Đính kèm văn bản kết quả"));
		counter.switchToNewTab(List.of(tasklist));
		counter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("code"), code));
		page.findElement(By.id("number")).sendKeys("1520/PLLTP-CA");
		// Typed, as a date is (the date field's own picker is not needed).
		((JavascriptExecutor) page).executeScript("document.getElementById('signedOn').value = arguments[0]",
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		page.findElement(By.id("signer")).sendKeys("Đại tá Nguyễn Văn Hùng");
		page.findElement(By.id("file"))
			.sendKeys(resultFile("phieu-ly-lich.pdf", TestPdfs.page("Phieu ly lich tu phap so 1520")).toString());
		counter.countClicks(2);
		counter.click(By.cssSelector("#result button[type=submit]"));
		counter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current"), "Đã đính kèm"));
		counter.screenshot("result-attached");
		page.close();
		page.switchTo().window(tasklist);
		counter.countClicks(1);
	}

	private void awaitTask(String code, String key) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.tasks.createTaskQuery()
				.processVariableValueEquals("dossierCode", code)
				.taskDefinitionKey(key)
				.count() == 1);
	}

	private String counterIntake(Browser browser, Path form, Path id) throws Exception {
		WebDriver page = browser.driver();
		WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(90));
		tasklistLogin(browser, "trung-tam.tiep-nhan");
		page.get(url("/quay/"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "trung-tam.tiep-nhan"));
		page.findElement(By.id("procedure-search")).sendKeys("ly lich tu phap");
		click(wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//button[@class='choice'][contains(., '" + PROCEDURE + "')]"))));
		page.findElement(By.id("idNumber")).sendKeys(this.idNumber);
		type(page, "name", "Trần Thị Lan");
		type(page, "phone", "0912345678");
		type(page, "address", "Số 5 Lý Thái Tổ, phường Kinh Bắc");
		// Choosing a scan ticks its paper as received.
		page.findElement(By.id("scan-0")).sendKeys(form.toString());
		this.clicks += 2;
		page.findElement(By.id("scan-1")).sendKeys(id.toString());
		this.clicks += 2;
		assertThat(page.findElement(By.id("received-1")).isSelected()).isTrue();
		type(page, "sets", "2");
		click(page.findElement(By.cssSelector("input[name=returnMethod][value=dien-tu]")));
		browser.screenshot("counter-intake-form");
		click(page.findElement(By.id("submit")));
		WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
		wait.until(ExpectedConditions.attributeContains(By.id("task-link"), "href", "task="));
		browser.screenshot("counter-intake-done");
		return code.getText();
	}

	private void acceptAndPrint(Browser browser, String code) throws Exception {
		WebDriver page = browser.driver();
		WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(90));
		String counter = page.getWindowHandle();
		click(page.findElement(By.id("task-link")));
		switchToNewTab(page, wait, List.of(counter));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kết quả kiểm tra hồ sơ"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Trần Thị Lan"));
		String body = page.findElement(By.tagName("body")).getText();
		assertThat(body).contains(code).contains(this.idNumber).contains("Số 5 Lý Thái Tổ").contains("0912345678");
		claimIfOffered(page);
		click(wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//label[contains(.,'Hồ sơ đầy đủ, hợp lệ')]//input | //input[@value='accept']"))));
		browser.screenshot("counter-reception-form");
		click(wait
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Hoàn thành']"))));
		wait.until(
				ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Hoàn thành']")));
		page.close();
		page.switchTo().window(counter);
		click(page.findElement(By.id("print-link")));
		switchToNewTab(page, wait, List.of(counter));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
		assertThat(page.findElement(By.tagName("body")).getText().toUpperCase())
			.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
			.contains("TRẦN THỊ LAN")
			.contains("SỐ LƯỢNG HỒ SƠ: 02 BỘ");
		browser.screenshot("counter-mau-01");
	}

	private void openThePdfFromTheAppraisalForm(Browser browser, String code) throws Exception {
		WebDriver page = browser.driver();
		WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(90));
		tasklistLogin(browser, "cong-an-tinh.chuyen-vien");
		click(wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))));
		click(wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]"))));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đề xuất của chuyên viên"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Trần Thị Lan"));
		assertThat(page.findElement(By.tagName("body")).getText()).contains(this.idNumber)
			.contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp")
			.contains("còn");
		browser.screenshot("appraisal-form-with-dossier");
		String tasklist = page.getWindowHandle();
		// Tasklist keeps an unclaimed task's form read-only: the specialist claims it
		// first.
		claimIfOffered(page);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
		WebElement link = page.findElement(By.partialLinkText("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"));
		assertThat(link.getAttribute("target")).isEqualTo("_blank");
		click(link);
		switchToNewTab(page, wait, List.of(tasklist));
		wait.until(ExpectedConditions.urlContains("/api/dossiers/" + code + "/files/"));
		// The tab shows Chromium's PDF viewer (no page script runs there): what the
		// server
		// sends for that address is read again as the same specialist.
		String path = java.net.URI.create(page.getCurrentUrl()).getPath();
		java.net.http.HttpResponse<String> file = new vn.motcua.support.TestHttp(this.port)
			.as("cong-an-tinh.chuyen-vien", "demo")
			.get(path);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		assertThat(file.body()).startsWith("%PDF-1.4");
		browser.screenshot("appraisal-pdf-opened");
	}

	private void tasklistLogin(Browser browser, String user) {
		WebDriver page = browser.driver();
		WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(90));
		page.get(url("/camunda/app/tasklist/default/"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
		page.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
		page.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
		click(page.findElement(By.cssSelector("button[type=submit]")));
		wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị")));
	}

	/** Types into a field the officer may find prefilled, as he would: over it. */
	private static void type(WebDriver page, String id, String text) {
		WebElement field = page.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void claimIfOffered(WebDriver page) {
		var claim = page.findElements(By.xpath("//button[contains(.,'Nhận việc')]"));
		if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
			click(claim.get(0));
		}
	}

	private static void switchToNewTab(WebDriver page, WebDriverWait wait, List<String> known) {
		wait.until((driver) -> driver.getWindowHandles().size() > known.size());
		List<String> handles = new ArrayList<>(page.getWindowHandles());
		handles.removeAll(known);
		page.switchTo().window(handles.get(0));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) element).getWrappedDriver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		this.clicks++;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A small PDF, or a 1×1 PNG when {@code pdf} is null. */
	private static Path resultFile(String name, byte[] pdf) throws Exception {
		Path file = Files.createTempDirectory("motcua-result").resolve(name);
		Files.write(file, pdf);
		return file;
	}

	private static Path scan(String name, String pdf) throws Exception {
		Path file = Files.createTempDirectory("motcua-scan").resolve(name);
		if (pdf != null) {
			Files.writeString(file, pdf, StandardCharsets.US_ASCII);
		}
		else {
			Files.write(file, java.util.Base64.getDecoder()
				.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
		}
		return file;
	}

}
