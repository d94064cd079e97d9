package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the report as a coordinator sees them, in Dutch: the charts have
 * bars, their values are not cut off, tile titles break only between syllables, the
 * report keeps the wijk and its tables fit the screen, at 1366 and at 390 pixels.
 */
@BrowserTest
class DashboardJourneyTests {

	/**
	 * Per bar: the width attribute, the drawn width, the value label and whether the
	 * label ends inside its SVG.
	 */
	private static final String BARS = """
			return Array.from(document.querySelectorAll('svg.chart__svg g')).map((g) => {
			  const rect = g.querySelector('rect'), value = g.querySelector('.chart__value');
			  const svg = g.ownerSVGElement.getBoundingClientRect();
			  return { attribute: rect.getAttribute('width'), drawn: rect.getBoundingClientRect().width,
			           value: value.textContent, inside: value.getBoundingClientRect().right <= svg.right + 0.5 };
			});""";

	/**
	 * Tile titles whose words break anywhere but at a space, a hyphen or a soft hyphen,
	 * or that stick out of their tile.
	 */
	private static final String BROKEN_TITLES = """
			const broken = [];
			for (const label of document.querySelectorAll('.figure-tile__label')) {
			  const node = label.firstChild, text = node.textContent;
			  if (label.scrollWidth > label.clientWidth + 1) broken.push(text + ' sticks out');
			  let line = null;
			  for (let i = 0; i < text.length; i++) {
			    const range = document.createRange();
			    range.setStart(node, i);
			    range.setEnd(node, i + 1);
			    const box = Array.from(range.getClientRects()).filter((rect) => rect.width > 0).pop();
			    if (!box) continue;
			    if (line !== null && box.top > line + 2 && !' -\\u00AD'.includes(text[i - 1])) {
			      broken.push(text.replace(/\\u00AD/g, '') + ' breaks before letter ' + i);
			    }
			    line = box.top;
			  }
			}
			return broken;""";

	/** Tables that are wider than the box they are in, so that part is hidden. */
	private static final String CLIPPED_TABLES = """
			return Array.from(document.querySelectorAll('main .table-wrapper'))
			  .filter((wrapper) => wrapper.scrollWidth > wrapper.clientWidth + 1)
			  .map((wrapper) => wrapper.querySelector('table').dataset.table || 'table');""";

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activityFixtures;

	@Autowired
	YouthFixtures youth;

	@Autowired
	ActivityService activities;

	@Autowired
	ContactService contacts;

	@Autowired
	NeighbourhoodService neighbourhoods;

	Browser browser;

	Long neighbourhood;

