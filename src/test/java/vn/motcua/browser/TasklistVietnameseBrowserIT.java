package vn.motcua.browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.catalog.Catalogue;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer whose browser asks for English still meets Tasklist in Vietnamese: the login
 * page, the task list with its Vietnamese dates, the task with its form; no "Bắt đầu quy
 * trình" or "Tạo công việc", which the administrator keeps. "?lang=en" brings English
 * back. Every page's visible text is scanned for Camunda's English labels.
 */
@PostgresTest
class TasklistVietnameseBrowserIT {

	/** Camunda's English labels an officer met before (issue #17), and their kin. */
	private static final List<String> ENGLISH = List.of("Username", "Password", "Log in", "Please Log in", "Log out",
			"Claim", "Unclaim", "Complete", "Save", "Created", "Due in", "Due", "Follow-up", "Add Comment",
			"Set follow-up date", "Set due date", "Add groups", "Start process", "Create task", "Filter Tasks",
			"All Tasks", "Sort by", "Powered by", "Date and Time", "Description", "History", "Diagram", "Form",
			"Assignee", "ago", "minutes", "seconds", "Loading", "Keyboard Shortcuts", "Add a simple filter", "Tasklist",
			"Welcome");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void givenAnEnglishBrowser_whenAnOfficerWorksInTasklist_thenEveryLabelIsVietnamese() throws Exception {
		String code = aNewDossier();
		try (Browser browser = Browser.open(1400, 1000, "en-US")) {
			WebDriver page = browser.driver();
			// Two cores shared by several builds: Tasklist's first load can take a while.
			WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
			try {
				page.get(tasklist(""));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng nhập"));
				assertThat(page.findElement(By.cssSelector("input[type=text]")).getAttribute("placeholder"))
					.isEqualTo("Tên đăng nhập");
				assertThat(page.findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
					.isEqualTo("Mật khẩu");
				browser.screenshot("tasklist-vi-login");
				assertNoEnglish(page, "login page");

				logIn(page, "trung-tam.tiep-nhan", "demo");
				wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
				By task = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]");
				wait.until(ExpectedConditions.elementToBeClickable(task));
				// Dates come from the Vietnamese moment locale: "Tạo vài giây trước".
				wait.until(ExpectedConditions.textMatches(By.cssSelector(".creation-date"),
						Pattern.compile("Tạo .+ trước")));
				browser.screenshot("tasklist-vi-list");
				assertNoEnglish(page, "task list");
				assertThat(visibleText(page)).doesNotContain("Bắt đầu quy trình").doesNotContain("Tạo công việc");

				page.findElement(task).click();
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
						"Kết quả kiểm tra hồ sơ"));
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Nhận việc"));
				assertThat(visibleText(page)).contains("Đặt ngày theo dõi", "Đặt hạn xử lý", "Thêm ý kiến", "Biểu mẫu",
						"Lịch sử");
				browser.screenshot("tasklist-vi-task");
				assertNoEnglish(page, "task before claiming");

				page.findElement(By.xpath("//button[contains(.,'Nhận việc')]")).click();
				wait.until(
						ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Hoàn thành']")));
				// The claimed task names its assignee by full name, not by login.
				assertThat(visibleText(page)).contains("Lưu", "Nguyễn Thị Lan").doesNotContain("trung-tam.tiep-nhan");
				browser.screenshot("tasklist-vi-form");
				assertNoEnglish(page, "claimed task with its form");

				administratorKeepsTheActionsAndEnglishOnRequest(browser, page, wait);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("tasklist-vi-failure");
				throw new AssertionError("Browser console:\n" + browser.console(), ex);
			}
		}
	}

	private void administratorKeepsTheActionsAndEnglishOnRequest(Browser browser, WebDriver page, WebDriverWait wait)
			throws Exception {
		page.manage().deleteAllCookies();
		page.get(tasklist(""));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
		logIn(page, "admin", PostgresTest.ADMIN_PASSWORD);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tạo công việc"));
		browser.screenshot("tasklist-vi-admin");

		page.get(tasklist("?lang=en"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Start process"));
		assertThat(visibleText(page)).contains("Create task").doesNotContain("Bắt đầu quy trình");
		browser.screenshot("tasklist-en-on-request");
		page.get(tasklist("?lang=vi"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));
	}

	private String aNewDossier() {
		String procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow()
			.code();
		return new TestHttp(this.port).as("trung-tam.tiep-nhan", "demo")
			.submitDossier(procedure, "Đỗ Thị Hằng", "001085033333");
	}

	private String tasklist(String query) {
		return "http://localhost:" + this.port + "/camunda/app/tasklist/default/" + query;
	}

	private static void logIn(WebDriver page, String user, String password) {
		page.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
		page.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
		page.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private static String visibleText(WebDriver page) {
		return page.findElement(By.tagName("body")).getText();
	}

	private static void assertNoEnglish(WebDriver page, String where) {
		String text = visibleText(page);
		List<String> found = ENGLISH.stream()
			.filter((label) -> Pattern.compile("\\b" + Pattern.quote(label) + "\\b").matcher(text).find())
			.toList();
		assertThat(found).as("English labels on the %s:%n%s", where, text).isEmpty();
	}

}
