package vn.motcua.browser;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.support.Browser;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.TasklistSession;
import vn.motcua.support.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A phản ánh, kiến nghị from its sender to its published answer, in real browsers: a
 * citizen sends it on the portal (naming no agency, as the portal does), the center's
 * leader reads the citizen's own text in the Tasklist form, answers and completes it, and
 * the citizen reads the answer through the public look-up.
 */
@PostgresTest
class FeedbackAnswerBrowserIT {

	private static final String COMPLAINT = "Quầy số 2 hẹn trả kết quả ngày 5 nhưng đến ngày 9 vẫn chưa có, "
			+ "không ai gọi điện báo.";

	private static final String ANSWER = "Trung tâm xin lỗi ông/bà; kết quả đã có, mời ông/bà đến quầy số 2 nhận.";

	@LocalServerPort
	int port;

	@Test
	void givenAComplaintFromThePortal_whenTheLeaderAnswersInTasklist_thenTheCitizenReadsTheAnswer() throws Exception {
		String code;
		try (Browser browser = Browser.open(1280, 1000)) {
			WebDriver page = browser.driver();
			try {
				page.get("http://localhost:" + this.port + "/");
				browser.waitUpTo(Duration.ofSeconds(30))
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-name")));
				page.findElement(By.id("feedback-name")).sendKeys("Trịnh Văn Khải");
				page.findElement(By.id("feedback-contact")).sendKeys("0987000111");
				page.findElement(By.id("feedback-content")).sendKeys(COMPLAINT);
				org.openqa.selenium.WebElement send = page.findElement(By.cssSelector("#feedback-form button"));
				((org.openqa.selenium.JavascriptExecutor) page)
					.executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
				send.click();
				browser.waitUpTo(Duration.ofSeconds(30))
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-result"), "Mã:"));
				Matcher sent = Pattern.compile("Mã: (\\S+)")
					.matcher(page.findElement(By.id("feedback-result")).getText());
				assertThat(sent.find()).isTrue();
				code = sent.group(1);
				browser.screenshot("feedback-sent-on-portal");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("feedback-portal-failure");
				throw ex;
			}
		}

		int clicks;
		try (Browser browser = Browser.open(1400, 1100)) {
			TasklistSession leader = new TasklistSession(browser, this.port);
			try {
				leader.login("trung-tam.lanh-dao");
				leader.filter("Việc của đơn vị");
				leader.openTask(code, "Phản ánh, kiến nghị " + code);
				String form = leader.text();
				assertThat(form).as("the citizen's own text in the form").contains(COMPLAINT);
				assertThat(form).contains("Trung tâm Phục vụ hành chính công").doesNotContain("trung-tam:");
				browser.screenshot("feedback-answer-form");
				leader.claim();
				leader.choose("Tiếp nhận và trả lời phản ánh, kiến nghị");
				leader.type(By.cssSelector("textarea"), ANSWER);
				browser.screenshot("feedback-answer-typed");
				leader.complete(code);
				clicks = leader.takeClicks();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("feedback-answer-failure");
				throw ex;
			}
		}
		System.out.printf("Complaint %s answered in Tasklist in %d clicks (login included)%n", code, clicks);

		// Publishing runs right after the click (async continuation).
		TestHttp citizen = new TestHttp(this.port).from("198.51.100.27");
		HttpResponse<String> published = await().atMost(Duration.ofSeconds(60))
			.until(() -> citizen.get("/api/public/feedback/" + code), (answer) -> answer.body().contains(ANSWER));
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).contains(ANSWER).doesNotContain("Trịnh Văn Khải").doesNotContain("0987000111");
	}

}
