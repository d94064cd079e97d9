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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor answers "who changed this grant, and from what to what" in the browser, in
 * Dutch: a coordinator changes a grant's amount and status, and the grant's history in
 * the audit trail shows who did it with each old and new value as a person reads them.
 * The audit pages are looked at on a desktop and a phone.
 */
@BrowserTest
class AuditJourneyTests {

	private static final int YEAR = LocalDate.now().getYear();

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Browser browser;

	Long grant;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		Long neighbourhood = this.network.neighbourhood("Schilderswijk");
		Long partner = this.network.partner("Stichting Jeugdcultuur en Buurtparticipatie Schilderswijk-Noord",
				PartnerDomain.SOCIAL);
		Long idea = this.youth.idea(neighbourhood, "Een freestyle-voetbalshow op het plein van de wijk",
				LocalDate.of(YEAR, 1, 10));
		this.youth.budget(YEAR, "15000.00");
		this.grant = this.youth.grant(idea, partner, "1250.00", LocalDate.of(YEAR, 1, 20));
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void anAuditorSeesWhoChangedAGrantFromWhatToWhat() {
		CurrentUser coordinator = this.accounts.create("audit-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();

		this.browser.open("/grants/" + this.grant + "/edit");
		WebElement amount = driver.findElement(By.id("amountRequested"));
		amount.clear();
		amount.sendKeys("1.375,50");
		this.browser.submit();
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("Toegekend");
		driver.findElement(By.id("amountAwarded")).sendKeys("1.200,00");
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".summary-list .badge")).getText()).isEqualTo("Toegekend");

		this.browser.clickAndWait(By.linkText("Geschiedenis in de audit trail"));

		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Geschiedenis van Bijdrage #" + this.grant);
		List<WebElement> entries = driver.findElements(By.cssSelector(".audit-history__entry"));
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0).findElement(By.tagName("h2")).getText()).startsWith("gewijzigd")
			.contains("door " + coordinator.getUsername());
		assertThat(rows(entries.get(0))).contains("Status Aangevraagd Toegekend", "Toegekend bedrag — 1.200,00");
		assertThat(rows(entries.get(1))).contains("Aangevraagd bedrag 1.250,00 1.375,50");
		assertThat(entries.get(1).findElement(By.tagName("h2")).getText())
			.contains("door " + coordinator.getUsername());
		assertThat(entries.get(2).findElement(By.tagName("h2")).getText()).startsWith("aangemaakt")
			.contains("door system");
		this.browser.lookOnDesktopAndPhone("audit-grant-history");

		this.browser.open("/admin/audit");
		new Select(driver.findElement(By.id("user"))).selectByVisibleText(coordinator.getUsername());
		new Select(driver.findElement(By.id("type"))).selectByVisibleText("Bijdrage");
		this.browser.submit();
		assertThat(driver.getCurrentUrl()).contains("user=" + coordinator.getUsername(), "type=grant");
		List<WebElement> changes = driver.findElements(By.cssSelector("tbody tr"));
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).getText()).contains(coordinator.getUsername(), "Bijdrage", "#" + this.grant,
				"gewijzigd", "Status: Aangevraagd", "Toegekend");
		assertThat(changes.get(1).getText()).contains("Aangevraagd bedrag: 1.250,00", "1.375,50");
		this.browser.open("/admin/audit");
		this.browser.lookOnDesktopAndPhone("audit-list");
	}

	/** The rows of a history entry's table as the reader sees them. */
	private static List<String> rows(WebElement entry) {
		return entry.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
	}

}
