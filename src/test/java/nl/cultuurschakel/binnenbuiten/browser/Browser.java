package nl.cultuurschakel.binnenbuiten.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Selenium, in Dutch, plus axe-core checks and
 * screenshots. Tests get one through {@link BrowserTest}, which skips them where Chromium
 * is not installed; CI installs it.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final WebDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(WebDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/** A desktop screen, as the pages are checked at. */
	public static final Dimension DESKTOP = new Dimension(1366, 900);

	/** A phone screen, as the pages are checked at. */
	public static final Dimension PHONE = new Dimension(390, 844);

	/** Where {@link #screenshot(String)} writes its pictures. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Starts a fresh headless Chromium, in Dutch and at desktop size, for the application
	 * on the given port.
	 */
	static Browser start(int port) {
		try {
			Path profile = Files.createTempDirectory("binnenbuiten-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=nl-NL",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, "http://localhost:" + port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void logIn(String username, String password) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		submit();
	}

	/**
	 * Clicks something that loads another page, and waits until that page has replaced
	 * the current one (so no element of the old page is read by mistake).
	 */
	public void clickAndWait(By target) {
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(target).click();
		waitForNewPage(oldPage);
	}

	/**
	 * Waits until the page that {@code oldPage} (its {@code html} element) belongs to has
	 * been replaced by the next one, fully loaded.
	 */
	public void waitForNewPage(WebElement oldPage) {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		wait.until((driver) -> isGone(oldPage));
		wait.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Whether an element's document has been replaced. While Chromium swaps documents,
	 * asking about an old element may fail with "does not belong to the document" rather
	 * than as a stale element; both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Submits the form in the page's main content and waits for the answer.
	 */
	public void submit() {
		clickAndWait(By.cssSelector("main form button[type=submit]"));
	}

	/**
	 * Gives the page the inner size of the given screen (such as {@link #PHONE}).
	 */
	public void resize(Dimension viewport) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		this.driver.manage().window().setSize(viewport);
		// The window includes browser chrome in some modes: correct by what the page
		// sees.
		long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
		long height = ((Number) js.executeScript("return window.innerHeight")).longValue();
		this.driver.manage()
			.window()
			.setSize(new Dimension(2 * viewport.width - (int) width, 2 * viewport.height - (int) height));
	}

	/**
	 * Fails when the current page is wider than the window, so that a reader would have
	 * to scroll sideways.
	 */
	public void assertNoHorizontalScroll() {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long windowWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
		assertThat(pageWidth)
			.as("width of %s in a %d px wide window (%s)", this.driver.getCurrentUrl(), windowWidth,
					js.executeScript("return Array.from(document.querySelectorAll('body *'))"
							+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
							+ ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"))
			.isLessThanOrEqualTo(windowWidth);
	}

	/**
	 * Saves a full-window picture of the current page as
	 * {@code target/screenshots/<name>.png}, to look at after the run.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Looks at the current page on a desktop and a phone: a picture of each (and of the
	 * phone's second screen) named {@code <name>-<width>}, no sideways scrolling and no
	 * axe-core violation on either; ends on the desktop at the top of the page.
	 */
	public void lookOnDesktopAndPhone(String name) {
		for (Dimension screen : List.of(DESKTOP, PHONE)) {
			resize(screen);
			screenshot(name + "-" + screen.width);
			assertNoHorizontalScroll();
			assertAccessible();
		}
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		js.executeScript("window.scrollBy(0, window.innerHeight - 80)");
		screenshot(name + "-" + PHONE.width + "-below");
		js.executeScript("window.scrollTo(0, 0)");
		resize(DESKTOP);
	}

	/**
	 * Runs axe-core on the current page and fails on any WCAG 2.1 A/AA violation.
	 */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.driver);
		assertThat(results.getViolations())
			.as("axe-core violations on %s:%n%s", this.driver.getCurrentUrl(), describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile that cannot be removed is not worth failing a test for
		}
	}

}
