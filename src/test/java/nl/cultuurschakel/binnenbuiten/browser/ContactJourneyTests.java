package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging a contact, the most frequent action, in Dutch: type part of the partner's name
 * in "Zoek een partner", Enter picks the highlighted match and fills in its wijk, type
 * the subject, Enter saves. axe-core checks the pages on the way.
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

	@Autowired
	ContactService contacts;

	Browser browser;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.wait.ignoring(StaleElementReferenceException.class);
		CurrentUser advisor = this.accounts.create("fast-advisor", Role.ADVISOR);
		browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void advisorLogsAContactWithThePartnersOnlyWijkInAFewKeystrokes() {
		Long wijk = this.network.neighbourhood("Snelwijk");
		Long partner = this.network.partner("Zeldzaamtheater", PartnerDomain.ARTS_CULTURE);
		this.network.membership(partner, wijk, LocalDate.of(2022, 1, 1), null);

		this.browser.open("/contacts/new");
		this.browser.assertAccessible();
		// "Zoek een partner" has the focus: type part of the name, Enter picks the match.
		assertThat(active().getAttribute("id")).isEqualTo("partnerSearch");
		active().sendKeys(tokenOf(partnerName(partner)));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partnerSearch-listbox")));
		active().sendKeys(Keys.ENTER);

		this.wait.until((d) -> selectedWijken().equals(List.of(wijkName(wijk))));
		this.browser.assertAccessible();
		assertThat(new Select(this.driver.findElement(By.id("counterpartId"))).getFirstSelectedOption().getText())
			.isEqualTo(partnerName(partner));
		assertThat(this.driver.findElement(By.id("neighbourhoodId-help")).getText()).contains(wijkName(wijk));
		this.driver.findElement(By.id("subject")).sendKeys("Zomerprogramma afstemmen", Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches("/contacts/\\d+$"));

		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Het contactmoment is vastgelegd.");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Zomerprogramma afstemmen",
				partnerName(partner), wijkName(wijk), "Kunst en cultuur");
		assertThat(this.contacts.get(savedContact()).data().neighbourhoodId()).isEqualTo(wijk);
		this.browser.assertAccessible();

		this.browser.open("/contacts");
		this.browser.assertAccessible();
		this.browser.open("/contacts/follow-ups");
		this.browser.assertAccessible();
		this.browser.open("/");
		this.browser.assertAccessible();
	}

	/**
	 * A partner in two wijken: the form does not guess (a wrong guess silently skews the
	 * figures per wijk), but names both wijken and offers them first, so one choice
	 * settles it; without a choice the contact gets no wijk.
	 */
	@Test
	void aPartnerInTwoWijkenLeavesTheChoiceBetweenThemToTheAdvisor() {
		Long north = this.network.neighbourhood("Noordwijk");
		Long south = this.network.neighbourhood("Zuidwijk");
		Long partner = this.network.partner("Tweewijkenwelzijn", PartnerDomain.SOCIAL);
		this.network.membership(partner, north, LocalDate.of(2022, 1, 1), null);
		this.network.membership(partner, south, LocalDate.of(2022, 1, 1), null);

		this.browser.open("/contacts/new");
		pickPartner(tokenOf(partnerName(partner)));
		this.wait.until((d) -> d.findElement(By.id("neighbourhoodId-help")).getText().contains(wijkName(north)));

		assertThat(selectedWijken()).containsExactly("Geen wijk");
		assertThat(this.driver.findElement(By.id("neighbourhoodId-help")).getText()).contains(wijkName(south),
				"Kies de wijk");
		WebElement ofPartner = this.driver.findElement(By.cssSelector("#neighbourhoodId optgroup"));
		assertThat(ofPartner.getAttribute("label")).isEqualTo("Wijken van " + partnerName(partner));
		assertThat(ofPartner.findElements(By.tagName("option"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder(wijkName(north), wijkName(south));
		this.browser.assertAccessible();

		new Select(this.driver.findElement(By.id("neighbourhoodId"))).selectByVisibleText(wijkName(south));
		this.driver.findElement(By.id("subject")).sendKeys("Twee wijken, één gesprek", Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches("/contacts/\\d+$"));
		assertThat(this.contacts.get(savedContact()).data().neighbourhoodId()).isEqualTo(south);
	}

	@Test
	void enterInTheSearchPicksTheHighlightedMatchAndDoesNotSubmitTheForm() {
		String token = NetworkFixtures.unique("Pijl").substring(5);
		this.network.partner("Pijlmuziek " + token, PartnerDomain.ARTS_CULTURE);
		this.network.partner("Pijltheater " + token, PartnerDomain.ARTS_CULTURE);

		this.browser.open("/contacts/new");
		WebElement page = this.driver.findElement(By.tagName("html"));
		WebElement search = this.driver.findElement(By.id("partnerSearch"));
		search.sendKeys(token);
		this.wait.until((d) -> d.findElements(By.cssSelector("#partnerSearch-listbox [role=option]")).size() == 2);
		List<WebElement> matches = this.driver.findElements(By.cssSelector("#partnerSearch-listbox [role=option]"));
		assertThat(matches.get(0).getAttribute("aria-selected")).isEqualTo("true");
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(search.getAttribute("aria-activedescendant")).isEqualTo(matches.get(1).getAttribute("id"));
		String highlighted = matches.get(1).getText();

		search.sendKeys(Keys.ENTER);

		this.wait.until((d) -> highlighted
			.equals(new Select(d.findElement(By.id("counterpartId"))).getFirstSelectedOption().getText()));
		assertThat(highlighted).startsWith("Pijltheater");
		assertThat(search.getAttribute("value")).isEqualTo(highlighted);
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("false");
		// Still the same page: nothing was submitted, so no error summary either.
		assertThat(page.isDisplayed()).isTrue();
		assertThat(this.driver.getCurrentUrl()).endsWith("/contacts/new");
		assertThat(this.driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
		// Enter with nothing to pick does not submit either.
		search.sendKeys(Keys.ENTER);
		assertThat(page.isDisplayed()).isTrue();
	}

	@Test
	void aFilledInWijkFollowsThePartnerButAChosenWijkStays() {
		Long first = this.network.neighbourhood("Eerstewijk");
		Long second = this.network.neighbourhood("Tweedewijk");
		Long chosen = this.network.neighbourhood("Keuzewijk");
		Long firstPartner = this.network.partner("Eerstepartner", PartnerDomain.EDUCATION);
		Long secondPartner = this.network.partner("Tweedepartner", PartnerDomain.EDUCATION);
		this.network.membership(firstPartner, first, LocalDate.of(2022, 1, 1), null);
		this.network.membership(secondPartner, second, LocalDate.of(2022, 1, 1), null);

		this.browser.open("/contacts/new");
		pickPartner(tokenOf(partnerName(firstPartner)));
		this.wait.until((d) -> selectedWijken().equals(List.of(wijkName(first))));
		// Another partner: the wijk the form filled in follows.
		pickPartner(tokenOf(partnerName(secondPartner)));
		this.wait.until((d) -> selectedWijken().equals(List.of(wijkName(second))));
		// A wijk the advisor chose is kept when the partner changes.
		new Select(this.driver.findElement(By.id("neighbourhoodId"))).selectByVisibleText(wijkName(chosen));
		pickPartner(tokenOf(partnerName(firstPartner)));
		this.wait.until((d) -> d.findElement(By.id("neighbourhoodId-help")).getText().contains(wijkName(first)));
		assertThat(selectedWijken()).containsExactly(wijkName(chosen));
	}

	@Test
	void otherPartnersAreAddedByKeyboardAndNamedOnTheContactsPage() {
		Long partner = this.network.partner("Gastheer", PartnerDomain.SOCIAL);
		String token = NetworkFixtures.unique("Aanwezig").substring(9);
		Long one = this.network.partner("Aanwezig een " + token, PartnerDomain.ARTS_CULTURE);
		Long two = this.network.partner("Aanwezig twee " + token, PartnerDomain.EDUCATION);

		this.browser.open("/contacts/new");
		pickPartner(tokenOf(partnerName(partner)));
		this.driver.findElement(By.id("subject")).sendKeys("Netwerkoverleg");
		// From the notes, Tab reaches "Andere aanwezige partners"; Enter opens it.
		this.driver.findElement(By.id("notes")).sendKeys(Keys.TAB);
		assertThat(active().getText()).startsWith("Andere aanwezige partners");
		active().sendKeys(Keys.ENTER);
		active().sendKeys(Keys.TAB);
		assertThat(active().getAttribute("id")).isEqualTo("participantIds-filter");
		active().sendKeys(token);
		this.wait.until((d) -> d.findElement(By.id("participantIds-filter-status")).getText().startsWith("2 partners"));
		active().sendKeys(Keys.TAB);
		assertThat(labelOf(active())).isEqualTo(partnerName(one));
		active().sendKeys(Keys.SPACE);
		active().sendKeys(Keys.TAB);
		assertThat(labelOf(active())).isEqualTo(partnerName(two));
		active().sendKeys(Keys.SPACE);
		assertThat(this.driver.findElement(By.cssSelector("details.participants > summary")).getText())
			.endsWith("(2 gekozen)");
		this.browser.assertAccessible();
		this.browser.submit();

		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Het contactmoment is vastgelegd.");
		assertThat(this.driver.findElements(By.cssSelector(".inline-list a"))).extracting(WebElement::getText)
			.containsExactly(partnerName(one), partnerName(two));
		assertThat(this.contacts.get(savedContact()).data().participantIds()).containsExactlyInAnyOrder(one, two);
		this.browser.assertAccessible();
	}

	@Test
	void errorSummaryNamesItsFieldsAndLeadsToThem() {
		this.browser.open("/contacts/new");
		this.browser.submit();

		assertThat(this.driver.findElements(By.cssSelector(".error-summary li"))).extracting(WebElement::getText)
			.containsExactly("Partner: Dit veld is verplicht.", "Onderwerp: Dit veld is verplicht.");
		assertThat(active().getAttribute("class")).contains("error-summary");
		this.browser.assertAccessible();
		this.driver.findElement(By.linkText("Onderwerp: Dit veld is verplicht.")).click();
		assertThat(active().getAttribute("id")).isEqualTo("subject");
		this.driver.findElement(By.linkText("Partner: Dit veld is verplicht.")).click();
		assertThat(active().getAttribute("id")).isEqualTo("counterpartId");
	}

	@Test
	void formFitsADesktopAndAPhone() {
		this.network.partner("Schermpartner", PartnerDomain.ARTS_CULTURE);
		this.browser.open("/contacts/new");
		this.driver.findElement(By.id("partnerSearch")).sendKeys("a");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partnerSearch-listbox")));
		this.browser.screenshot("contact-form-search-desktop");
		this.browser.assertNoHorizontalScroll();
		// With the list of matches open (axe's own window then takes the focus, which
		// closes it).
		this.browser.assertAccessible();

		this.browser.resize(Browser.PHONE);
		this.driver.findElement(By.cssSelector("details.participants > summary")).click();
		this.driver.findElement(By.id("participantIds-filter")).sendKeys("e");
		this.browser.screenshot("contact-form-participants-phone");
		this.browser.assertNoHorizontalScroll();
		this.browser.assertAccessible();
		this.browser.submit();
		this.browser.screenshot("contact-form-errors-phone");
		this.browser.assertNoHorizontalScroll();
	}

	/** Types in "Zoek een partner" and presses Enter on the first match. */
	private void pickPartner(String typed) {
		WebElement search = this.driver.findElement(By.id("partnerSearch"));
		search.clear();
		search.sendKeys(typed);
		this.wait
			.until((d) -> !d.findElements(By.cssSelector("#partnerSearch-listbox [aria-selected=true]")).isEmpty());
		search.sendKeys(Keys.ENTER);
	}

	private List<String> selectedWijken() {
		return new Select(this.driver.findElement(By.id("neighbourhoodId"))).getAllSelectedOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private WebElement active() {
		return this.driver.switchTo().activeElement();
	}

	private String labelOf(WebElement input) {
		return this.driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText();
	}

	private Long savedContact() {
		return Long.valueOf(this.driver.getCurrentUrl().replaceAll(".*/contacts/", ""));
	}

	private String partnerName(Long id) {
		return this.partners.get(id).name();
	}

	private String wijkName(Long id) {
		return this.neighbourhoods.get(id).name();
	}

	/** The random part that makes a fixture's name unique: typing it finds that one. */
	private static String tokenOf(String name) {
		return name.substring(name.lastIndexOf(' ') + 1);
	}

}
