package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
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
 * An advisor records a workshop with three ideas and takes one of them, with a grant that
 * a coordinator awards, all the way to an activity; the children's update page tells what
 * happened. axe-core checks the pages on the way.
 */
@BrowserTest
class YouthJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	PartnerService partners;

	@Autowired
	IdeaService ideas;

	@Autowired
	GrantService grants;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void fromWorkshopToRealisedIdeaWithAGrant() {
		Long neighbourhoodId = this.network.neighbourhood("Moerwijk");
		String neighbourhoodName = this.neighbourhoods.get(neighbourhoodId).name();
		Long schoolId = this.network.partner("Basisschool Het Parkpad", PartnerDomain.EDUCATION);
		String schoolName = this.partners.get(schoolId).name();
		Long theatreId = this.network.partner("Straattheater", PartnerDomain.ARTS_CULTURE);
		String theatreName = this.partners.get(theatreId).name();
		this.activities.add(neighbourhoodId, "Freestyle-voetbalshow op het plein", LocalDate.now().minusDays(1), 85);
		this.youth.budget(LocalDate.now().getYear(), "10000.00");
		CurrentUser advisor = this.accounts.create("youth-advisor", Role.ADVISOR);
		CurrentUser coordinator = this.accounts.create("youth-coordinator", Role.COORDINATOR);
		WebDriver driver = this.browser.driver();

		// The advisor records the workshop.
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/workshops");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Nieuwe workshop"));
		this.browser.assertAccessible();
		setValue(driver.findElement(By.id("heldOn")), LocalDate.now().minusDays(60).toString());
		new Select(driver.findElement(By.id("neighbourhoodId"))).selectByVisibleText(neighbourhoodName);
		new Select(driver.findElement(By.id("venuePartnerId"))).selectByVisibleText(schoolName);
		driver.findElement(By.id("childrenSpoken")).sendKeys("21");
		driver.findElement(By.id("groupDescription")).sendKeys("groep 7");
		this.browser.submit();
		String workshopUrl = driver.getCurrentUrl();
		this.youth.trackWorkshop(Long.valueOf(workshopUrl.replaceAll(".*/workshops/(\\d+).*", "$1")));
		this.browser.assertAccessible();

		// Three ideas in a row; after each, the cursor is back in the title field.
		for (String title : new String[] { "Freestyle-voetbalshow", "Technisch lego", "Een app voor de wijk" }) {
			driver.findElement(By.id("idea-title")).sendKeys(title);
			driver.findElement(By.id("idea-children")).clear();
			driver.findElement(By.id("idea-children")).sendKeys("5");
			new Select(driver.findElement(By.id("idea-discipline"))).selectByVisibleText("Muziek");
			this.browser.clickAndWait(By.cssSelector("#add-idea button[type=submit]"));
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("idea-title");
		}
		assertThat(driver.findElement(By.id("ideas-title")).getText()).contains("(3)");

		// The football idea: exploring, with a partner, then planned.
		this.browser.clickAndWait(By.linkText("Freestyle-voetbalshow"));
		this.browser.assertAccessible();
		String ideaUrl = driver.getCurrentUrl();
		changeStatus(driver, "Verkennen");
		assertThat(driver.findElement(By.cssSelector(".notice--success")).getText()).contains("status is gewijzigd");
		changeStatus(driver, "Gepland");

		// The advisor requests a grant; the coordinator awards it.
		this.browser.clickAndWait(By.linkText("Bijdrage aanvragen"));
		this.browser.assertAccessible();
		new Select(driver.findElement(By.id("partnerId"))).selectByVisibleText(theatreName);
		driver.findElement(By.id("amountRequested")).sendKeys("1250.00");
		this.browser.submit();
		String grantUrl = driver.getCurrentUrl();
		this.browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(grantUrl.substring(grantUrl.indexOf("/grants/")));
		this.browser.assertAccessible();
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("Toegekend");
		driver.findElement(By.id("amountAwarded")).sendKeys("1000.00");
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".summary-list")).getText()).contains("€ 1.000,00");
		this.browser.open("/grants");
		this.browser.assertAccessible();

		// Back to the advisor: link the activity and mark the idea realised.
		this.browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(ideaUrl.substring(ideaUrl.indexOf("/ideas/")));
		this.browser.clickAndWait(By.cssSelector("form[action$='/activities'] button[type=submit]"));
		changeStatus(driver, "Gerealiseerd");
		String chain = driver.findElement(By.cssSelector(".chain")).getText();
		assertThat(chain).contains(theatreName, "Toegekend", "Freestyle-voetbalshow op het plein", "85");
		assertThat(driver.findElement(By.cssSelector(".timeline")).getText()).contains("Van Gepland naar Gerealiseerd");
		this.browser.assertAccessible();

		this.browser.open("/ideas?neighbourhood=" + neighbourhoodId);
		this.browser.assertAccessible();
		assertThat(driver.findElement(By.id("column-REALISED")).getText()).contains("(1)");
		assertThat(driver.findElement(By.id("column-COLLECTED")).getText()).contains("(2)");

		this.browser.open(workshopUrl.substring(workshopUrl.indexOf("/workshops/")));
		this.browser.clickAndWait(By.linkText("Wat is er met jullie idee gebeurd?"));
		this.browser.assertAccessible();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Het is gelukt!",
				"Freestyle-voetbalshow op het plein");

		IdeaCard football = this.ideas.ofWorkshop(Long.valueOf(workshopUrl.replaceAll(".*/workshops/(\\d+).*", "$1")))
			.get(0);
		assertThat(football.status()).isEqualTo(IdeaStatus.REALISED);
		assertThat(this.grants.ofIdea(football.id())).singleElement()
			.satisfies((grant) -> assertThat(grant.status()).isEqualTo(GrantStatus.AWARDED));
	}

	private void changeStatus(WebDriver driver, String status) {
		new Select(driver.findElement(By.id("status"))).selectByVisibleText(status);
		this.browser.clickAndWait(By.cssSelector("form[action$='/status'] button[type=submit]"));
	}

	private static void setValue(WebElement input, String value) {
		((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) input).getWrappedDriver())
			.executeScript("arguments[0].value = arguments[1]", input, value);
	}

}
