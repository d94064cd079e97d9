package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared edit-conflict notice and delete-confirmation page as a person sees them, on
 * a desktop and on a phone: what is stored now next to the own input, and why a space
 * that activities use is not deleted.
 */
@BrowserTest
class ConflictAndDeletePagesLookTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	PartnerService partners;

	Browser browser;

	Long partner;

	Long space;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		Long neighbourhood = this.activities.neighbourhood("Zaalwijk");
		this.partner = this.network.partner("Buurthuis De Kroon", PartnerDomain.OTHER);
		this.space = this.partners.addSpace(this.partner, new SpaceData("Grote zaal", 80, null));
		this.activities.activity(
				activity(neighbourhood, this.partner, LocalDate.of(2024, 5, 1), "15:00", "16:00").space(this.space));
		CurrentUser advisor = this.accounts.create("conflict-advisor", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void anEditConflictShowsWhatIsStoredNextToTheOwnInput() {
		WebDriver driver = this.browser.driver();
		this.browser.open("/partners/" + this.partner + "/spaces/" + this.space + "/edit");
		SpaceView opened = this.partners.space(this.partner, this.space);
		this.partners.updateSpace(this.partner, this.space, new SpaceData("Theaterzaal", 120, "Lift aanwezig"),
				opened.version());
		WebElement name = driver.findElement(By.id("name"));
		name.clear();
		name.sendKeys("Mijn zaal");
		this.browser.submit();

		WebElement notice = driver.findElement(By.cssSelector("main .notice--warning[role=alert]"));
		assertThat(notice.findElement(By.tagName("h2")).getText())
			.isEqualTo("Iemand anders heeft dit intussen gewijzigd");
		assertThat(notice.getText()).contains("Theaterzaal", "120", "Lift aanwezig");
		assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Mijn zaal");
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Iemand anders heeft dit gewijzigd nadat u het formulier opende");
		this.browser.assertAccessible();
		this.browser.screenshot("edit-conflict-desktop");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("edit-conflict-phone");

		this.browser.submit();
		assertThat(this.partners.space(this.partner, this.space).name()).isEqualTo("Mijn zaal");
	}

	@Test
	void aSpaceInUseIsNotDeletedAndThePageSaysWhy() {
		WebDriver driver = this.browser.driver();
		this.browser.open("/partners/" + this.partner + "/spaces/" + this.space + "/delete");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ruimte Grote zaal verwijderen");
		this.browser.screenshot("delete-confirm-desktop");
		this.browser.submit();

		assertThat(driver.findElement(By.cssSelector("main .notice--error[role=alert]")).getText())
			.startsWith("Deze ruimte kan niet worden verwijderd");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
		this.browser.assertAccessible();
		this.browser.screenshot("delete-in-use-desktop");
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot("delete-in-use-phone");
		assertThat(this.partners.spaces(this.partner)).hasSize(1);
	}

}
