package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity list, form, calendar (with clashes), series page and occupancy of a space,
 * in Dutch on a desktop and on a phone: nothing scrolls sideways at 390 px, axe-core
 * finds nothing, and a screenshot of each is kept in {@code target/screenshots}. On a
 * phone the calendar is a list of the days with activities. A month no page can show gets
 * the friendly 400 page.
 */
@BrowserTest
class ActivityPagesLookTests {

	private static final LocalDate FIRST = LocalDate.of(2024, 3, 5);

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	ActivityService activities;

	@Autowired
	PartnerService partners;

	Browser browser;

	WebDriver driver;

	Long wijk;

	Long space;

	UUID series;

	Long seriesFirst;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		this.wijk = this.fixtures.neighbourhood("Schilderswijk-Noord met een lange naam");
		Long partner = this.network.partner("Stichting Buurtcultuur en Jeugdtheater", PartnerDomain.ARTS_CULTURE);
		this.network.membership(partner, this.wijk, LocalDate.of(2022, 1, 1), null);
		this.space = this.partners.addSpace(partner, new SpaceData("Grote theaterzaal", 90, null, false));
		List<Long> ids = this.activities
			.plan(activity(this.wijk, partner, FIRST, "15:00", "16:30").title("Hiphop en breakdance voor beginners")
				.space(this.space)
				.build(), new SeriesPlan(Recurrence.WEEKLY, null, 6), true);
		this.activities.markDone(ids.get(0), 18);
		this.activities.cancel(ids.get(2), "Zaal nodig voor de verkiezingen");
		this.series = this.activities.get(ids.get(0)).seriesId();
		this.seriesFirst = ids.get(0);
		this.fixtures.activity(activity(this.wijk, partner, FIRST, "16:00", "17:00").title("Koor van de Kinderjury"));
		this.fixtures.activity(activity(this.wijk, partner, FIRST.plusDays(3), "10:00", "12:00")
			.title("Schilderen met Ooievaarspas-korting in het wijkcentrum")
			.paid("2.50"));
		CurrentUser advisor = this.accounts.create("look-advisor", Role.ADVISOR);
		browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theActivityPagesFitADesktopAndAPhone() {
		List<String[]> pages = List.of(new String[] { "activity-list", "/activities?neighbourhood=" + this.wijk },
				new String[] { "activity-form", "/activities/new" },
				new String[] { "activity-calendar",
						"/activities/calendar?neighbourhood=" + this.wijk + "&month=2024-03" },
				new String[] { "activity-series", "/activities/series/" + this.series },
				new String[] { "activity-detail", "/activities/" + this.seriesFirst }, new String[] {
						"activity-occupancy", "/activities/spaces/" + this.space + "?from=2024-03-01&to=2024-04-30" });
		for (String[] page : pages) {
			this.browser.resize(Browser.DESKTOP);
			this.browser.open(page[1]);
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
			this.browser.screenshot(page[0] + "-desktop");
			scrollTo("table, #space-choice");
			this.browser.screenshot(page[0] + "-desktop-content");
			this.browser.assertAccessible();
			this.browser.resize(Browser.PHONE);
			this.browser.open(page[1]);
			this.browser.screenshot(page[0] + "-phone");
			scrollTo("table, #space-choice");
			this.browser.screenshot(page[0] + "-phone-content");
			this.browser.assertNoHorizontalScroll();
			this.browser.assertAccessible();
		}
	}

	@Test
	void onAPhoneTheCalendarListsTheDaysWithActivitiesAndTheirClashes() {
		this.browser.resize(Browser.PHONE);
		this.browser.open("/activities/calendar?neighbourhood=" + this.wijk + "&month=2024-03");

		List<String> days = this.driver.findElements(By.cssSelector(".calendar td"))
			.stream()
			.filter((day) -> day.isDisplayed())
			.map((day) -> day.getText().replace('\n', ' '))
			.toList();
		assertThat(days).containsExactly(
				"dinsdag 5 maart 15:00 Hiphop en breakdance voor beginners Overlap "
						+ "16:00 Koor van de Kinderjury Overlap",
				"vrijdag 8 maart 10:00 Schilderen met Ooievaarspas-korting in het wijkcentrum",
				"dinsdag 12 maart 15:00 Hiphop en breakdance voor beginners",
				"dinsdag 19 maart 15:00 Hiphop en breakdance voor beginners",
				"dinsdag 26 maart 15:00 Hiphop en breakdance voor beginners");
	}

	@Test
	void aMonthNoPageCanShowGetsTheFriendlyPage() {
		this.browser.open("/activities/calendar?month=+999999999-12");
		assertThat(this.driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Dit verzoek kan niet worden verwerkt");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Foutcode 400");
		this.browser.open("/activities?from=0001-01-01&to=9999-12-31");
		assertThat(this.driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Dit verzoek kan niet worden verwerkt");
	}

	private void scrollTo(String selector) {
		((JavascriptExecutor) this.driver).executeScript(
				"var target = document.querySelector(arguments[0]); if (target) { target.scrollIntoView(); }",
				selector);
	}

}
