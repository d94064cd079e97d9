package nl.cultuurschakel.binnenbuiten.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.MainPages;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, for every role, on a 390 px phone: nothing makes the page scroll
 * sideways (long names and e-mail addresses, wide tables), and the menu folds behind one
 * "Menu" button that opens by keyboard. Each page is saved as a screenshot to look at, on
 * the phone ({@code phone-<role>-<page>}) and on a desktop ({@code desktop-...}).
 */
@BrowserTest
class PhoneLayoutTests {

	MainPages main;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser, @Autowired ApplicationContext context) {
		this.browser = browser;
		this.main = new MainPages(context);
		this.main.create();
	}

	@AfterEach
	void tearDown() {
		this.main.deleteCreated();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void noPageScrollsSidewaysOnAPhone(Role role) {
		CurrentUser user = this.main.user(role);
		this.browser.logIn(user.getUsername(), AccountFixtures.PASSWORD);
		Map<String, String> pages = this.main.pages(role);
		String name = role.name().toLowerCase();
		List<String> failures = new ArrayList<>();

		this.browser.resize(Browser.PHONE);
		pages.forEach((page, path) -> {
			this.browser.open(path);
			assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
			this.browser.screenshot("phone-" + name + "-" + page);
			collect(failures);
		});
		assertMenuFoldsOnAPhone(name);

		this.browser.resize(Browser.DESKTOP);
		this.browser.open("/");
		assertThat(visible(this.browser.driver().findElement(By.cssSelector(".site-nav a"))))
			.as("the full menu on a desktop")
			.isTrue();
		assertThat(visible(this.browser.driver().findElement(By.cssSelector(".site-menu > summary"))))
			.as("no Menu button on a desktop")
			.isFalse();
		pages.forEach((page, path) -> {
			this.browser.open(path);
			this.browser.screenshot("desktop-" + name + "-" + page);
			collect(failures);
		});
		assertThat(failures).as("pages that scroll sideways").isEmpty();
	}

	private void assertMenuFoldsOnAPhone(String name) {
		this.browser.open("/");
		WebElement menu = this.browser.driver().findElement(By.cssSelector(".site-menu > summary"));
		WebElement firstLink = this.browser.driver().findElement(By.cssSelector(".site-nav a"));
		WebElement logout = this.browser.driver().findElement(By.cssSelector("form[action$='/logout'] button"));
		assertThat(menu.getText()).isEqualTo("Menu");
		assertThat(visible(firstLink)).as("menu folded on a phone").isFalse();
		assertThat(visible(this.browser.driver().findElement(By.cssSelector(".language-switch a"))))
			.as("language switch at hand on a phone")
			.isTrue();

		// Opened by keyboard: Tab to the button (past the skip link, the brand, the two
		// languages and the search box with its button), then Enter.
		Actions keyboard = new Actions(this.browser.driver());
		for (int i = 0; i < 7; i++) {
			keyboard.sendKeys(Keys.TAB).perform();
		}
		assertThat(this.browser.driver().switchTo().activeElement()).as("Menu reached by Tab").isEqualTo(menu);
		keyboard.sendKeys(Keys.ENTER).perform();
		assertThat(visible(firstLink)).as("menu open after Enter").isTrue();
		assertThat(visible(logout)).as("log-out in the menu").isTrue();
		this.browser.screenshot("phone-" + name + "-menu");
		this.browser.assertNoHorizontalScroll();
		this.browser.assertAccessible();
	}

	/**
	 * Whether the element is rendered, as the browser sees it (Selenium's own check
	 * treats everything inside a closed details element as hidden, even where CSS shows
	 * it).
	 */
	private boolean visible(WebElement element) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.browser.driver())
			.executeScript("return arguments[0].checkVisibility({visibilityProperty: true})", element));
	}

	private void collect(List<String> failures) {
		try {
			this.browser.assertNoHorizontalScroll();
		}
		catch (AssertionError ex) {
			failures.add(ex.getMessage());
		}
	}

}
