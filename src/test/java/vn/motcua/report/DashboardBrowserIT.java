package vn.motcua.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.report.RegisterFixture.aDossier;

/**
 * A manager opens the dashboard in a real browser, on a desktop and on a phone: logs in,
 * sees today's and the month's figures, the trend chart, the agencies by overdue, and the
 * dossiers due next and overdue. The login is a session: the page keeps no password in
 * the browser's storage, a reload stays logged in, a logout ends it. The page runs under
 * its Content-Security-Policy (no inline script), the chart included.
 */
@PostgresTest
class DashboardBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Test
	void givenDueAndOverdueDossiers_whenAManagerOpensTheDashboard_thenFiguresChartAndListsShow() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(RegisterFixture.VN).toLocalDate();
		OffsetDateTime nextClose = this.calendar.endOfDay(this.calendar.addWorkingDays(today, 1)).toOffsetDateTime();
		RegisterFixture register = new RegisterFixture(this.jdbc);
		List<String> dueSoon = register.add(aDossier().agency("so-y-te").received(now.minusHours(1)).due(nextClose), 1);
		List<String> overdue = register
			.add(aDossier().agency("so-xay-dung").received(now.minusDays(30)).due(now.minusDays(10)), 1);
		register.add(aDossier().received(now.minusHours(2)).due(nextClose.plusDays(7)).finished(now.minusHours(1)), 2);
		register.flush();

		try (Browser browser = Browser.open(1280, 1400)) {
			WebDriver page = browser.driver();
			try {
				page.get("http://localhost:" + this.port + "/dashboard");
				page.findElement(By.id("username")).sendKeys("quan-ly");
				page.findElement(By.id("password")).sendKeys("demo");
				page.findElement(By.cssSelector("#login button[type=submit]")).click();
				browser.waitUpTo(Duration.ofSeconds(20))
					.until(ExpectedConditions.attributeToBeNotEmpty(page.findElement(By.tagName("body")),
							"data-loaded"));

				JavascriptExecutor script = (JavascriptExecutor) page;
				assertThat(script.executeScript("return sessionStorage.length + localStorage.length"))
					.as("nothing kept in the browser's storage")
					.isEqualTo(0L);
				assertThat(page.findElement(By.id("error")).isDisplayed()).isFalse();
				assertThat(page.findElement(By.id("today")).getText()).contains("Tiếp nhận", "Đang quá hạn");
				assertThat(page.findElement(By.id("summary")).getText()).contains("Tỷ lệ đúng hạn");
				assertThat(page.findElements(By.cssSelector("#trend canvas"))).isNotEmpty();
				assertThat(page.findElement(By.id("indicators")).getText()).as("each indicator with its formula")
					.contains("Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG", "national_sync", "÷", "dossier_file");
				assertThat(page.findElement(By.id("due-soon")).getText()).contains(dueSoon.get(0));
				assertThat(page.findElement(By.id("overdue")).getText()).contains(overdue.get(0));
				List<WebElement> agencies = page.findElements(By.cssSelector("#agencies tbody tr"));
				assertThat(agencies).isNotEmpty();
				browser.screenshot("dashboard");

				// A trend longer than a year is refused (400), a two-year summary is not:
				// the
				// trend panel says so alone.
				String loaded = page.findElement(By.tagName("body")).getAttribute("data-loaded");
				script.executeScript("document.getElementById('from').value = arguments[0]",
						today.minusYears(2).toString());
				page.findElement(By.cssSelector("#period button[type=submit]")).click();
				browser.waitUpTo(Duration.ofSeconds(20))
					.until((driver) -> !loaded
						.equals(driver.findElement(By.tagName("body")).getAttribute("data-loaded")));
				assertThat(page.findElement(By.tagName("body")).getAttribute("data-failed")).isEqualTo("trend");
				assertThat(page.findElement(By.id("trend-error")).getText()).startsWith("Không tải được phần này")
					.contains("366");
				assertThat(page.findElement(By.id("error")).isDisplayed()).isFalse();
				assertThat(page.findElement(By.id("summary")).getText()).contains("Tỷ lệ đúng hạn");
				assertThat(page.findElement(By.id("overdue")).getText()).contains(overdue.get(0));
				browser.screenshot("dashboard-one-panel-failed");

				page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
				page.navigate().refresh();
				browser.waitUpTo(Duration.ofSeconds(20))
					.until(ExpectedConditions.attributeToBeNotEmpty(page.findElement(By.tagName("body")),
							"data-loaded"));
				Object scrollWidth = script.executeScript("return document.documentElement.scrollWidth");
				assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
				browser.screenshot("dashboard-phone");

				page.findElement(By.id("logout")).click();
				browser.waitUpTo(Duration.ofSeconds(10))
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
				page.navigate().refresh();
				browser.waitUpTo(Duration.ofSeconds(10))
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
				assertThat(page.findElement(By.id("board")).isDisplayed()).as("logged out after a reload").isFalse();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("dashboard-failure");
				throw ex;
			}
		}
	}

}
