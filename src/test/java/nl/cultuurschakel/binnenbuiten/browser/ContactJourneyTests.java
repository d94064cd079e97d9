package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging a contact takes a few keystrokes: type part of the partner's name, the subject,
 * press Enter. axe-core checks the pages on the way.
 */
@BrowserTest
class ContactJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	@Autowired
	NeighbourhoodService neighbourhoods;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void advisorLogsAContactInAFewKeystrokes() {
		Long neighbourhood = this.network.neighbourhood("Snelwijk");
		Long partner = this.network.partner("Zeldzaamtheater", PartnerDomain.ARTS_CULTURE);
		this.network.membership(partner, neighbourhood, LocalDate.of(2022, 1, 1), null);
		String partnerName = this.partners.get(partner).name();
		CurrentUser advisor = this.accounts.create("fast-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();

		this.browser.open("/contacts/new");
		this.browser.assertAccessible();
		// The search field has the focus: type, and the only match is chosen with its
		// neighbourhood.
		driver.switchTo().activeElement().sendKeys("zeldzaam");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.until((d) -> partner.toString()
			.equals(new Select(d.findElement(By.id("counterpartId"))).getFirstSelectedOption().getAttribute("value")));
		driver.findElement(By.id("counterpartId")).sendKeys(Keys.TAB); // leaving the
																		// select does not
																		// change it
		new Select(driver.findElement(By.id("counterpartId"))).selectByValue(partner.toString());
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#neighbourhoodId option:checked"), "value",
				neighbourhood.toString()));
		driver.findElement(By.id("subject")).sendKeys("Zomerprogramma afstemmen");
		WebDriverWait afterEnter = new WebDriverWait(driver, Duration.ofSeconds(15));
		var oldPage = driver.findElement(By.tagName("html"));
		driver.findElement(By.id("subject")).sendKeys(Keys.ENTER);
		afterEnter.until(ExpectedConditions.stalenessOf(oldPage));

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Het contactmoment is vastgelegd.");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Zomerprogramma afstemmen", partnerName,
				this.neighbourhoods.get(neighbourhood).name(), "Kunst en cultuur");
		this.browser.assertAccessible();

		this.browser.open("/contacts");
		this.browser.assertAccessible();
		this.browser.open("/contacts/follow-ups");
		this.browser.assertAccessible();
		this.browser.open("/");
		this.browser.assertAccessible();
	}

}
