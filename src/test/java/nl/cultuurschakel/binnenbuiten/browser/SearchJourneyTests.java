package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor finds a partner in two keystrokes from any page: "/" puts the focus in the
 * header's box, a misspelt part of the name shows it under the box as they type, Enter
 * opens all results, and the start page then lists it under "Recent bekeken".
 */
@BrowserTest
class SearchJourneyTests {

	/** A word no other record has. */
	final String word = "Kwikstaart" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "z");

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	CurrentUser advisor;

	String libraryName;

	@BeforeEach
	void setUp(Browser browser) {
		Long library = this.network.partner("Bibliotheek " + this.word, PartnerDomain.EDUCATION);
		this.libraryName = this.partners.get(library).name();
		this.advisor = this.accounts.create("zoekpad", Role.ADVISOR);
		browser.logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void advisorFindsAPartnerFromTheHeaderByAMisspeltName(Browser browser) {
		WebDriver driver = browser.driver();
		browser.open("/activities");
		driver.findElement(By.tagName("body")).sendKeys("/");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-q");

		driver.switchTo().activeElement().sendKeys("biblioteek " + this.word.toLowerCase());
		wait(driver).until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("site-search-suggestions"), this.libraryName));
		assertThat(driver.findElement(By.id("site-search-suggestions")).getText()).contains("Partners (1)",
				"Onderwijs");
		browser.assertAccessible();
		browser.screenshot("search-suggestions");

		driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(driver.findElements(By.cssSelector("#site-search-suggestions .search-hit"))).isEmpty();

		driver.findElement(By.id("site-search-q")).sendKeys(Keys.ENTER);
		wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
		assertThat(driver.getCurrentUrl()).contains("/search?q=biblioteek");
		assertThat(driver.findElement(By.id("search-results")).getText()).contains("Partners (1)", this.libraryName);
		assertThat(driver.findElement(By.id("search-q")).getAttribute("value"))
			.isEqualTo("biblioteek " + this.word.toLowerCase());
		browser.assertAccessible();

		browser.clickAndWait(By.linkText(this.libraryName));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(this.libraryName);
		browser.open("/");
		assertThat(driver.findElement(By.cssSelector(".recent-views")).getText()).contains("Recent bekeken",
				this.libraryName);
		browser.assertAccessible();
	}

	@Test
	void theResultsPageUpdatesAsTheUserTypesAndFitsAPhone(Browser browser) {
		WebDriver driver = browser.driver();
		browser.open("/search?q=" + this.word.substring(0, 2));
		driver.findElement(By.id("search-q")).clear();
		driver.findElement(By.id("search-q")).sendKeys(this.word);
		wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Partners (1)"));
		wait(driver).until(ExpectedConditions.urlContains("q=" + this.word));

		browser.resize(Browser.PHONE);
		browser.open("/search?q=" + this.word);
		assertThat(driver.findElement(By.id("search-results")).getText()).contains(this.libraryName);
		browser.assertNoHorizontalScroll();
		browser.assertAccessible();
		browser.screenshot("search-results-phone");
	}

	static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

}
