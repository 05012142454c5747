package vn.motcua.browser;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counter officer in a real browser: logs into Tasklist, opens the reception task of a
 * new dossier, fills the Vietnamese form and completes it; the register then shows the
 * dossier accepted.
 */
@PostgresTest
class TasklistReceptionBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void givenANewDossier_whenTheOfficerAcceptsItInTasklist_thenItIsBeingHandled() throws Exception {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		TestHttp officer = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo");
		HttpResponse<String> created = officer.postJson("/api/dossiers", """
				{"procedureCode": "%s", "applicant": {"name": "Lê Văn Cường", "idNumber": "001085011111"}}"""
			.formatted(procedure.code()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created.body());
		assertThat(code.find()).isTrue();
		String dossierCode = code.group(1);

		try (Browser browser = Browser.open(1400, 1000)) {
			try {
				acceptInTasklist(browser, dossierCode, procedure);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("tasklist-reception-failure");
				throw ex;
			}
		}

		HttpResponse<String> record = officer.get("/api/dossiers/" + dossierCode);
		assertThat(record.body()).contains("\"status\":\"DANG_XU_LY\"").contains("\"type\":\"ACCEPTED\"");
	}

	private void acceptInTasklist(Browser browser, String dossierCode, Procedure procedure) throws Exception {
		{
			WebDriver page = browser.driver();
			var wait = browser.waitUpTo(Duration.ofSeconds(30));
			page.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
			page.findElement(By.cssSelector("input[type=text]")).sendKeys("trung-tam.tiep-nhan");
			page.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
			page.findElement(By.cssSelector("button[type=submit]")).click();

			wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
			WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + dossierCode + "')]]")));
			task.click();
			wait.until(
					ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kết quả kiểm tra hồ sơ"));
			assertThat(page.findElement(By.tagName("body")).getText()).contains(dossierCode).contains(procedure.name());
			// Officers are not shown Camunda's English end-of-life banner.
			assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("migrate to Camunda 8");
			var claim = page.findElements(By.xpath("//button[contains(.,'Nhận việc')]"));
			if (!claim.isEmpty()) {
				claim.get(0).click();
				// The form stays read-only (under an overlay) until the claim is
				// answered.
				wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
			}
			wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//label[contains(.,'Hồ sơ đầy đủ, hợp lệ')]//input | //input[@value='accept']")))
				.click();
			browser.screenshot("tasklist-reception-form");
			// below a long form the button may sit under Tasklist's footer: bring it into
			// view
			var complete = wait
				.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Hoàn thành']")));
			((org.openqa.selenium.JavascriptExecutor) page)
				.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
			complete.click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(
					By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + dossierCode + "')]]")));
			browser.screenshot("tasklist-reception-done");
		}
	}

}
