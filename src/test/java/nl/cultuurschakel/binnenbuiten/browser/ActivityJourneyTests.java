package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor plans a weekly series in the browser, is warned about an overlap, confirms,
 * and finds the series in the calendar; picks the organisers by keyboard alone. axe-core
 * checks the list, form and calendar.
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
		driver.findElement(By.xpath("//ul[@id='partnerIds-list']/li[label='" + partnerName + "']/input")).click();
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

	@Test
	void advisorPicksTwoOrganisersByKeyboardAndFindsBothOnTheActivitysPage() {
		Long neighbourhoodId = this.activities.neighbourhood("Toetsenwijk");
		String token = NetworkFixtures.unique("Org").substring(4);
		String one = this.partners.get(this.network.partner("Dansschool " + token, PartnerDomain.ARTS_CULTURE)).name();
		String two = this.partners.get(this.network.partner("Speeltuin " + token, PartnerDomain.SOCIAL)).name();
		CurrentUser advisor = this.accounts.create("organiser-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

		this.browser.open("/activities/new");
		driver.findElement(By.id("title")).sendKeys("Buitenspelen met muziek");
		new Select(driver.findElement(By.id("neighbourhoodId")))
			.selectByVisibleText(this.neighbourhoods.get(neighbourhoodId).name());
		// From the wijk, Tab reaches the filter of "Organiserende partners"; typing
		// narrows
		// the list, Tab goes to each match and Space ticks it.
		driver.findElement(By.id("neighbourhoodId")).sendKeys(Keys.TAB);
		assertThat(active(driver).getAttribute("id")).isEqualTo("partnerIds-filter");
		active(driver).sendKeys(token);
		wait.until((d) -> d.findElement(By.id("partnerIds-filter-status"))
			.getText()
			.equals("2 partners passen bij uw zoekopdracht."));
		assertThat(visibleOrganisers(driver)).containsExactly(one, two);
		active(driver).sendKeys(Keys.TAB);
		assertThat(labelOf(driver, active(driver))).isEqualTo(one);
		active(driver).sendKeys(Keys.SPACE);
		active(driver).sendKeys(Keys.TAB);
		assertThat(labelOf(driver, active(driver))).isEqualTo(two);
		active(driver).sendKeys(Keys.SPACE);
		assertThat(driver.findElement(By.cssSelector("#partnerIds > legend")).getText())
			.isEqualTo("Organiserende partners (2 gekozen)");

		// Back in the filter, other words: the chosen two stay in view.
		active(driver).sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB));
		assertThat(active(driver).getAttribute("id")).isEqualTo("partnerIds-filter");
		active(driver).sendKeys(Keys.chord(Keys.CONTROL, "a"), "zzqq");
		wait.until((d) -> d.findElement(By.id("partnerIds-filter-status"))
			.getText()
			.equals("Geen partner past bij uw zoekopdracht."));
		assertThat(visibleOrganisers(driver)).containsExactly(one, two);
		active(driver).sendKeys(Keys.chord(Keys.CONTROL, "a"), token);
		this.browser.assertAccessible();
		((JavascriptExecutor) driver).executeScript("document.getElementById('partnerIds').scrollIntoView()");
		this.browser.screenshot("activity-organisers-desktop");
		this.browser.resize(Browser.PHONE);
		((JavascriptExecutor) driver).executeScript("document.getElementById('partnerIds').scrollIntoView()");
		this.browser.screenshot("activity-organisers-phone");
		this.browser.assertNoHorizontalScroll();
		this.browser.resize(Browser.DESKTOP);

		setValue(driver, "date", FIRST.toString());
		setValue(driver, "startTime", "15:00");
		setValue(driver, "endTime", "16:00");
		driver.findElement(By.id("address")).sendKeys("Speeltuin 2, Den Haag");
		new Select(driver.findElement(By.id("discipline"))).selectByVisibleText("Muziek");
		driver.findElement(By.id("minAge")).sendKeys("8");
		driver.findElement(By.id("maxAge")).sendKeys("12");
		new Select(driver.findElement(By.id("costType"))).selectByVisibleText("Gratis");
		this.browser.submit();

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("De activiteit is gepland.");
		assertThat(driver.findElements(By.xpath("//dt[.='Organiserende partners']/following-sibling::dd[1]//li"))
			.stream()
			.map(WebElement::getText)).containsExactlyInAnyOrder(one, two);
		this.browser.assertAccessible();
	}

	@Test
	void aPartnerUsersOrganisersFollowTheChosenWijk() {
		Long wijk = this.activities.neighbourhood("Eigenwijk");
		Long otherWijk = this.activities.neighbourhood("Tweedewijk");
		Long own = this.network.partner("Eigen Atelier", PartnerDomain.ARTS_CULTURE);
		Long neighbour = this.network.partner("Buurtcentrum", PartnerDomain.SOCIAL);
		Long library = this.network.partner("Bibliotheek", PartnerDomain.OTHER);
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(own, wijk, start, null);
		this.network.membership(own, otherWijk, start, null);
		this.network.membership(neighbour, wijk, start, null);
		this.network.membership(library, otherWijk, start, null);
		String ownName = this.partners.get(own).name();
		CurrentUser partnerUser = this.accounts.create("organiser-partner", Role.PARTNER, own);
		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

		this.browser.open("/activities/new");
		assertThat(visibleOrganisers(driver)).containsExactly(ownName);
		assertThat(driver.findElement(By.cssSelector("#partnerIds-list input")).isSelected()).isTrue();
		assertThat(driver.findElement(By.cssSelector("#partnerIds-list input")).isEnabled()).isFalse();

		new Select(driver.findElement(By.id("neighbourhoodId")))
			.selectByVisibleText(this.neighbourhoods.get(wijk).name());
		wait.until((d) -> visibleOrganisers(d).size() == 2);
		assertThat(visibleOrganisers(driver)).containsExactlyInAnyOrder(ownName, this.partners.get(neighbour).name());
		driver
			.findElement(By
				.xpath("//ul[@id='partnerIds-list']/li[label='" + this.partners.get(neighbour).name() + "']/input"))
			.click();
		assertThat(driver.findElement(By.cssSelector("#partnerIds > legend")).getText())
			.isEqualTo("Organiserende partners (2 gekozen)");

		// Another wijk: its network instead; the community centre is not in it.
		new Select(driver.findElement(By.id("neighbourhoodId")))
			.selectByVisibleText(this.neighbourhoods.get(otherWijk).name());
		wait.until((d) -> visibleOrganisers(d).contains(this.partners.get(library).name()));
		assertThat(visibleOrganisers(driver)).containsExactlyInAnyOrder(ownName, this.partners.get(library).name());
		assertThat(driver.findElement(By.cssSelector("#partnerIds > legend")).getText())
			.isEqualTo("Organiserende partners (1 gekozen)");
		assertThat(driver.findElement(By.id("partnerIds-help")).getText())
			.isEqualTo("Uw organisatie organiseert altijd mee. Vink aan welke partners uit het netwerk van "
					+ this.neighbourhoods.get(otherWijk).name() + " ook meedoen.");
		// The filter works on the list htmx swapped in; the own organisation stays in
		// view.
		driver.findElement(By.id("partnerIds-filter")).sendKeys("zzqq");
		wait.until((d) -> visibleOrganisers(d).size() == 1);
		assertThat(visibleOrganisers(driver)).containsExactly(ownName);
		this.browser.assertAccessible();
		driver.findElement(By.id("partnerIds-filter")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		((JavascriptExecutor) driver).executeScript("document.getElementById('partnerIds').scrollIntoView()");
		this.browser.screenshot("activity-organisers-partner-desktop");
	}

	private static WebElement active(WebDriver driver) {
		return driver.switchTo().activeElement();
	}

	private static String labelOf(WebDriver driver, WebElement input) {
		return driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText();
	}

	/**
	 * The names the organiser checklist shows now, read in one go (htmx may replace the
	 * list at any moment).
	 */
	@SuppressWarnings("unchecked")
	private static List<String> visibleOrganisers(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver)
			.executeScript("return Array.from(document.querySelectorAll('#partnerIds-list > li'))"
					+ ".filter((item) => item.checkVisibility()).map((item) => item.textContent.trim())");
	}

	private static void setValue(WebDriver driver, String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
				value);
	}

}