	String neighbourhoodName;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		CurrentUser advisor = this.accounts.create("dash-advisor", Role.ADVISOR);
		this.neighbourhood = this.activityFixtures.neighbourhood("Grafiekwijk");
		this.neighbourhoodName = this.neighbourhoods.get(this.neighbourhood).name();
		Long theatre = this.network.partner("Grafiektheater", PartnerDomain.ARTS_CULTURE, true);
		Long welfare = this.network.partner("Grafiekwelzijn", PartnerDomain.SOCIAL);
		this.network.membership(theatre, this.neighbourhood, LocalDate.of(2023, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.network.membership(welfare, this.neighbourhood, LocalDate.of(2023, 1, 1), null,
				MembershipRole.TARGET_GROUP_LINK);
		for (int day = 1; day <= 9; day++) {
			Long held = this.activityFixtures.activity(ActivityFixtures
				.activity(this.neighbourhood, theatre, LocalDate.of(day < 7 ? 2024 : 2025, 3, day), "14:00", "15:00")
				.title("Grafiekles " + day));
			this.activities.markDone(held, 10 * day);
		}
		for (int day = 1; day <= 4; day++) {
			log(advisor, (day % 2 == 0) ? welfare : theatre, LocalDate.of(2024, 5, day));
		}
		this.youth.workshop(this.neighbourhood, LocalDate.of(2024, 2, 1), 18);
		Long idea = this.youth.idea(this.neighbourhood, "Een grote muurschildering", LocalDate.of(2024, 2, 1));
		this.youth.awardedGrant(idea, theatre, "1250.00", LocalDate.of(2024, 4, 1));
	}

	@AfterEach
	void tearDown() {
		this.activityFixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void coordinatorReadsTheChartsAndTheReportOfOneWijkInDutch() {
		CurrentUser coordinator = this.accounts.create("dash-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/dashboard?from=2024-01-01&to=2025-12-31&neighbourhood=" + this.neighbourhood);
		assertThat(this.browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		assertThat(this.browser.driver().findElements(By.cssSelector("[data-figure]"))).hasSize(13);
		assertThat(text("[data-figure=activities] .figure-tile__value")).isEqualTo("9");
		assertThat(text("[data-figure=grant-amount] .figure-tile__value")).isEqualTo("€\u00A01.250,00");
		assertThat(text("[data-figure=grant-amount] .figure-tile__trend"))
			.isEqualTo("▲ €\u00A01.250,00 meer dan de vorige periode");
		assertThat(text("[data-selection]")).isEqualTo("wijk " + this.neighbourhoodName);
		assertBarsAreDrawn();
		assertThat(script(BROKEN_TITLES)).as("tile titles broken mid-word").isEqualTo(List.of());
		assertThat(text("[data-figure=workshops] .figure-tile__label")).as("the long title wraps with a hyphen")
			.contains("Jeugd\u00ADparticipatie\u00ADworkshops");
		this.browser.driver().findElement(By.cssSelector("[data-figure=activities]")).click();
		assertThat(this.browser.driver().findElement(By.id("def-activities")).isDisplayed()).isTrue();
		this.browser.screenshot("dashboard-nl-1366");
		screenshotOf("#charts-title", "dashboard-charts-nl-1366");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("Naar het rapport over deze periode"));
		assertThat(this.browser.driver().getCurrentUrl())
			.endsWith("/reports/period?from=2024-01-01&to=2025-12-31&neighbourhood=" + this.neighbourhood);
		assertThat(text("h1"))
			.isEqualTo("Impactrapportage 1 januari 2024 tot en met 31 december 2025 – wijk " + this.neighbourhoodName);
		assertThat(this.browser.driver().findElements(By.cssSelector("table[data-table=results] tbody tr"))).hasSize(1);
		assertThat(script(CLIPPED_TABLES)).as("tables wider than the page at 1366").isEqualTo(List.of());
		this.browser.screenshot("report-wijk-nl-1366");
		screenshotOf("#neighbourhoods-title", "report-wijk-per-wijk-nl-1366");
		this.browser.assertAccessible();

		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("report-wijk-nl-390");
		screenshotOf("#neighbourhoods-title", "report-wijk-per-wijk-nl-390");
		this.browser.assertAccessible();
		this.browser.open("/dashboard?from=2024-01-01&to=2025-12-31&neighbourhood=" + this.neighbourhood);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("dashboard-nl-390");
		screenshotOf("[data-figure=workshops]", "dashboard-tiles-nl-390");
		screenshotOf("#charts-title", "dashboard-charts-nl-390");
		assertBarsAreDrawn();
		assertThat(script(BROKEN_TITLES)).as("tile titles broken mid-word at 390 px").isEqualTo(List.of());
		this.browser.assertAccessible();
	}

	@Test
	void theWholeReportFitsTheScreenAndThePhone() {
		CurrentUser coordinator = this.accounts.create("dash-report", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/reports/annual/2024");
		assertThat(text("h1")).isEqualTo("Impactrapportage 2024");
		assertThat(this.browser.driver().findElements(By.cssSelector("table[data-table=results] thead th")))
			.extracting((header) -> header.getText().replace('\n', ' '))
			.containsExactly("Wijk", "Activiteiten", "Kinderen bereikt", "Ideeën van kinderen", "Gerealiseerd",
					"Financiële bijdragen", "Toegekend bedrag");
		assertThat(script(CLIPPED_TABLES)).as("tables wider than the page at 1366").isEqualTo(List.of());
		this.browser.screenshot("report-nl-1366");
		screenshotOf("#neighbourhoods-title", "report-per-wijk-nl-1366");
		this.browser.assertAccessible();

		this.browser.resize(new Dimension(1024, 768));
		assertThat(script(BROKEN_TITLES)).isEqualTo(List.of());
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("report-nl-390");
		screenshotOf("#neighbourhoods-title", "report-per-wijk-nl-390");
	}

	/**
	 * In Dutch the widths were written "360,0": Chromium drew nothing. Every bar of a
	 * value above zero has a numeric width and a drawn width, and its value is inside the
	 * chart.
	 */
	private void assertBarsAreDrawn() {
		List<?> bars = script(BARS);
		assertThat(bars).isNotEmpty();
		int drawn = 0;
		for (Object item : bars) {
			Map<?, ?> bar = (Map<?, ?>) item;
			long value = Long.parseLong(bar.get("value").toString().replace(".", ""));
			double attribute = Double.parseDouble(bar.get("attribute").toString());
			double width = ((Number) bar.get("drawn")).doubleValue();
			if (value > 0) {
				assertThat(attribute).as("width attribute of the bar of %d", value).isPositive();
				assertThat(width).as("drawn width of the bar of %d", value).isPositive();
				drawn++;
			}
			assertThat(bar.get("inside")).as("value %d inside its chart", value).isEqualTo(true);
		}
		assertThat(drawn).isGreaterThanOrEqualTo(6);
	}

	/** A picture of the window with the element at its top. */
	private void screenshotOf(String css, String name) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView()",
				this.browser.driver().findElement(By.cssSelector(css)));
		this.browser.screenshot(name);
	}

	private String text(String css) {
		return this.browser.driver().findElement(By.cssSelector(css)).getAttribute("textContent").strip();
	}

	private List<?> script(String script) {
		return (List<?>) ((JavascriptExecutor) this.browser.driver()).executeScript(script);
	}

	private void log(CurrentUser advisor, Long partner, LocalDate date) {
		this.contacts.log(new ContactData(date, advisor.getId(), partner, Set.of(), this.neighbourhood,
				ContactKind.MEETING, "Overleg", null, null, null, false), UUID.randomUUID());
	}

}
