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

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk-in dossier in real browsers, in the officers' own Tasklist sessions: the counter
 * officer registers it on the counter page with two scanned papers, accepts it in
 * Tasklist and prints the Mẫu 01; the specialist of the competent agency opens the
 * applicant's PDF from the appraisal form. Every pointer click is counted (choosing a
 * file counts two: the button and the file).
 */
@PostgresTest
class CounterIntakeBrowserIT {

	private static final Logger log = LoggerFactory.getLogger(CounterIntakeBrowserIT.class);

	private static final String PROCEDURE = "Cấp Phiếu lý lịch tư pháp";

	@LocalServerPort
	int port;

	int clicks;

	/** An ID number no earlier dossier of the suite has: nothing is prefilled. */
	final String idNumber = String.format("0792%08d", System.nanoTime() % 100_000_000L);

	@Test
	void givenAWalkInWithTwoScans_whenReceivedAtTheCounter_thenTheSpecialistOpensTheApplicantsPdf() throws Exception {
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
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("appraisal-pdf-failure");
				throw ex;
			}
		}
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
		element.click();
		this.clicks++;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A small PDF, or a 1×1 PNG when {@code pdf} is null. */
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
