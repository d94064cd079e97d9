package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor logs in, is told which follow-ups are overdue, ticks two off at once on the
 * list (htmx swaps the list in place), sees "2 vervolgacties afgerond — Ongedaan maken",
 * undoes it and finds them open again; then makes the private address of an agenda
 * subscription. Every page is axe-core clean and fits a phone without sideways scrolling.
 */
@BrowserTest
class FollowUpJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ContactService contacts;

	@Autowired
	Clock clock;

	CurrentUser advisor;

	List<Long> followUps = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("journey-advisor", Role.ADVISOR);
		Long partner = this.network.partner("Bibliotheek Vrederust", PartnerDomain.OTHER);
		LocalDate today = LocalDate.now(this.clock);
		int daysLate = 9;
		for (String text : List.of("Offerte nasturen", "Terugbellen over de zaal", "Verslag delen")) {
			this.followUps.add(this.contacts.log(
					new ContactData(today.minusDays(20), this.advisor.getId(), partner, Set.of(), null,
							ContactKind.PHONE, "Zomerprogramma", null, text, today.minusDays(daysLate), false),
					UUID.randomUUID()));
			daysLate -= 3;
		}
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void advisorSeesOverdueFollowUpsTicksTwoOffAndUndoes(Browser browser) {
		browser.logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD);

		WebElement notice = browser.driver().findElement(By.cssSelector("main .overdue-notice"));
		assertThat(notice.findElement(By.tagName("h2")).getText()).isEqualTo("3 vervolgacties zijn te laat");
		assertThat(notice.findElements(By.tagName("li"))).extracting(WebElement::getText)
			.satisfiesExactly((first) -> assertThat(first).startsWith("Offerte nasturen bij Bibliotheek Vrederust"),
					(second) -> assertThat(second).startsWith("Terugbellen over de zaal bij"),
					(third) -> assertThat(third).startsWith("Verslag delen bij"));
		browser.assertAccessible();
		browser.screenshot("follow-ups-home-notice");
		browser.clickAndWait(By.linkText("Alle vervolgacties bekijken en afronden"));

		// "Alles selecteren" by keyboard ticks every box, and again unticks them.
		WebElement selectAll = browser.driver().findElement(By.id("select-all"));
		selectAll.sendKeys(Keys.SPACE);
		assertThat(boxes(browser)).allMatch(WebElement::isSelected).hasSize(3);
		selectAll.sendKeys(Keys.SPACE);
		assertThat(boxes(browser)).noneMatch(WebElement::isSelected);

		WebElement page = browser.driver().findElement(By.tagName("html"));
		tick(browser, this.followUps.get(0), this.followUps.get(1));
		String ticked = waitForNotice(browser, ".undo-notice");
		assertThat(ticked).isEqualTo("2 vervolgacties afgerond — Ongedaan maken");
		// htmx swapped the list in place (the same document), and the focus went to the
		// notice.
		assertThat(page.getTagName()).isEqualTo("html");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("class")).contains("undo-notice");
		assertThat(rows(browser)).containsExactly("Verslag delen");
		browser.driver().findElement(By.xpath("//button[normalize-space()='Ongedaan maken']")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector("main .undo-notice")).isEmpty());
		assertThat(waitForNotice(browser, ".notice--success")).isEqualTo("De vervolgacties staan weer open.");
		assertThat(rows(browser)).containsExactly("Offerte nasturen", "Terugbellen over de zaal", "Verslag delen");

		// The notice itself, while it offers the undo: accessible and fitting a phone.
		tick(browser, this.followUps.get(2));
		assertThat(waitForNotice(browser, ".undo-notice")).isEqualTo("1 vervolgactie afgerond — Ongedaan maken");
		browser.assertAccessible();
		browser.screenshot("follow-ups-undo-desktop");
		browser.resize(Browser.PHONE);
		browser.assertNoHorizontalScroll();
		browser.screenshot("follow-ups-undo-phone");
		browser.open("/");
		browser.assertNoHorizontalScroll();
		browser.screenshot("follow-ups-home-phone");
	}

	@Test
	void advisorMakesTheAddressOfAnAgendaSubscription(Browser browser) {
		browser.logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD);
		browser.open("/contacts/follow-ups");
		browser.clickAndWait(By.partialLinkText("Agenda-abonnement"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Agenda-abonnement");
		assertThat(browser.driver().findElement(By.className("feed-status")).getText())
			.isEqualTo("U hebt nog geen agenda-abonnement.");

		browser.clickAndWait(By.xpath("//button[normalize-space()='Adres maken']"));

		String address = browser.driver().findElement(By.id("feed-url")).getDomProperty("value");
		assertThat(address).matches("http://localhost:\\d+/agenda/feeds/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(browser.driver().findElement(By.tagName("main")).getText())
			.contains("Het adres van uw agenda is gemaakt.", "Agenda toevoegen → Van internet", "Adres kopiëren");
		browser.assertAccessible();
		browser.screenshot("agenda-desktop");
		browser.resize(Browser.PHONE);
		browser.assertNoHorizontalScroll();
		browser.screenshot("agenda-phone");
	}

	private static List<WebElement> boxes(Browser browser) {
		return browser.driver().findElements(By.cssSelector("main input[type=checkbox][name=ids]"));
	}

	private static List<String> rows(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("main table tbody tr td:nth-child(3)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static void tick(Browser browser, Long... ids) {
		for (Long id : ids) {
			browser.driver().findElement(By.id("select-" + id)).click();
		}
		browser.driver().findElement(By.xpath("//button[normalize-space()='Geselecteerde afronden']")).click();
	}

	private static String waitForNotice(Browser browser, String selector) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector("main " + selector))
				.stream()
				.findFirst()
				.map((notice) -> notice.getText().replaceAll("\\s+", " ").strip())
				.orElse(null));
	}

}
