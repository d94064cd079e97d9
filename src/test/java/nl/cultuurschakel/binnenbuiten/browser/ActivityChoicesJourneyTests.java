package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
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
 * The choices that follow the wijk, in the browser with htmx: the activity form offers
 * the spaces of the chosen wijk's network and its children's ideas (searchable), and the
 * idea page searches the activities to link as you type.
 */
@BrowserTest
class ActivityChoicesJourneyTests {

	private static final String NO_SPACE = "Geen ruimte: ik vul een adres in";

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	PartnerService partners;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		CurrentUser advisor = this.accounts.create("choices-advisor", Role.ADVISOR);
		browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.activities.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theSpaceChoiceOffersOnlyTheSpacesOfTheChosenWijksMembers() {
		Long wijk = this.activities.neighbourhood("Ruimtewijk");
		Long otherWijk = this.activities.neighbourhood("Sportwijk");
		Long studio = this.network.partner("Atelierhuis", PartnerDomain.ARTS_CULTURE);
		Long theatre = this.network.partner("Theater", PartnerDomain.ARTS_CULTURE);
		Long club = this.network.partner("Sportclub", PartnerDomain.OTHER);
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(studio, wijk, start, null);
		this.network.membership(theatre, wijk, start, null);
		this.network.membership(club, otherWijk, start, null);
		this.partners.addSpace(studio, new SpaceData("Danszaal", 25, null, false));
		this.partners.addSpace(studio, new SpaceData("Atelier", 12, null, false));
		this.partners.addSpace(theatre, new SpaceData("Theaterzaal", 90, null, false));
		this.partners.addSpace(club, new SpaceData("Gymzaal", 40, null, false));
		String studioName = this.partners.get(studio).name();
		String theatreName = this.partners.get(theatre).name();
		String clubName = this.partners.get(club).name();

		this.browser.open("/activities/new");
		assertThat(spaceOptions()).containsExactly(NO_SPACE);
		assertThat(this.driver.findElement(By.id("spaceId-help")).getText()).startsWith("Kies eerst een wijk");

		choose("neighbourhoodId", this.neighbourhoods.get(wijk).name());
		awaitSpaceOptions(NO_SPACE, "Atelier (" + studioName + ")", "Danszaal (" + studioName + ")",
				"Theaterzaal (" + theatreName + ")");
		assertThat(this.driver.findElement(By.id("spaceId-help")).getText()).isEqualTo(
				"Ruimtes die de partners in het netwerk van " + this.neighbourhoods.get(wijk).name() + " delen.");
		choose("spaceId", "Theaterzaal (" + theatreName + ")");
		this.browser.screenshot("activity-form-spaces-desktop");

		choose("neighbourhoodId", this.neighbourhoods.get(otherWijk).name());
		awaitSpaceOptions(NO_SPACE, "Gymzaal (" + clubName + ")");
		assertThat(new Select(this.driver.findElement(By.id("spaceId"))).getFirstSelectedOption().getText())
			.isEqualTo(NO_SPACE);
		this.browser.assertAccessible();

		// Back to the first wijk, the theatre hall is saved as the activity's place.
		choose("neighbourhoodId", this.neighbourhoods.get(wijk).name());
		awaitSpaceOptions(NO_SPACE, "Atelier (" + studioName + ")", "Danszaal (" + studioName + ")",
				"Theaterzaal (" + theatreName + ")");
		choose("spaceId", "Theaterzaal (" + theatreName + ")");
		this.driver.findElement(By.id("title")).sendKeys("Toneel in de theaterzaal");
		this.driver.findElement(By.xpath("//ul[@id='partnerIds-list']/li[label='" + theatreName + "']/input")).click();
		setValue("date", "2030-03-05");
		setValue("startTime", "15:00");
		setValue("endTime", "16:00");
		choose("discipline", "Theater");
		this.driver.findElement(By.id("minAge")).sendKeys("8");
		this.driver.findElement(By.id("maxAge")).sendKeys("12");
		choose("costType", "Gratis");
		this.browser.submit();
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("De activiteit is gepland.");
		assertThat(this.driver.findElement(By.cssSelector(".summary-list")).getText())
			.contains("Theaterzaal, " + theatreName);
	}

	@Test
	void theIdeaChoiceFollowsTheWijkAndIsSearchedAsYouType() {
		Long wijk = this.activities.neighbourhood("Ideewijk");
		Long otherWijk = this.activities.neighbourhood("Verre wijk");
		String wijkName = this.neighbourhoods.get(wijk).name();
		this.youth.idea(wijk, "Voetbal met trucjes", LocalDate.of(2023, 3, 1));
		this.youth.idea(wijk, "Een muurschildering", LocalDate.of(2024, 3, 1));
		this.youth.idea(otherWijk, "Robots bouwen", LocalDate.of(2024, 4, 1));

		this.browser.open("/activities/new");
		assertThat(ideaOptions()).containsExactly("Geen idee");
		choose("neighbourhoodId", wijkName);
		awaitOptions("sourceIdeaId", "Geen idee", "Een muurschildering (verzameld 1 mrt. 2024, " + wijkName + ")",
				"Voetbal met trucjes (verzameld 1 mrt. 2023, " + wijkName + ")");

		WebElement search = this.driver.findElement(By.id("ideaQuery"));
		search.sendKeys("voetbal");
		awaitOptions("sourceIdeaId", "Geen idee", "Voetbal met trucjes (verzameld 1 mrt. 2023, " + wijkName + ")");
		// Enter searches; it does not submit the half-filled form.
		String url = this.driver.getCurrentUrl();
		search.sendKeys(Keys.ENTER);
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url);
		assertThat(this.driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
		this.browser.assertAccessible();
	}

