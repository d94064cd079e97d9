package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor plans a weekly series in the browser, is warned about an overlap, confirms,
 * and finds the series in the calendar. axe-core checks the list, form and calendar.
 */
@BrowserTest
class ActivityJourneyTests {

	private static final LocalDate FIRST = LocalDate.of(2024, 3, 5);

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	PartnerService partners;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void advisorPlansASeriesAndIsWarnedAboutAnOverlap() {
		Long neighbourhoodId = this.activities.neighbourhood("Reekswijk");
		String neighbourhoodName = this.neighbourhoods.get(neighbourhoodId).name();
		Long partnerId = this.network.partner("Reekspartner", PartnerDomain.ARTS_CULTURE);
		String partnerName = this.partners.get(partnerId).name();
		this.activities.activity(
				activity(neighbourhoodId, partnerId, FIRST.plusWeeks(2), "15:30", "16:30").title("Bestaande koorles"));
		CurrentUser advisor = this.accounts.create("activity-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();

		this.browser.open("/activities?neighbourhood=" + neighbourhoodId);
		assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("1 activiteit gevonden");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Nieuwe activiteit"));
		this.browser.assertAccessible();

		driver.findElement(By.id("title")).sendKeys("Hiphop in de wijk");
		new Select(driver.findElement(By.id("neighbourhoodId"))).selectByVisibleText(neighbourhoodName);
		new Select(driver.findElement(By.id("partnerIds"))).selectByVisibleText(partnerName);
		setValue(driver, "date", FIRST.toString());
		setValue(driver, "startTime", "15:00");
		setValue(driver, "endTime", "16:00");
		new Select(driver.findElement(By.id("repeat"))).selectByVisibleText("Elke week");
		driver.findElement(By.id("occurrences")).sendKeys("4");
		driver.findElement(By.id("address")).sendKeys("Wijkpark 1, Den Haag");
		new Select(driver.findElement(By.id("discipline"))).selectByVisibleText("Dans");
		driver.findElement(By.id("minAge")).sendKeys("8");
		driver.findElement(By.id("maxAge")).sendKeys("12");
		new Select(driver.findElement(By.id("costType"))).selectByVisibleText("Ooievaarspas (gratis of met korting)");
		this.browser.submit();

		assertThat(driver.findElement(By.id("clashes")).getText()).contains("Overlap met andere activiteiten",
				"Bestaande koorles", "19 mrt. 2024");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Hiphop in de wijk");
		this.browser.assertAccessible();

		driver.findElement(By.cssSelector("label[for='confirmOverlaps1']")).click();
		this.browser.submit();

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De reeks is gepland.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hiphop in de wijk");

		// The page after saving leads to the series: every date with its status.
		this.browser.clickAndWait(By.linkText("Bekijk alle 4 data van de reeks met hun status"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reeks: Hiphop in de wijk");
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).extracting((row) -> row.getText())
			.containsExactly(
					"dinsdag 5 maart 2024 15:00–16:00 Hiphop in de wijk " + neighbourhoodName
							+ " Wijkpark 1, Den Haag Gepland",
					"dinsdag 12 maart 2024 15:00–16:00 Hiphop in de wijk " + neighbourhoodName
							+ " Wijkpark 1, Den Haag Gepland",
					"dinsdag 19 maart 2024 15:00–16:00 Hiphop in de wijk " + neighbourhoodName
							+ " Wijkpark 1, Den Haag Gepland",
					"dinsdag 26 maart 2024 15:00–16:00 Hiphop in de wijk " + neighbourhoodName
							+ " Wijkpark 1, Den Haag Gepland");
		this.browser.assertAccessible();
		// An occurrence that is cancelled says so on the series page.
		this.browser.clickAndWait(By.linkText("dinsdag 26 maart 2024"));
		this.browser.clickAndWait(By.linkText("Afgelasten"));
		driver.findElement(By.id("reason")).sendKeys("Zaal onder water");
		this.browser.submit();
		this.browser.clickAndWait(By.linkText("Alle data van de reeks"));
		assertThat(driver.findElements(By.cssSelector("tbody tr td:last-child"))).extracting((cell) -> cell.getText())
			.containsExactly("Gepland", "Gepland", "Gepland", "Afgelast");
		assertThat(driver.findElement(By.cssSelector(".series-counts")).getText()).contains("Gepland: 3",
				"Afgelast: 1");

		this.browser.open("/activities/calendar?neighbourhood=" + neighbourhoodId + "&month=2024-03");
		assertThat(driver.findElements(By.linkText("15:00 Hiphop in de wijk"))).hasSize(4);
		// The confirmed overlap with the choir lesson is marked in words on both.
		assertThat(driver.findElements(By.cssSelector(".calendar-list li:has(.calendar-clash)")))
			.extracting((entry) -> entry.getText())
			.containsExactly("15:00 Hiphop in de wijk Overlap", "15:30 Bestaande koorles Overlap");
		assertThat(driver.findElement(By.id("calendar-clashes")).getText()).contains("„Overlap”");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Volgende maand"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kalender april 2024");

		this.browser.open("/activities/conflicts?from=2024-03-01&to=2024-03-31&neighbourhood=" + neighbourhoodId);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Hiphop in de wijk", "Bestaande koorles");
		this.browser.assertAccessible();
	}

	private static void setValue(WebDriver driver, String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
				value);
	}

}
