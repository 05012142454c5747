package vn.motcua.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One officer in Tasklist, in a real browser, counting every pointer click (typing is not
 * a click; choosing a file counts two: the button and the file).
 */
public final class TasklistSession {

	private final Browser browser;

	private final WebDriver page;

	private final WebDriverWait wait;

	private final int port;

	private int clicks;

	public TasklistSession(Browser browser, int port) {
		this.browser = browser;
		this.page = browser.driver();
		this.wait = browser.waitUpTo(Duration.ofSeconds(60));
		this.port = port;
	}

	public WebDriver page() {
		return this.page;
	}

	public WebDriverWait waiting() {
		return this.wait;
	}

	/** Clicks counted since the last call, which starts a new count. */
	public int takeClicks() {
		int taken = this.clicks;
		this.clicks = 0;
		return taken;
	}

	public void countClicks(int more) {
		this.clicks += more;
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Logs in (one click) and waits for the filters. */
	public TasklistSession login(String user) {
		this.page.get(url("/camunda/app/tasklist/default/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
		this.page.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
		this.page.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
		click(By.cssSelector("button[type=submit]"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị")));
		return this;
	}

	/** Picks a filter of the list on the left. */
	public void filter(String name) {
		click(By.partialLinkText(name));
	}

	public By taskInList(String code) {
		return By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + code + "')]]");
	}

	/** Opens the task of the dossier from the list and waits for its form's dossier. */
	public void openTask(String code) {
		openTask(code, "Hồ sơ " + code);
	}

	/** Opens the task from the list and waits for its form's heading. */
	public void openTask(String code, String heading) {
		click(taskInList(code));
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//h3[contains(normalize-space(.),'" + heading + "')]")));
	}

	/** Takes the task if offered; Tasklist keeps its form read-only until then. */
	public void claim() {
		List<WebElement> claim = this.page
			.findElements(By.xpath("//*[normalize-space()='Nhận việc' and (self::a or self::button)]"));
		if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
			click(claim.get(0));
			this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
		}
	}

	/** Picks a radio button or checkbox by the text of its label. */
	public void choose(String label) {
		click(By.xpath("//label[contains(normalize-space(.),\"" + label + "\")]"));
	}

	public void type(By target, String text) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(target)).sendKeys(text);
	}

	/**
	 * Completes the open task and waits until its form is gone (the dossier's next task
	 * may already be in the list).
	 */
	public void complete(String code) {
		By button = By.xpath("//button[normalize-space()='Hoàn thành']");
		click(button);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(button));
	}

	/** Whether the list shows a task of the dossier now. */
	public boolean listed(String code) {
		return !this.page.findElements(taskInList(code)).isEmpty();
	}

	public void click(By target) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(target)));
	}

	public void click(WebElement element) {
		((JavascriptExecutor) this.page).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		this.clicks++;
	}

	/** Switches to the tab opened last, other than {@code known}. */
	public void switchToNewTab(List<String> known) {
		this.wait.until((driver) -> driver.getWindowHandles().size() > known.size());
		List<String> handles = new ArrayList<>(this.page.getWindowHandles());
		handles.removeAll(known);
		this.page.switchTo().window(handles.get(0));
	}

	public String text() {
		return this.page.findElement(By.tagName("body")).getText();
	}

	public void screenshot(String name) throws java.io.IOException {
		this.browser.screenshot(name);
	}

}
