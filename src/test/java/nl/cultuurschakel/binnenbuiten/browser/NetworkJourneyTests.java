package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor builds a neighbourhood's network in the browser; a partner user sees it.
 * axe-core checks every page on the way.
 */
@BrowserTest
class NetworkJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

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
		this.network.deleteCreated();
	}

	@Test
	void advisorCreatesPartnerAndAddsItToANeighbourhood() {
		Long neighbourhoodId = this.network.neighbourhood("Reiswijk");
		String neighbourhoodName = this.neighbourhoods.get(neighbourhoodId).name();
		CurrentUser advisor = this.accounts.create("journey-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();

		this.browser.open("/partners");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Nieuwe partner"));
		this.browser.assertAccessible();

		// First a mistake: the form explains it and keeps the input.
		String name = NetworkFixtures.unique("Reistheater");
		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("contactEmail")).sendKeys("geen-adres");
		this.browser.submit();
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Dit veld is verplicht.",
				"Vul een geldig e-mailadres in");
		assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
		this.browser.assertAccessible();

		new Select(driver.findElement(By.id("domain"))).selectByVisibleText("Kunst en cultuur");
		driver.findElement(By.id("contactEmail")).clear();
		driver.findElement(By.id("contactEmail")).sendKeys("info@reistheater.example");
		driver.findElement(By.cssSelector("label[for='tags1']")).click();
		this.browser.submit();

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		this.network.track(null, Long.valueOf(driver.getCurrentUrl().replaceAll(".*/partners/", "")));
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("Aan een wijknetwerk toevoegen"));
		this.browser.assertAccessible();
		new Select(driver.findElement(By.id("neighbourhoodId"))).selectByVisibleText(neighbourhoodName);
		driver.findElement(By.cssSelector("label[for='roles1']")).click();
		this.browser.submit();

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Het lidmaatschap is toegevoegd.");
		this.browser.clickAndWait(By.linkText(neighbourhoodName));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(name, "Sleutelfiguur / wegwijzer",
				"Kunst en cultuur (1)");
		this.browser.assertAccessible();

		this.browser.open("/neighbourhoods");
		this.browser.assertAccessible();
		this.browser.open("/neighbourhoods/new");
		this.browser.assertAccessible();
	}

	@Test
	void partnerUserSeesOwnNetwork() {
		Long neighbourhoodId = this.network.neighbourhood("Eigenwijk");
		Long own = this.network.partner("Eigenorganisatie", PartnerDomain.ARTS_CULTURE);
		Long colleague = this.network.partner("Collegaorganisatie", PartnerDomain.SOCIAL);
		this.network.membership(own, neighbourhoodId, LocalDate.of(2022, 1, 1), null);
		this.network.membership(colleague, neighbourhoodId, LocalDate.of(2022, 1, 1), null);
		CurrentUser partnerUser = this.accounts.create("journey-partner", Role.PARTNER, own);

		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/my-network");
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText())
			.contains(this.partners.get(colleague).name());
		this.browser.assertAccessible();

		this.browser.open("/my-network/profile");
		this.browser.assertAccessible();

		this.browser.open("/partners/" + colleague);
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
	}

}
