package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor makes the class link of a workshop on its printable page; a child opens it
 * in a browser without logging in and reads what became of each idea, on a desktop and on
 * a phone. axe-core checks every page on the way.
 */
@BrowserTest
class ChildrenPageJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	IdeaService ideas;

	Browser browser;

	Long workshop;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		Long neighbourhood = this.network.neighbourhood("Transvaal");
		this.workshop = this.youth.workshop(neighbourhood, LocalDate.of(2024, 3, 14), 24);
		Long football = this.youth.idea(neighbourhood, this.workshop, "Voetbal met trucjes", LocalDate.of(2024, 3, 14));
		Long dance = this.youth.idea(neighbourhood, this.workshop, "Een dansfeest in de speeltuin",
				LocalDate.of(2024, 3, 14));
		this.youth.idea(neighbourhood, this.workshop, "Een app voor de wijk", LocalDate.of(2024, 3, 14));
		Long show = this.activities.add(neighbourhood, "Freestyle-voetbalshow", LocalDate.of(2024, 9, 28), 40);
		this.ideas.changeStatus(football, IdeaStatus.EXPLORING, LocalDate.of(2024, 4, 1), null, Actor.SYSTEM);
		this.ideas.changeStatus(football, IdeaStatus.PLANNED, LocalDate.of(2024, 5, 1), null, Actor.SYSTEM);
		this.ideas.linkActivity(football, show);
		this.ideas.changeStatus(football, IdeaStatus.REALISED, LocalDate.of(2024, 9, 28), null, Actor.SYSTEM);
		this.ideas.changeStatus(dance, IdeaStatus.EXPLORING, LocalDate.of(2024, 4, 1), null, Actor.SYSTEM);
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.activities.reset();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aChildOpensTheClassLinkWithoutLoggingInAndReadsWhatBecameOfEachIdea() {
		CurrentUser advisor = this.accounts.create("children-advisor", Role.ADVISOR);
		WebDriver driver = this.browser.driver();

		// The advisor makes the link on the printable page and sees it with its QR code.
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/workshops/" + this.workshop + "/outcome");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Link voor de klas maken']"));
		assertThat(driver.findElement(By.cssSelector(".notice--success")).getText())
			.isEqualTo("De link voor de klas is gemaakt.");
		String link = driver.findElement(By.cssSelector(".outcome-link__url")).getText();
		assertThat(link).matches("http://localhost:\\d+/kinderen/[A-Za-z0-9_-]{32}");
		assertThat(driver.findElement(By.cssSelector(".outcome-link__code svg.qr-code")).isDisplayed()).isTrue();
		this.browser.assertAccessible();
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
				driver.findElement(By.cssSelector(".outcome__share")));
		this.browser.screenshot("children-link-staff");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
				driver.findElement(By.cssSelector(".outcome__share")));
		this.browser.screenshot("children-link-staff-phone");
		this.browser.resize(Browser.DESKTOP);
		this.browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));

		// A child opens it, logged out.
		WebElement loginPage = driver.findElement(By.tagName("html"));
		driver.get(link);
		this.browser.waitForNewPage(loginPage);
		assertThat(driver.getCurrentUrl()).isEqualTo(link);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Wat is er met jullie idee gebeurd?");
		assertThat(driver.findElements(By.cssSelector(".site-nav, form[action$='/logout']"))).isEmpty();
		assertThat(statusOf(driver, "Voetbal met trucjes"))
			.isEqualTo("Het is gelukt! Van jullie idee is echt iets gemaakt.");
		assertThat(statusOf(driver, "Een dansfeest in de speeltuin"))
			.isEqualTo("We zoeken mensen in de wijk die jullie idee samen met jullie willen maken.");
		assertThat(statusOf(driver, "Een app voor de wijk"))
			.isEqualTo("We hebben jullie idee opgeschreven. We gaan kijken wat we ermee kunnen doen.");
		assertThat(idea(driver, "Voetbal met trucjes").findElement(By.cssSelector(".kids-idea__happenings")).getText())
			.isEqualTo("Freestyle-voetbalshow op zaterdag 28 september 2024, in Wijkplein 1, Den Haag");
		this.browser.assertAccessible();
		this.browser.screenshot("children-page-desktop");

		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.assertAccessible();
		this.browser.screenshot("children-page-phone");
	}

	@Test
	void aWrongLinkTellsTheChildToAskForTheNewOne() {
		this.browser.open("/kinderen/" + "Q".repeat(32));
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Deze pagina bestaat niet");
		assertThat(this.browser.driver().findElement(By.cssSelector(".kids__intro")).getText())
			.contains("Vraag je juf of meester om de nieuwe link");
		this.browser.assertAccessible();
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.assertAccessible();
		this.browser.screenshot("children-page-not-found-phone");
	}

	private static String statusOf(WebDriver driver, String title) {
		return idea(driver, title).findElement(By.cssSelector(".kids-idea__status")).getText();
	}

	private static WebElement idea(WebDriver driver, String title) {
		List<WebElement> ideas = driver
			.findElements(By.xpath("//li[contains(@class,'kids-idea ')][.//h2[normalize-space()='" + title + "']]"));
		assertThat(ideas).as(title).hasSize(1);
		return ideas.get(0);
	}

}