	@Test
	void theIdeaPageSearchesTheActivitiesToLinkAsYouType() {
		Long wijk = this.activities.neighbourhood("Koppelwijk");
		String wijkName = this.neighbourhoods.get(wijk).name();
		Long partner = this.network.partner("Koppelpartner", PartnerDomain.ARTS_CULTURE);
		Long idea = this.youth.idea(wijk, "Voetbal met trucjes", LocalDate.of(2024, 2, 1));
		for (int week = 0; week < 6; week++) {
			this.activities.activity(activity(wijk, partner, LocalDate.of(2024, 3, 5).plusWeeks(week), "15:00", "16:00")
				.title("Dansles"));
		}
		this.activities.activity(activity(wijk, partner, LocalDate.of(2024, 4, 20), "11:00", "12:00")
			.title("Voetbalclinic op het plein"));

		this.browser.open("/ideas/" + idea);
		assertThat(this.driver.findElements(By.cssSelector("#activityId option"))).hasSize(7);
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('link-activity').scrollIntoView()");
		this.browser.screenshot("idea-link-activity-desktop");
		this.driver.findElement(By.id("activityQuery")).sendKeys("voetbal");
		awaitOptions("activityId", "za 20 apr. 2024 – Voetbalclinic op het plein (" + wijkName + ", gepland)");
		this.browser.screenshot("idea-link-activity-searched-desktop");
		// On a phone the search and the choice fit the screen.
		this.browser.resize(Browser.PHONE);
		this.browser.screenshot("idea-link-activity-searched-phone");
		assertThat((Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("return Array.from(document.querySelectorAll('#link-activity, #link-activity *'))"
					+ ".every((e) => e.getBoundingClientRect().right <= document.documentElement.clientWidth)"))
			.isTrue();
		this.browser.resize(Browser.DESKTOP);
		assertThat(this.driver.findElement(By.cssSelector("#linkable-activities [role=status]")).getText())
			.isEqualTo("1 activiteit uit " + wijkName + " zonder idee met „voetbal” in de titel");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.cssSelector("#linkable-activities button[type=submit]"));
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("De activiteit is aan het idee gekoppeld.");
		assertThat(this.driver.findElement(By.cssSelector(".chain")).getText()).contains("Voetbalclinic op het plein");
	}

	@Test
	void theIdeaPageTicksThePartnersTakingItUpFromAFilteredChecklist() {
		Long wijk = this.activities.neighbourhood("Oppakwijk");
		String token = NetworkFixtures.unique("Op").substring(3);
		String school = this.partners.get(this.network.partner("School " + token, PartnerDomain.EDUCATION)).name();
		String library = this.partners.get(this.network.partner("Bieb " + token, PartnerDomain.OTHER)).name();
		Long idea = this.youth.idea(wijk, "Een muurschildering", LocalDate.of(2024, 2, 1));

		this.browser.open("/ideas/" + idea);
		this.driver.findElement(By.xpath("//summary[starts-with(., 'Partners kiezen')]")).click();
		WebElement filter = this.driver.findElement(By.id("partnerIds-filter"));
		filter.sendKeys(token);
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> d.findElement(By.id("partnerIds-filter-status"))
				.getText()
				.equals("2 partners passen bij uw zoekopdracht."));
		filter.sendKeys(Keys.TAB);
		this.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		this.driver.switchTo().activeElement().sendKeys(Keys.TAB, Keys.SPACE);
		assertThat(this.driver.findElement(By.xpath("//summary[starts-with(., 'Partners kiezen')]")).getText())
			.isEqualTo("Partners kiezen (2 gekozen)");
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('partnerIds').scrollIntoView()");
		this.browser.screenshot("idea-partners-desktop");
		this.browser.resize(Browser.PHONE);
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('partnerIds').scrollIntoView()");
		this.browser.screenshot("idea-partners-phone");
		this.browser.assertNoHorizontalScroll();
		this.browser.resize(Browser.DESKTOP);
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.cssSelector("form[action$='/partners'] button[type=submit]"));
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("De partners zijn opgeslagen.");
		assertThat(this.driver.findElement(By.cssSelector(".chain")).getText()).contains(school, library);
	}

	private List<String> spaceOptions() {
		return options("spaceId");
	}

	private List<String> ideaOptions() {
		return options("sourceIdeaId");
	}

	/**
	 * The option texts, read in one go (htmx may replace the select at any moment).
	 */
	@SuppressWarnings("unchecked")
	private List<String> options(String selectId) {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0] + ' option'))"
					+ ".map((option) => option.textContent.trim())", selectId);
	}

	private void awaitSpaceOptions(String... expected) {
		awaitOptions("spaceId", expected);
	}

	private void awaitOptions(String selectId, String... expected) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> options(selectId).equals(List.of(expected)));
	}

	private void choose(String selectId, String text) {
		new Select(this.driver.findElement(By.id(selectId))).selectByVisibleText(text);
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(By.id(id)), value);
	}

}
