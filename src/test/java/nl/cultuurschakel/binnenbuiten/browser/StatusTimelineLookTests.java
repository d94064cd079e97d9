package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea and grant pages show their status history with one fragment
 * ({@code fragments/history :: timeline}): each step with its day, what changed and who.
 */
@BrowserTest
class StatusTimelineLookTests {

	private static final int YEAR = LocalDate.now().getYear();

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Browser browser;

	Long idea;

	Long grant;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		Long neighbourhood = this.network.neighbourhood("Tijdlijnwijk");
		Long partner = this.network.partner("Tijdlijntheater", PartnerDomain.ARTS_CULTURE);
		this.idea = this.youth.idea(neighbourhood, "Een tijdlijn van de wijk", LocalDate.of(YEAR, 1, 10));
		this.youth.budget(YEAR, "15000.00");
		this.grant = this.youth.awardedGrant(this.idea, partner, "800.00", LocalDate.of(YEAR, 1, 25));
		CurrentUser coordinator = this.accounts.create("timeline-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theGrantPageShowsEachStepWithItsDay() {
		this.browser.open("/grants/" + this.grant);
		List<String> steps = look("timeline-grant");
		assertThat(steps).hasSize(2);
		assertThat(steps.get(0)).isEqualTo("15 januari " + YEAR + " Aangevraagd door BinnenBuiten");
		assertThat(steps.get(1)).isEqualTo("25 januari " + YEAR + " Van Aangevraagd naar Toegekend door BinnenBuiten");
	}

	@Test
	void theIdeaPageShowsItsFirstStep() {
		this.browser.open("/ideas/" + this.idea);
		List<String> steps = look("timeline-idea");
		assertThat(steps.get(0)).startsWith("10 januari " + YEAR + " Idee verzameld");
	}

	/**
	 * The timeline's steps as they read, with a picture of it on a desktop and a phone.
	 */
	private List<String> look(String name) {
		WebElement timeline = this.browser.driver().findElement(By.cssSelector("ol.timeline"));
		for (var screen : List.of(Browser.DESKTOP, Browser.PHONE)) {
			this.browser.resize(screen);
			((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView()", timeline);
			this.browser.screenshot(name + "-" + screen.width);
			this.browser.assertNoHorizontalScroll();
		}
		this.browser.assertAccessible();
		return timeline.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
	}

}
