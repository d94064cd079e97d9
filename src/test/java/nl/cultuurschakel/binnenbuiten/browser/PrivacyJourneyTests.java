package nl.cultuurschakel.binnenbuiten.browser;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator erases a contact person's data on request in the browser, and an
 * administrator finds the download of a user's data; the log-in page's message for a
 * throttled network. Each page is checked by axe-core and at phone width.
 */
@BrowserTest
class PrivacyJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void coordinatorErasesTheContactPersonAfterConfirming() {
		CurrentUser coordinator = this.accounts.create("avg-coordinator", Role.COORDINATOR);
		Long partner = this.network.partner("Avgschool", PartnerDomain.EDUCATION);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/partners/" + partner);
		assertThat(this.browser.driver().findElement(By.cssSelector(".partner-profile")).getText())
			.contains("Contact Avgschool");

		this.browser.clickAndWait(By.id("erase-contact-person"));
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText())
			.startsWith("Gegevens van de contactpersoon van");
		looksRight("privacy-erase-confirm");

		this.browser.clickAndWait(By.cssSelector("form.form__actions button[type=submit]"));
		assertThat(this.browser.driver().findElement(By.cssSelector(".partner-profile")).getText())
			.doesNotContain("Contact Avgschool")
			.doesNotContain("contact@avgschool");
		assertThat(this.browser.driver().findElement(By.id("contact-person-erased")).getText())
			.contains("op verzoek gewist op")
			.contains("door Test avg-coordinator");
		assertThat(this.browser.driver().findElements(By.id("erase-contact-person"))).isEmpty();
		looksRight("privacy-erased");
	}

	@Test
	void adminFindsTheDownloadOfAUsersData() {
		CurrentUser admin = this.accounts.create("avg-admin", Role.ADMIN);
		CurrentUser advisor = this.accounts.create("avg-advisor", Role.ADVISOR);
		this.browser.logIn(admin.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/admin/users/" + advisor.getId() + "/edit");

		assertThat(this.browser.driver().findElement(By.id("export-user-data")).getAttribute("href"))
			.endsWith("/admin/users/" + advisor.getId() + "/export");
		looksRight("privacy-user-export");
	}

	@Test
	void throttledLogInPageSaysToWait() {
		this.browser.open("/login?throttled");

		assertThat(this.browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
			.contains("te vaak een verkeerd wachtwoord ingevoerd");
		looksRight("privacy-login-throttled");
	}

	/**
	 * No axe-core violation, screenshots at desktop and phone width, no sideways scroll
	 * at phone width; the browser is back at desktop width afterwards.
	 */
	private void looksRight(String name) {
		this.browser.assertAccessible();
		this.browser.screenshot(name);
		this.browser.resize(Browser.PHONE);
		this.browser.assertNoHorizontalScroll();
		this.browser.screenshot(name + "-phone");
		this.browser.resize(Browser.DESKTOP);
	}

}
