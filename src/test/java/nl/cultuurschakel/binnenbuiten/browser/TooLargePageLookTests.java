package nl.cultuurschakel.binnenbuiten.browser;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent with more than the request limit (3 MB pasted into the notes of a contact
 * moment) as a person sees the answer: the friendly Dutch page that says what happened,
 * on a desktop and on a phone.
 */
@BrowserTest
class TooLargePageLookTests {

	@Autowired
	AccountFixtures accounts;

	@AfterEach
	void tearDown() {
		this.accounts.deleteCreated();
	}

	@Test
	void aTooLargeFormShowsTheFriendlyPage(Browser browser) {
		CurrentUser advisor = this.accounts.create("too-large-advisor", Role.ADVISOR);
		browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		browser.open("/contacts/new");
		WebDriver driver = browser.driver();
		((JavascriptExecutor) driver).executeScript("var notes = document.getElementById('notes');"
				+ "notes.removeAttribute('maxlength'); notes.value = 'x'.repeat(3 * 1024 * 1024);"
				+ "document.querySelector('main form').noValidate = true;");
		browser.submit();

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Te veel gegevens verstuurd");
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Foutcode 413",
				"Maak lange teksten korter");
		browser.screenshot("too-large-desktop");
		browser.assertAccessible();
		browser.resize(Browser.PHONE);
		browser.assertNoHorizontalScroll();
		browser.screenshot("too-large-phone");
	}

}
