package vn.motcua.browser;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "4/5 tại chỗ" in a real browser: the agency's officer at the center and the authorised
 * leader finish an on-site dossier in Tasklist, each in fewer than ten clicks (typing a
 * login or a receipt number is not a click).
 */
@PostgresTest
class OnSiteTasklistBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void givenAnOnSiteDossier_whenTheOfficerAndTheLeaderWorkInTasklist_thenItIsReturnedWithinTenClicksEach()
			throws Exception {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("tai-cho") && p.fee().amount() > 0)
			.findFirst()
			.orElseThrow();
		String officer = procedure.agency() + ".tai-cho";
		String leader = this.catalogue.onSiteApprovers(procedure.code()).get(0);
		TestHttp counter = new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo");
		HttpResponse<String> created = counter.postJson("/api/dossiers", """
				{"procedureCode": "%s", "applicant": {"name": "Hoàng Văn Nam", "idNumber": "001080022222"}}"""
			.formatted(procedure.code()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher matcher = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created.body());
		assertThat(matcher.find()).isTrue();
		String code = matcher.group(1);

		int officerClicks;
		int leaderClicks;
		try (Browser officerBrowser = Browser.open(1400, 1200)) {
			Clicks desk = new Clicks(officerBrowser.driver(), officerBrowser.waitUpTo(Duration.ofSeconds(30)));
			try {
				desk.login(this.port, officer);
				desk.openTask(code);
				desk.claim();
				desk.click(By.xpath("//label[contains(.,'Hồ sơ đủ điều kiện')]"));
				officerBrowser.screenshot("on-site-officer-receive");
				desk.complete(code);

				leaderClicks = session(leader, (s) -> {
					s.openTask(code);
					s.claim();
					s.click(By.xpath("//label[contains(.,'Đồng ý: ký kết quả')]"));
					s.complete(code);
				}, "on-site-leader-approve");

				desk.reload(this.port);
				desk.openTask(code);
				desk.type(By.xpath("//label[contains(.,'Số biên lai')]/following::input[1]"), "BL-2026-001");
				desk.click(By.xpath("//label[contains(.,'Đã thu đủ phí')]"));
				desk.click(By.xpath("//label[contains(.,'Đã trả kết quả cho tổ chức')]"));
				officerBrowser.screenshot("on-site-officer-hand-over");
				desk.complete(code);
				officerClicks = desk.count;
			}
			catch (RuntimeException | AssertionError ex) {
				officerBrowser.screenshot("on-site-officer-failure");
				throw ex;
			}
		}

		System.out.printf("On-site dossier %s finished in Tasklist: officer %d clicks, leader %d clicks%n", code,
				officerClicks, leaderClicks);
		assertThat(officerClicks).isLessThan(10);
		assertThat(leaderClicks).isLessThan(10);
		// The fee and return records run right after the click (async continuation).
		HttpResponse<String> record = await().atMost(Duration.ofSeconds(30))
			.until(() -> counter.get("/api/dossiers/" + code), (answer) -> answer.body().contains("DA_TRA_KET_QUA"));
		assertThat(record.body()).contains("\"status\":\"DA_TRA_KET_QUA\"").contains("\"type\":\"FEE_PAID\"");
	}

	private int session(String user, java.util.function.Consumer<Clicks> work, String screenshot) throws Exception {
		try (Browser browser = Browser.open(1400, 1200)) {
			Clicks clicks = new Clicks(browser.driver(), browser.waitUpTo(Duration.ofSeconds(30)));
			try {
				clicks.login(this.port, user);
				work.accept(clicks);
				browser.screenshot(screenshot);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot(screenshot + "-failure");
				throw ex;
			}
			return clicks.count;
		}
	}

	/** Tasklist as a user sees it, counting every click. */
	static final class Clicks {

		private final WebDriver page;

		private final WebDriverWait wait;

		int count;

		Clicks(WebDriver page, WebDriverWait wait) {
			this.page = page;
			this.wait = wait;
		}

		void login(int port, String user) {
			this.page.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
			this.page.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
			this.page.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
			click(By.cssSelector("button[type=submit]"));
		}

		void reload(int port) {
			this.page.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
		}

		/**
		 * Takes the task if it is not the officer's yet; Tasklist keeps its form
		 * read-only until then.
		 */
		void claim() {
			var claim = this.page
				.findElements(By.xpath("//*[normalize-space()='Nhận việc' and (self::a or self::button)]"));
			if (!claim.isEmpty()) {
				claim.get(0).click();
				this.count++;
				// The form stays read-only (under an overlay) until the claim is
				// answered.
				this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
			}
		}

		void openTask(String code) {
			click(By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]"));
			// The task's form has rendered its summary: the task detail, with its Claim
			// button, is loaded.
			this.wait.until(ExpectedConditions
				.visibilityOfElementLocated(By.xpath("//h3[contains(normalize-space(.),'Hồ sơ " + code + "')]")));
		}

		void complete(String code) {
			click(By.xpath("//button[normalize-space()='Hoàn thành']"));
			this.wait.until(ExpectedConditions.invisibilityOfElementLocated(
					By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]")));
		}

		void click(By target) {
			var element = this.wait.until(ExpectedConditions.elementToBeClickable(target));
			((org.openqa.selenium.JavascriptExecutor) this.page)
				.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
			this.count++;
		}

		void type(By target, String text) {
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(target)).sendKeys(text);
		}

	}

}
