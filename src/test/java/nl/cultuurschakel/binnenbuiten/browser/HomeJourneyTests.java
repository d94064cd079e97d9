package nl.cultuurschakel.binnenbuiten.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor's start page with open follow-ups: accessible (axe-core finds nothing, also
 * not by its label-content-name-mismatch rule: every "Afgerond" button's name starts with
 * what it shows), and one click closes a follow-up.
 */
@BrowserTest
class HomeJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ContactService contacts;

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void advisorClosesAFollowUpFromTheStartPage(Browser browser) {
		CurrentUser advisor = this.accounts.create("home-advisor", Role.ADVISOR);
		Long partner = this.network.partner("Startpartner", PartnerDomain.ARTS_CULTURE);
		for (String followUp : List.of("Offerte sturen", "Terugbellen", "Ruimte bekijken")) {
			this.contacts.log(
					new ContactData(LocalDate.of(2024, 3, 5), advisor.getId(), partner, Set.of(), null,
							ContactKind.PHONE, "Overleg", null, followUp, LocalDate.of(2024, 3, 12), false),
					UUID.randomUUID());
		}

		browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		browser.open("/");
		List<WebElement> buttons = browser.driver().findElements(By.cssSelector("main form button[type=submit]"));
		assertThat(buttons).hasSize(3);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Offerte sturen", "Terugbellen",
				"Ruimte bekijken", "Te laat");
		browser.assertAccessible();
		// axe-core leaves this WCAG 2.5.3 rule out by default (it is "experimental"): run
		// it by name.
		assertThat(new AxeBuilder().withRules(List.of("label-content-name-mismatch"))
			.analyze(browser.driver())
			.getViolations()).extracting(Rule::getId).isEmpty();
		for (WebElement button : buttons) {
			assertThat(button.getText()).isEqualTo("Afgerond");
			assertThat(button.getAccessibleName()).startsWith("Afgerond: vervolgactie");
		}

		browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.driver().findElements(By.cssSelector("main form button[type=submit]"))).hasSize(2);
		browser.assertAccessible();
	}

}
