package vn.motcua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through its own chromedriver: nothing is downloaded.
 * Install them with {@code apt-get install chromium chromium-driver} ({@code .ci/run}
 * does).
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * For browser tests of the default suite (H2, Surefire): they need Debian's chromium
	 * and chromedriver, which {@code ./mvnw verify} on a machine with only Java does not
	 * have, so they are skipped there, saying why; where the PostgreSQL suite runs too
	 * ({@code MOTCUA_TEST_PG_URL} set, as {@code .ci/run} does after installing the
	 * browser) a missing browser is a failure.
	 */
	public static void assumeInstalled() {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
				&& Files.isExecutable(Path.of("/usr/bin/chromedriver"));
		String pg = System.getenv("MOTCUA_TEST_PG_URL");
		if (!installed && (pg == null || pg.isBlank())) {
			org.junit.jupiter.api.Assumptions.abort(
					"Debian's chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		}
	}

	public static Browser open(int width, int height) throws IOException {
		return open(width, height, "vi-VN");
	}

	/** A browser whose user interface and preferred language is {@code language}. */
	public static Browser open(int width, int height, String language) throws IOException {
		Path profile = Files.createTempDirectory("motcua-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--lang=" + language, "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		return new Browser(driver);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public WebDriverWait waitUpTo(Duration timeout) {
		return new WebDriverWait(this.driver, timeout);
	}

	public Path screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		return target;
	}

	/**
	 * What the pages wrote to the browser's console so far, for a failing test's report.
	 */
	public String console() {
		StringBuilder lines = new StringBuilder();
		this.driver.manage().logs().get(LogType.BROWSER).forEach((entry) -> lines.append(entry).append('\n'));
		return lines.toString();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
