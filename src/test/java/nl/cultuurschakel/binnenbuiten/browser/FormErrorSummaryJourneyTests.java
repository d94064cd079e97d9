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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error summary as a person meets it, in Dutch: it takes the focus, each line names
 * its field ("Discipline: Dit veld is verplicht.") and a click puts the focus in that
 * field, also for a checkbox whose line links to its wrapper. Looked at on a desktop and
 * a phone: a long form (activity), a decision with a checkbox (grant) and a small inline
 * form (the phase of a wijk).
 */
@BrowserTest
class FormErrorSummaryJourneyTests {

	private static final int YEAR = LocalDate.now().getYear();

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Browser browser;

	WebDriver driver;

	Long neighbourhood;

	Long partner;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		this.neighbourhood = this.network.neighbourhood("Samenvattingswijk");
		this.partner = this.network.partner("Stichting Samenvatting", PartnerDomain.ARTS_CULTURE);
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aLongFormNamesEveryMissingFieldAndLeadsToIt() {
		logIn(Role.ADVISOR);
		this.browser.open("/activities/new");
		this.browser.submit();

		assertThat(active().getAttribute("class")).contains("error-summary");
		List<String> lines = lines();
		assertThat(lines).contains("Titel: Dit veld is verplicht.", "Wijk: Dit veld is verplicht.",
				"Discipline: Dit veld is verplicht.", "Vanaf leeftijd: Dit veld is verplicht.");
		assertThat(lines.indexOf("Titel: Dit veld is verplicht.")).isZero();
		look("error-summary-activity");

		this.browser.resize(Browser.DESKTOP);
		this.driver.findElement(By.linkText("Discipline: Dit veld is verplicht.")).click();
		assertThat(active().getAttribute("id")).isEqualTo("discipline");
		this.driver.findElement(By.linkText("Titel: Dit veld is verplicht.")).click();
		assertThat(active().getAttribute("id")).isEqualTo("title");
	}

	@Test
	void aCheckboxLineLeadsToTheCheckbox() {
		this.youth.budget(YEAR, "15000.00");
		Long idea = this.youth.idea(this.neighbourhood, "Een fanfare van kinderen", LocalDate.of(YEAR, 1, 10));
		Long grant = this.youth.grant(idea, this.partner, "20000.00", LocalDate.of(YEAR, 1, 20));
		logIn(Role.COORDINATOR);
		this.browser.open("/grants/" + grant);
		new Select(this.driver.findElement(By.id("status"))).selectByVisibleText("Toegekend");
		this.driver.findElement(By.id("amountAwarded")).sendKeys("20000.00");
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));

		String line = "Ik ken toe boven het resterende budget: Dit bedrag is hoger dan het resterende budget. "
				+ "Bevestig dat u toch wilt toekennen.";
		assertThat(lines()).containsExactly(line);
		look("error-summary-grant");

		this.browser.resize(Browser.DESKTOP);
		this.driver.findElement(By.linkText(line)).click();
		WebElement checkbox = active();
		assertThat(checkbox.getAttribute("type")).isEqualTo("checkbox");
		assertThat(checkbox.getAttribute("name")).isEqualTo("confirmOverBudget");
	}

	@Test
	void aSmallInlineFormNamesItsFields() {
		logIn(Role.ADVISOR);
		this.browser.open("/neighbourhoods/" + this.neighbourhood);
		new Select(this.driver.findElement(By.id("phase"))).selectByValue("");
		this.driver.findElement(By.id("changedOn")).clear();
		this.browser.clickAndWait(By.cssSelector("form[action$='/phase'] button[type=submit]"));

		assertThat(lines()).containsExactly("Nieuwe fase: Dit veld is verplicht.",
				"Ingegaan op: Dit veld is verplicht.");
		assertThat(new Select(this.driver.findElement(By.id("phase"))).getFirstSelectedOption().getText())
			.as("the empty choice is kept, so the field shows what its line says")
			.isEqualTo("Kies…");
		look("error-summary-phase");

		this.browser.resize(Browser.PHONE);
		this.driver.findElement(By.linkText("Ingegaan op: Dit veld is verplicht.")).click();
		assertThat(active().getAttribute("id")).isEqualTo("changedOn");
	}

	private void logIn(Role role) {
		CurrentUser user = this.accounts.create("summary-" + role.name().toLowerCase(), role);
		this.browser.logIn(user.getUsername(), AccountFixtures.PASSWORD);
	}

	private List<String> lines() {
		return this.driver.findElements(By.cssSelector(".error-summary li")).stream().map(WebElement::getText).toList();
	}

	private WebElement active() {
		return this.driver.switchTo().activeElement();
	}

	/** The summary on a desktop and a phone, with a picture of each to look at. */
	private void look(String name) {
		for (var screen : List.of(Browser.DESKTOP, Browser.PHONE)) {
			this.browser.resize(screen);
			((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
					this.driver.findElement(By.cssSelector(".error-summary")));
			this.browser.screenshot(name + "-" + screen.width);
			this.browser.assertNoHorizontalScroll();
			this.browser.assertAccessible();
		}
	}

}
