package nl.cultuurschakel.binnenbuiten.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.network.WithNetworkScenario;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner user opens the network of the own neighbourhood: the metrics and the members
 * table are there, the graph draws every member, and a click (or Enter) on a member opens
 * its card. axe-core clean, no sideways scrolling on a phone.
 */
@BrowserTest
class NetworkGraphJourneyTests extends WithNetworkScenario {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PartnerService partners;

	Browser browser;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
	}

	@Test
	void partnerSeesTheNetworkAndOpensAMembersCard() {
		CurrentUser partnerUser = this.accounts.create("netwerk-partner", Role.PARTNER, this.scenario.a);
		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/my-network");
		this.browser.clickAndWait(By.partialLinkText("bekijken"));
		this.browser.open(driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "")
				+ "?from=2024-01-01&to=2024-12-31");

		assertThat(driver.findElement(By.cssSelector("[data-metric=members]")).getAttribute("data-value"))
			.isEqualTo("5");
		assertThat(driver.findElement(By.cssSelector("[data-metric=ties]")).getText()).isEqualTo("6");
		assertThat(driver.findElement(By.cssSelector("[data-metric=density]")).getText()).isEqualTo("60,0%");
		List<WebElement> rows = driver.findElements(By.cssSelector(".network-members tbody tr"));
		assertThat(rows).hasSize(5);
		String library = this.partners.get(this.scenario.d).name();
		assertThat(driver.findElement(By.cssSelector(".network-members")).getText()).contains(library, "Kennispartner",
				"Sleutelfiguur / wegwijzer");

		WebElement graph = driver.findElement(By.id("network-graph"));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(graph, "data-nodes", "5"));
		this.browser.screenshot("network-desktop");
		this.browser.assertAccessible();
		// no member or its label covers another, and the one without ties lies under the
		// rest
		JavascriptExecutor script = (JavascriptExecutor) driver;
		assertThat(script.executeScript("var nodes = document.getElementById('network-graph').cy.nodes(), overlaps = 0;"
				+ " nodes.forEach(function (a) { nodes.forEach(function (b) { if (a.id() < b.id()) {"
				+ " var p = a.boundingBox({includeLabels: true}), q = b.boundingBox({includeLabels: true});"
				+ " if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) { overlaps++; } } }); });"
				+ " return overlaps;"))
			.isEqualTo(0L);
		assertThat(script.executeScript(
				"var cy = document.getElementById('network-graph').cy,"
						+ " lone = cy.getElementById(arguments[0]), others = cy.nodes().not(lone);"
						+ " return lone.position('y') > others.boundingBox({includeLabels: true}).y2;",
				"p" + this.scenario.e))
			.isEqualTo(true);

		// a real click on the library's node
		Map<?, ?> position = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
				"var p = document.getElementById('network-graph').cy.getElementById(arguments[0]).renderedPosition();"
						+ " return {x: p.x, y: p.y};",
				"p" + this.scenario.d);
		int x = (int) Math.round(((Number) position.get("x")).doubleValue() - graph.getSize().getWidth() / 2.0);
		int y = (int) Math.round(((Number) position.get("y")).doubleValue() - graph.getSize().getHeight() / 2.0);
		new Actions(driver).moveToElement(graph, x, y).click().perform();
		WebElement card = driver.findElement(By.id("network-card"));
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
		assertThat(card.getText()).contains(library, "Overig", "Kennispartner", "Sleutelfiguur / wegwijzer",
				"Contact Bibliotheek");
		this.browser.screenshot("network-card");
		this.browser.assertAccessible();

		// by keyboard, from the library: the member before it in alphabetical order
		// (Basisschool), then Enter
		graph.sendKeys(Keys.ARROW_LEFT, Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElement(card, this.partners.get(this.scenario.b).name()));

		((JavascriptExecutor) driver).executeScript("document.getElementById('members-title').scrollIntoView()");
		this.browser.screenshot("network-tables");

		this.browser.resize(Browser.PHONE);
		this.browser.screenshot("network-phone");
		this.browser.assertNoHorizontalScroll();
	}

}
