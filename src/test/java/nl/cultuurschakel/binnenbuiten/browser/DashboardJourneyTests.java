package nl.cultuurschakel.binnenbuiten.browser;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the report are accessible, and a figure's definition appears on
 * keyboard focus.
 */
@BrowserTest
class DashboardJourneyTests {

	@Autowired
	AccountFixtures accounts;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
	}

	@Test
	void coordinatorReadsDashboardAndReport() {
		CurrentUser coordinator = this.accounts.create("dash-coordinator", Role.COORDINATOR);
		this.browser.logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/dashboard?from=2022-01-01&to=2024-12-31");
		assertThat(this.browser.driver().findElements(By.cssSelector("[data-figure]"))).hasSize(13);
		this.browser.driver().findElement(By.cssSelector("[data-figure=activities]")).click();
		assertThat(this.browser.driver().findElement(By.id("def-activities")).isDisplayed()).isTrue();
		this.browser.assertAccessible();

		this.browser.open("/reports/annual/2024");
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Impactrapportage");
		this.browser.assertAccessible();
	}

}
