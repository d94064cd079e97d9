package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.story.StoryScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's and a neighbourhood's whole story, in Dutch: an advisor opens a partner,
 * sees its history newest first, narrows it to one kind, logs a contact moment with the
 * partner from there; then opens a neighbourhood and follows a link from its hub. On a
 * phone nothing scrolls sideways; axe-core checks every page on the way.
 */
@BrowserTest
class StoryJourneyTests {

	@Autowired
	PartnerService partners;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	Browser browser;

	WebDriver driver;

	WebDriverWait wait;

	StoryScenario scenario;

	String partnerName;

	String wijkName;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.wait.ignoring(StaleElementReferenceException.class);
		this.scenario = new StoryScenario(this.context);
		this.scenario.activity(LocalDate.now(this.clock).plusDays(1), "Theater morgen");
		this.partnerName = this.partners.get(this.scenario.partner).name();
		this.wijkName = this.neighbourhoods.get(this.scenario.neighbourhood).name();
		browser.logIn(this.scenario.advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.scenario.deleteCreated();
	}

	@Test
	void advisorReadsAPartnersHistoryAndLogsAContactFromIt() {
		this.browser.open("/partners/" + this.scenario.partner);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#partner-timeline .story-entry")));
		List<String> dates = texts(".story-entry time");
		String tomorrow = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag("nl"))
			.format(LocalDate.now(this.clock).plusDays(1));
		assertThat(dates).containsExactly(tomorrow, "1 juni 2024", "5 maart 2024", "1 februari 2024", "4 mei 2023",
				"10 januari 2022");
		assertThat(texts(".story-entry .badge")).containsExactly("Activiteit", "Activiteit", "Contactmoment",
				"Bijdrage", "Idee", "Lidmaatschap");
		assertThat(this.driver.findElements(By.cssSelector(".story-entry")).get(1).getText())
			.contains(StoryScenario.ACTIVITY_TITLE, "Gepland");
		this.browser.assertAccessible();
		scrollTo("timeline-title");
		this.browser.screenshot("story-partner-desktop");

		new Select(this.driver.findElement(By.id("kind"))).selectByVisibleText("Contactmoment");
		this.browser.clickAndWait(By.cssSelector("#partner-timeline form button[type=submit]"));
		assertThat(this.driver.getCurrentUrl()).contains("/partners/" + this.scenario.partner + "/timeline",
				"kind=CONTACT");
		assertThat(texts(".story-entry .badge")).containsExactly("Contactmoment");
		assertThat(this.driver.findElement(By.cssSelector(".story-entry")).getText())
			.contains(StoryScenario.CONTACT_SUBJECT, "Overleg");
		assertThat(new Select(this.driver.findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Contactmoment");
		this.browser.assertAccessible();
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("story-timeline-phone");
		this.browser.resize(Browser.DESKTOP);

		this.browser.clickAndWait(By.linkText("Contactmoment vastleggen met deze partner"));
		assertThat(new Select(this.driver.findElement(By.id("counterpartId"))).getFirstSelectedOption().getText())
			.isEqualTo(this.partnerName);
		assertThat(new Select(this.driver.findElement(By.id("neighbourhoodId"))).getFirstSelectedOption().getText())
			.isEqualTo(this.wijkName);
		this.browser.assertAccessible();
	}

	@Test
	void advisorFollowsALinkFromANeighbourhoodsHub() {
		this.browser.open("/neighbourhoods/" + this.scenario.neighbourhood);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hub-activities")));
		WebElement activitiesTile = this.driver.findElement(By.cssSelector("[data-figure=activities]"));
		assertThat(activitiesTile.getAttribute("data-value")).isEqualTo("1");
		assertThat(this.driver.findElement(By.cssSelector("#neighbourhood-overview .upcoming-list")).getText())
			.contains("Theater morgen");
		this.browser.assertAccessible();
		this.browser.screenshot("story-hub-desktop");
		scrollTo("hub-links-title");
		this.browser.screenshot("story-hub-links-desktop");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		scrollTo("hub-links-title");
		this.browser.screenshot("story-hub-phone");
		scrollTo("hub-figures-title");
		this.browser.screenshot("story-hub-figures-phone");
		this.browser.resize(Browser.DESKTOP);

		this.browser.clickAndWait(By.id("hub-activities"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/activities?neighbourhood=" + this.scenario.neighbourhood);
		assertThat(new Select(this.driver.findElement(By.id("neighbourhood"))).getFirstSelectedOption().getText())
			.isEqualTo(this.wijkName);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Theater morgen",
				StoryScenario.ACTIVITY_TITLE);
		this.browser.assertAccessible();
	}

	@Test
	void aPartnerUserStartsWithWhatNeedsTheirAttentionAndOpensTheirNeighbourhood() {
		this.scenario.activity(LocalDate.now(this.clock).minusDays(3), "Les van vorige week");
		this.browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
		CurrentUser partnerUser = this.scenario.accounts.create("journey-partner", Role.PARTNER, this.scenario.partner);
		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);

		assertThat(this.driver.findElement(By.id("upcoming")).getText()).contains("Theater morgen");
		assertThat(this.driver.findElement(By.id("to-update")).getText()).contains("Les van vorige week", "Afronden");
		this.browser.assertAccessible();
		this.browser.screenshot("story-partner-home-desktop");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		scrollTo("to-update");
		this.browser.screenshot("story-partner-home-phone");
		this.browser.resize(Browser.DESKTOP);

		this.browser.clickAndWait(By.linkText(this.wijkName));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(this.wijkName);
		assertThat(this.driver.findElements(By.id("hub-contacts"))).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector("[data-figure=contact-moments]"))).isEmpty();
		assertThat(this.driver.findElement(By.id("members-title")).isDisplayed()).isTrue();
		this.browser.assertAccessible();
		scrollTo("hub-links-title");
		this.browser.screenshot("story-partner-hub-desktop");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
				this.driver.findElement(By.id(id)));
	}

	private List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
