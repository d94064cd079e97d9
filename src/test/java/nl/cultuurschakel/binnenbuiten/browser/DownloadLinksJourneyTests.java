package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page with downloads names them the same way, and the labels fit on a phone.
 */
@BrowserTest
class DownloadLinksJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	ActivityFixtures activities;

	Browser browser;

	Long workshop;

	Long neighbourhood;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.neighbourhood = this.activities.neighbourhood("Downloadwijk");
		Long partner = this.network.partner("Downloadpartner", PartnerDomain.ARTS_CULTURE);
		this.activities.activity(
				ActivityFixtures.activity(this.neighbourhood, partner, LocalDate.of(2024, 3, 14), "15:00", "16:30"));
		this.workshop = this.youth.workshop(this.neighbourhood, LocalDate.of(2024, 3, 14), 12);
		CurrentUser coordinator = this.accounts.create("downloads", Role.COORDINATOR);
		browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.activities.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void downloadLinksSayWhatTheyDownloadInTheSameWordsEverywhere() {
		Map<String, List<String>> pages = Map.of("/contacts",
				List.of("Downloaden als CSV", "Downloaden als Excel (.xlsx)"), "/grants",
				List.of("Downloaden als CSV", "Downloaden als Excel (.xlsx)"),
				"/activities?neighbourhood=" + this.neighbourhood,
				List.of("Toevoegen aan agenda (.ics)", "Downloaden als CSV"), "/reports/annual/2024",
				List.of("Downloaden als PDF", "Downloaden als Excel (.xlsx)"),
				"/workshops/" + this.workshop + "/outcome", List.of("Downloaden als PDF"));
		for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
			this.browser.resize(size);
			pages.forEach((path, labels) -> {
				this.browser.open(path);
				List<WebElement> links = this.browser.driver()
					.findElements(By.cssSelector("main a[href*='.csv'], main a[href*='.xlsx'], main a[href*='.pdf'], "
							+ "main a[href*='.ics']"));
				assertThat(links).as(path).extracting(WebElement::getText).containsExactlyElementsOf(labels);
				// Each label is shown whole inside the window (the rest of a page is its
				// owner's to fit).
				long window = ((Number) ((JavascriptExecutor) this.browser.driver())
					.executeScript("return document.documentElement.clientWidth")).longValue();
				assertThat(links).as(path).allSatisfy((link) -> {
					assertThat(link.isDisplayed()).isTrue();
					assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo((int) window);
				});
				((JavascriptExecutor) this.browser.driver())
					.executeScript("arguments[0].scrollIntoView({block: 'center'})", links.get(0));
				this.browser
					.screenshot(("downloads-" + path.replaceAll("[^a-z]+", "-") + "-" + size.width).replace("--", "-"));
			});
		}
	}

}
