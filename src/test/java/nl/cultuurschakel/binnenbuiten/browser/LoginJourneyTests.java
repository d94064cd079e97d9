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
 * A real browser logs in through the real log-in page; axe-core checks each page on the
 * way.
 */
@BrowserTest
class LoginJourneyTests {

	@Autowired
	AccountFixtures fixtures;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@AfterEach
	void tearDown() {
		this.fixtures.deleteCreated();
	}

	@Test
	void advisorLogsInAndSeesWelcome() {
		CurrentUser advisor = this.fixtures.create("browser-advisor", Role.ADVISOR);

		this.browser.open("/login");
		assertThat(this.browser.driver().getTitle()).isEqualTo("Inloggen · BinnenBuiten");
		this.browser.assertAccessible();

		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Welkom, Test browser-advisor");
		this.browser.assertAccessible();
	}

	@Test
	void failedLoginShowsMessageAndStaysAccessible() {
		this.browser.logIn("nobody-at-all", "wrong-password-1");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/login?error");
		assertThat(this.browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
			.contains("Inloggen is niet gelukt");
		this.browser.assertAccessible();
	}

	@Test
	void adminPagesAreAccessible() {
		CurrentUser admin = this.fixtures.create("browser-admin", Role.ADMIN);
		this.browser.logIn(admin.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/admin/users");
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Gebruikers");
		this.browser.assertAccessible();

		this.browser.open("/admin/users/new");
		this.browser.submit();
		assertThat(this.browser.driver().findElement(By.cssSelector(".error-summary")).isDisplayed()).isTrue();
		this.browser.assertAccessible();

		this.browser.open("/account/password");
		this.browser.assertAccessible();

		this.browser.open("/admin/users/987654321/edit");
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
		this.browser.assertAccessible();
	}

	@Test
	void englishPagesAreAccessible() {
		this.browser.open("/login?lang=en");
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
		this.browser.assertAccessible();
	}

}
