package vn.motcua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The citizens' portal in a real browser on a phone-sized screen: find a procedure,
 * submit it online with a file per paper, look the dossier up, rate the service once the
 * result is returned, and send a complaint.
 */
@PostgresTest
class PortalBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Test
	void givenAPhone_whenACitizenSubmitsLooksUpRatesAndComplains_thenEachStepIsConfirmedInVietnamese()
			throws Exception {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.onlineLevel().equals("toan-trinh")
					&& p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		Path paper = Files.createTempFile("to-khai", ".pdf");
		Files.writeString(paper, "%PDF-1.4\n% Tờ khai\n%%EOF\n");

		try (Browser browser = Browser.open(390, 844)) {
			WebDriver page = browser.driver();
			WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(20));
			try {
				page.get("http://localhost:" + this.port + "/");
				page.findElement(By.id("search-q")).sendKeys(procedure.code());
				page.findElement(By.cssSelector("#search-form button")).click();
				// The page lists every procedure on load; wait for the search's own
				// answer: one card.
				wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#procedures > li"), 1));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedures"), procedure.name()));
				click(page, wait, By.xpath("//ul[@id='procedures']//button[normalize-space()='Nộp trực tuyến']"));
				page.findElement(By.id("applicant-name")).sendKeys("Vương Thị Hoa");
				page.findElement(By.id("applicant-id")).sendKeys("001199088888");
				page.findElement(By.id("applicant-phone")).sendKeys("0988111222");
				// one file per paper of the catalogue
				for (var input : page.findElements(By.cssSelector("#papers input[type=file]"))) {
					input.sendKeys(paper.toString());
				}
				click(page, wait, By.cssSelector("#submit-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"), "Mã hồ sơ"));
				browser.screenshot("portal-phone-submitted");
				String code = page.findElement(By.id("lookup-code")).getAttribute("value");

				click(page, wait, By.cssSelector("#lookup-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "Chờ tiếp nhận"));

				returnResult(code);
				page.findElement(By.id("rate-code")).sendKeys(code);
				page.findElement(By.id("rate-id")).sendKeys("001199088888");
				// every criterion starts unchosen
				for (var select : page.findElements(By.cssSelector("#rate-criteria select"))) {
					new org.openqa.selenium.support.ui.Select(select).selectByVisibleText("Rất hài lòng");
				}
				click(page, wait, By.cssSelector("#rate-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rate-result"), "Cảm ơn"));

				page.findElement(By.id("feedback-name")).sendKeys("Vương Thị Hoa");
				page.findElement(By.id("feedback-contact")).sendKeys("0988111222");
				page.findElement(By.id("feedback-content")).sendKeys("Đề nghị bố trí thêm ghế chờ tại quầy.");
				click(page, wait, By.cssSelector("#feedback-form button"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-result"), "Đã gửi"));
				browser.screenshot("portal-phone-done");

				click(page, wait, By.cssSelector("#lookup-form button"));
				wait.until(
						ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "Đã trả kết quả"));
				assertThat(page.findElement(By.id("lookup-result")).getText()).contains(code)
					.doesNotContain("Vương Thị Hoa");
				page.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
				page.get("http://localhost:" + this.port + "/?ma=" + code);
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedures"), "Mã"));
				assertThat(page.findElement(By.id("lookup-code")).getAttribute("value")).isEqualTo(code);
				browser.screenshot("portal-desktop");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("portal-failure");
				throw ex;
			}
		}
	}

	/**
	 * The officers' side, done here directly: accept, appraise, approve, collect the fee,
	 * return.
	 */
	private void returnResult(String code) {
		Map<String, Map<String, Object>> forms = Map.of("receive-dossier", Map.of("receptionDecision", "accept"),
				"appraise-dossier", Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"),
				"approve-dossier", Map.of("leaderDecision", "agree"), "collect-fee",
				Map.of("receiptNumber", "BL-1", "feeCollected", true), "return-result",
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
		for (int i = 0; i < 6; i++) {
			Task task = this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", code).singleResult();
			if (task == null) {
				return;
			}
			this.tasks.complete(task.getId(), new HashMap<>(forms.get(task.getTaskDefinitionKey())));
			// The steps after the click run as jobs (async continuations).
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.management.createJobQuery().messages().count() == 0);
		}
	}

	private static void click(WebDriver page, WebDriverWait wait, By target) {
		var element = wait.until(ExpectedConditions.elementToBeClickable(target));
		((org.openqa.selenium.JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element);
		element.click();
	}

}
