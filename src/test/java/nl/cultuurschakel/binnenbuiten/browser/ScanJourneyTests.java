package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor fills in the building-blocks scan from the neighbourhood page, a coordinator
 * signs it off; axe-core checks the pages, and the page does not scroll sideways on a
 * phone.
 */
@BrowserTest
class ScanJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	Long neighbourhood;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.neighbourhood = this.network.neighbourhood("Scanreiswijk");
		Long library = this.network.partner("Wijkbieb", PartnerDomain.OTHER);
		Long school = this.network.partner("Basisschool", PartnerDomain.EDUCATION);
		this.network.membership(library, this.neighbourhood, LocalDate.of(2022, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.network.membership(school, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
	}

	@AfterEach
	void tearDown() {
		this.jdbc.update("delete from network_scan where neighbourhood_id = ?", this.neighbourhood);
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void advisorFillsInAnItemAndACoordinatorSignsOff() {
		CurrentUser advisor = this.accounts.create("scan-journey-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();

		this.browser.open("/neighbourhoods/" + this.neighbourhood);
		// The scan is among the links of the neighbourhood's hub, which htmx loads into
		// the page.
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(By.id("hub-scan")));
		this.browser.clickAndWait(By.id("hub-scan"));
		int year = LocalDate.now().getYear();
		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Bouwstenenscan " + year);
		assertThat(driver.findElement(By.id("suggestion-FIXED_CONTACT_PERSON")).getText())
			.contains("Voorstel: Staat er", "2 van de 2 leden hebben een vast aanspreekpunt.");
		this.browser.assertAccessible();

		// all suggestions at once, not yet saved
		Select fixedContact = new Select(driver.findElement(By.id("itemsFIXED_CONTACT_PERSON.status")));
		assertThat(fixedContact.getFirstSelectedOption().getText()).isEqualTo("Nog niet");
		driver.findElement(By.cssSelector("#scan-take button")).click();
		assertThat(fixedContact.getFirstSelectedOption().getText()).isEqualTo("Staat er");
		assertThat(new Select(driver.findElement(By.id("itemsKEY_FIGURES.status"))).getFirstSelectedOption().getText())
			.as("an item without a suggestion")
			.isEqualTo("Nog niet");
		assertThat(driver.findElement(By.id("scan-take-result")).getText())
			.matches("Overgenomen voorstellen: [1-9][0-9]*\\. Nog niet opgeslagen\\.");
		fixedContact.selectByVisibleText("Nog niet");

		new Select(driver.findElement(By.id("itemsFIXED_CONTACT_PERSON.status"))).selectByVisibleText("Staat er");
		driver.findElement(By.id("itemsFIXED_CONTACT_PERSON.note"))
			.sendKeys("Elke partner heeft een vaste contactpersoon in de app.");
		this.browser.submit();

		assertThat(driver.findElement(By.cssSelector(".notice--success[role=status]")).getText())
			.isEqualTo("De scan is opgeslagen.");
		assertThat(new Select(driver.findElement(By.id("itemsFIXED_CONTACT_PERSON.status"))).getFirstSelectedOption()
			.getText()).isEqualTo("Staat er");
		assertThat(driver.findElement(By.id("itemsFIXED_CONTACT_PERSON.note")).getAttribute("value"))
			.isEqualTo("Elke partner heeft een vaste contactpersoon in de app.");
		assertThat(driver.findElement(By.cssSelector("#chart-scan-comparison tbody")).getAttribute("textContent"))
			.contains("Stevige basis " + year);
		this.browser.assertAccessible();
		showAndScreenshot("itemsFIXED_CONTACT_PERSON.status", "scan-advisor-1366");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		showAndScreenshot("itemsFIXED_CONTACT_PERSON.status", "scan-advisor-390");
		showAndScreenshot("chart-scan-comparison", "scan-chart-390");
		this.browser.resize(Browser.DESKTOP);

		driver.manage().deleteAllCookies();
		CurrentUser coordinator = this.accounts.create("scan-journey-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/neighbourhoods/" + this.neighbourhood + "/scan/" + year);
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.cssSelector("#sign-off button[type=submit]"));

		assertThat(driver.findElement(By.cssSelector(".notice--success[role=status]")).getText())
			.isEqualTo("De scan is afgetekend.");
		assertThat(driver.findElement(By.id("scan-state")).getText())
			.startsWith("Afgetekend door Test scan-journey-coordinator op");
		assertThat(driver.findElements(By.id("sign-off"))).isEmpty();
		this.browser.assertAccessible();
		this.browser.screenshot("scan-signed-1366");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("scan-signed-390");
	}

	private void showAndScreenshot(String id, String name) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView()",
				this.browser.driver().findElement(By.id(id)));
		this.browser.screenshot(name);
	}

}
