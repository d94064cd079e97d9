package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding on a grant in the browser, in Dutch: nothing is chosen in advance, rejecting
 * or withdrawing asks first, award fields are for coordinators only; a partner user sees
 * status and amounts only. The grant pages and the budget page are looked at on a desktop
 * and a phone.
 */
@BrowserTest
class GrantJourneyTests {

	private static final int YEAR = LocalDate.now().getYear();

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	GrantService grants;

	Browser browser;

	Long partner;

	Long requested;

	Long awarded;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		Long neighbourhood = this.network.neighbourhood("Laakkwartier");
		this.partner = this.network.partner("Stichting Buurtcultuur en Jeugdparticipatie Laakkwartier",
				PartnerDomain.SOCIAL);
		Long other = this.network.partner("Muziekschool", PartnerDomain.ARTS_CULTURE);
		Long idea = this.youth.idea(neighbourhood, "Een muurschildering over de dromen van de kinderen in de wijk",
				LocalDate.of(YEAR, 1, 10));
		this.youth.budget(YEAR, "15000.00");
		this.requested = this.youth.grant(idea, this.partner, "1250.00", LocalDate.of(YEAR, 1, 20));
		this.awarded = this.youth.awardedGrant(idea, this.partner, "2250.00", LocalDate.of(YEAR, 1, 25));
		this.youth.awardedGrant(idea, other, "750.00", LocalDate.of(YEAR, 1, 26));
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aCoordinatorChoosesAStatusAndIsAskedBeforeRejecting() {
		CurrentUser coordinator = this.accounts.create("grant-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/grants/" + this.requested);
		look("grant-detail-coordinator");

		Select status = new Select(driver.findElement(By.id("status")));
		assertThat(status.getFirstSelectedOption().getText()).isEqualTo("Kies…");
		assertThat(status.getOptions()).extracting(WebElement::getText)
			.containsExactly("Kies…", "Toegekend", "Afgewezen", "Ingetrokken");
		assertThat(driver.findElement(By.id("amountAwarded")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("fieldset legend")).getText()).isEqualTo("Alleen bij toekennen");
		assertThat(driver.findElement(By.cssSelector("fieldset .field__help")).getText())
			.isEqualTo("Resterend budget " + YEAR + ": € 12.000,00");

		// Sent without a choice: the field says what is missing.
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(driver.findElement(By.id("status-error")).getText()).isEqualTo("Kies de nieuwe status.");

		// Rejecting asks first; cancelling leaves the request as it is.
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("Afgewezen");
		Alert question = clickForQuestion(driver);
		assertThat(question.getText()).contains("deze aanvraag wilt afwijzen");
		question.dismiss();
		assertThat(driver.findElement(By.cssSelector(".summary-list .badge")).getText()).isEqualTo("Aangevraagd");
		assertThat(this.grants.get(this.requested).status()).isEqualTo(GrantStatus.REQUESTED);

		// Awarding does not ask.
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("Toegekend");
		driver.findElement(By.id("amountAwarded")).sendKeys("1000.00");
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".summary-list .badge")).getText()).isEqualTo("Toegekend");
		assertThat(this.grants.get(this.requested).status()).isEqualTo(GrantStatus.AWARDED);

		this.browser.open("/grants?year=" + YEAR);
		look("grant-list-coordinator");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).startsWith("3 bijdragen gevonden");
		assertThat(((JavascriptExecutor) driver).executeScript(
				"var table = document.querySelector('.table-wrapper'); return table.scrollWidth <= table.clientWidth"))
			.as("the grant list fits on a desktop without scrolling the table")
			.isEqualTo(true);
		this.browser.open("/grants/budget?year=" + YEAR);
		look("grant-budget-coordinator");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Budget " + YEAR);
		assertThat(driver.findElement(By.cssSelector("main nav")).getText()).contains(String.valueOf(YEAR - 1),
				String.valueOf(YEAR + 1));
	}

	@Test
	void anAdvisorCanOnlyWithdrawAndIsAskedFirst() {
		CurrentUser advisor = this.accounts.create("grant-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/grants/" + this.requested);
		look("grant-detail-advisor");

		Select status = new Select(driver.findElement(By.id("status")));
		assertThat(status.getFirstSelectedOption().getText()).isEqualTo("Kies…");
		assertThat(status.getOptions()).extracting(WebElement::getText).containsExactly("Kies…", "Ingetrokken");
		assertThat(driver.findElements(By.id("amountAwarded"))).isEmpty();
		assertThat(driver.findElements(By.id("conditions"))).isEmpty();

		status.selectByVisibleText("Ingetrokken");
		WebElement oldPage = driver.findElement(By.tagName("html"));
		Alert question = clickForQuestion(driver);
		assertThat(question.getText()).contains("deze bijdrage wilt intrekken");
		question.accept();
		this.browser.waitForNewPage(oldPage);
		assertThat(driver.findElement(By.cssSelector(".summary-list .badge")).getText()).isEqualTo("Ingetrokken");
		assertThat(this.grants.get(this.requested).status()).isEqualTo(GrantStatus.WITHDRAWN);
		this.browser.open("/grants/budget?year=" + YEAR);
		look("grant-budget-advisor");
		this.browser.open("/grants/new");
		look("grant-form-advisor");
	}

	@Test
	void aPartnerUserSeesStatusAndAmountsOnly() {
		CurrentUser partnerUser = this.accounts.create("grant-partner", Role.PARTNER, this.partner);
		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/grants");
		look("grant-list-partner");
		String list = driver.findElement(By.tagName("main")).getText();
		assertThat(list).contains("2 bijdragen gevonden", "Toegekend", "€ 2.250,00", "Aangevraagd", "€ 1.250,00")
			.doesNotContain("750,00", "Aangevraagd op", "Besluit op", "Jaar");

		this.browser.open("/grants/" + this.awarded);
		look("grant-detail-partner");
		String detail = driver.findElement(By.tagName("main")).getText();
		assertThat(detail).contains("Toegekend", "€ 2.250,00")
			.doesNotContain("Voorwaarden", "Boven budget", "Besluit op", "Aangevraagd op", "Verantwoording",
					String.valueOf(YEAR));
	}

	/** Clicks the status form's button and waits for the browser's question. */
	private static Alert clickForQuestion(WebDriver driver) {
		driver.findElement(By.cssSelector("form[action$='/status'] button[type=submit]")).click();
		return new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
	}

	/**
	 * Checks the current page on a desktop and a phone, with a picture of each to look
	 * at.
	 */
	private void look(String name) {
		for (var screen : List.of(Browser.DESKTOP, Browser.PHONE)) {
			this.browser.resize(screen);
			this.browser.screenshot(name + "-" + screen.width);
			this.browser.assertNoHorizontalScroll();
			this.browser.assertAccessible();
		}
		// The part of the page below the first phone screen, to look at too.
		((JavascriptExecutor) this.browser.driver()).executeScript("window.scrollBy(0, window.innerHeight - 80)");
		this.browser.screenshot(name + "-" + Browser.PHONE.width + "-below");
		((JavascriptExecutor) this.browser.driver()).executeScript("window.scrollTo(0, 0)");
		this.browser.resize(Browser.DESKTOP);
	}

}
