package vn.motcua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

	public static Browser open(int width, int height) throws IOException {
		Path profile = Files.createTempDirectory("motcua-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--lang=vi-VN", "--user-data-dir=" + profile);
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

	@Override
	public void close() {
		this.driver.quit();
	}

}
