package nl.cultuurschakel.binnenbuiten.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodData;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The neighbourhood map in a real browser without map tiles (tests never reach the
 * internet): one marker per located member, shaped and lettered by domain, plus the space
 * with a place of its own; a click opens the member's popup; the legend and the table are
 * there; and on a form, a click on the small map fills in the two coordinates. axe-core
 * clean, no sideways scrolling on a phone.
 */
@BrowserTest
class NeighbourhoodMapJourneyTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	@Autowired
	NeighbourhoodService neighbourhoods;

	Browser browser;

	Long neighbourhood;

	Long school;

	Long theatre;

	@BeforeEach
	void setUp(Browser browser) {
		this.browser = browser;
		this.neighbourhood = this.network.neighbourhood("Kaartenwijk");
		this.school = this.network.partner("Kaartschool", PartnerDomain.EDUCATION);
		this.theatre = this.network.partner("Kaarttheater", PartnerDomain.ARTS_CULTURE, true);
		Long centre = this.network.partner("Kaartbuurthuis", PartnerDomain.SOCIAL);
		Long unlocated = this.network.partner("Kaartloos", PartnerDomain.OTHER);
		LocalDate start = LocalDate.of(2022, 1, 1);
		for (Long member : List.of(this.school, this.theatre, centre, unlocated)) {
			this.network.membership(member, this.neighbourhood, start, null, MembershipRole.KEY_FIGURE);
		}
		this.network.locate(this.school, new GeoPoint("52.039000", "4.256000"));
		this.network.locate(this.theatre, new GeoPoint("52.042000", "4.262000"));
		this.network.locate(centre, new GeoPoint("52.036000", "4.250000"));
		this.partners.addSpace(this.theatre,
				new SpaceData("Repetitieruimte", 20, null, false, new GeoPoint("52.044000", "4.266000")));
		this.partners.addSpace(this.school, new SpaceData("Gymzaal", 60, null));
	}

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void partnerSeesTheMembersOnTheMapAndOpensAPopup() {
		CurrentUser partnerUser = this.accounts.create("kaart-partner", Role.PARTNER, this.school);
		this.browser.logIn(partnerUser.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/my-network");
		this.browser.clickAndWait(By.partialLinkText("Kaart van"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Kaart van Kaartenwijk");
		WebElement map = driver.findElement(By.id("neighbourhood-map"));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(map, "data-markers", "4"));
		List<WebElement> members = driver.findElements(By.cssSelector("#neighbourhood-map .map-marker--member"));
		assertThat(members).hasSize(3);
		assertThat(members).extracting(WebElement::getText).containsExactlyInAnyOrder("K", "S", "O");
		assertThat(driver.findElements(By.cssSelector("#neighbourhood-map .map-marker--space"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("#neighbourhood-map .map-marker--knowledge"))).hasSize(1);
		assertThat(driver.findElement(By.cssSelector(".map-legend")).getText()).contains("K: Kunst en cultuur",
				"O: Onderwijs", "S: Sociaal domein en welzijn", "X: Overig", "Kennispartner");
		assertThat(driver.findElements(By.cssSelector("#map-members tbody tr"))).hasSize(4);
		assertThat(driver.findElement(By.id("map-members")).getText()).contains("zonder locatie",
				"Gymzaal (bij de partner)", "Repetitieruimte (eigen plek: 52.044000, 4.266000)");
		String unlocated = driver.findElement(By.cssSelector(".map-unlocated")).getText();
		assertThat(unlocated).startsWith("Kaartloos");
		this.browser.screenshot("neighbourhood-map-desktop");
		this.browser.assertAccessible();

		String theatreName = this.partners.get(this.theatre).name();
		WebElement theatreMarker = driver
			.findElement(By.cssSelector("#neighbourhood-map .map-marker--member.map-marker--knowledge"));
		new Actions(driver).moveToElement(theatreMarker).click().perform();
		WebElement popup = new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
		assertThat(popup.getText()).contains(theatreName, "Kunst en cultuur", "Kennispartner", "Repetitieruimte");
		this.browser.screenshot("neighbourhood-map-popup");
		this.browser.assertAccessible();

		((JavascriptExecutor) driver).executeScript("document.getElementById('unlocated-title').scrollIntoView()");
		this.browser.screenshot("neighbourhood-map-table");

		this.browser.resize(Browser.PHONE);
		this.browser.screenshot("neighbourhood-map-phone");
		this.browser.assertNoHorizontalScroll();
	}

	@Test
	void theFirstViewShowsTheNeighbourhoodNotAMemberAcrossTown() {
		NeighbourhoodDetails details = this.neighbourhoods.get(this.neighbourhood);
		NeighbourhoodData data = details.data();
		this.neighbourhoods.update(this.neighbourhood,
				new NeighbourhoodData(data.name(), data.district(), data.profile(), data.children4To12(),
						data.activeSince(), new BigDecimal("52.039000"), new BigDecimal("4.257000")),
				details.version());
		Long library = this.network.partner("Kaartbieb", PartnerDomain.OTHER);
		this.network.membership(library, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
		this.network.locate(library, new GeoPoint("52.105000", "4.300000"));
		CurrentUser advisor = this.accounts.create("kaart-overzicht", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/neighbourhoods/" + this.neighbourhood + "/map");
		WebDriver driver = this.browser.driver();
		WebElement map = driver.findElement(By.id("neighbourhood-map"));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(map, "data-markers", "5"));
		// the members in the wijk are in view and apart; the library 7 km away is not
		String inView = "return arguments[0].leafletMap.getBounds().contains([arguments[1], arguments[2]]);";
		JavascriptExecutor js = (JavascriptExecutor) driver;
		assertThat(js.executeScript(inView, map, 52.039, 4.256)).isEqualTo(true);
		assertThat(js.executeScript(inView, map, 52.044, 4.266)).isEqualTo(true);
		assertThat(js.executeScript(inView, map, 52.036, 4.250)).isEqualTo(true);
		assertThat(js.executeScript(inView, map, 52.105, 4.300)).isEqualTo(false);
		assertThat(((Number) js.executeScript("return arguments[0].leafletMap.getZoom();", map)).intValue())
			.isGreaterThanOrEqualTo(15);
	}

	@Test
	void aClickOnTheFormsMapFillsInBothCoordinates() {
		CurrentUser advisor = this.accounts.create("kaart-adviseur", Role.ADVISOR);
		this.browser.logIn(advisor.getUsername(), AccountFixtures.PASSWORD);
		WebDriver driver = this.browser.driver();
		this.browser.open("/partners/" + this.school + "/spaces/new");
		WebElement picker = driver.findElement(By.cssSelector("[data-position-picker]"));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> picker.getAttribute("class").contains("leaflet-container"));
		WebElement latitude = driver.findElement(By.id("latitude"));
		WebElement longitude = driver.findElement(By.id("longitude"));
		assertThat(latitude.getAttribute("value")).isEmpty();

		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'})", picker);
		new Actions(driver).moveToElement(picker, 40, -30).click().perform();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until((d) -> !latitude.getAttribute("value").isEmpty());
		// the point under the mouse as the map converts it (within a pixel), six decimals
		List<?> clicked = (List<?>) js.executeScript("""
				var box = arguments[0].getBoundingClientRect();
				var at = arguments[0].leafletMap.containerPointToLatLng([box.width / 2 + 40, box.height / 2 - 30]);
				return [at.lat, at.lng];""", picker);
		assertThat(latitude.getAttribute("value")).matches("52\\.\\d{6}");
		assertThat(longitude.getAttribute("value")).matches("4\\.\\d{6}");
		assertThat(Double.parseDouble(latitude.getAttribute("value")))
			.isCloseTo(((Number) clicked.get(0)).doubleValue(), within(0.0005));
		assertThat(Double.parseDouble(longitude.getAttribute("value")))
			.isCloseTo(((Number) clicked.get(1)).doubleValue(), within(0.0005));
		assertThat(driver.findElements(By.cssSelector("[data-position-picker] .leaflet-marker-icon"))).hasSize(1);
		this.browser.screenshot("position-picker-desktop");
		this.browser.assertAccessible();

		// typing moves the marker
		latitude.clear();
		latitude.sendKeys("52.041234");
		longitude.clear();
		longitude.sendKeys("4.259876");
		Object marker = js.executeScript("""
				var found = null;
				arguments[0].leafletMap.eachLayer(function (layer) {
				  if (layer.getLatLng) { found = layer.getLatLng(); }
				});
				return [found.lat, found.lng];""", picker);
		assertThat(((List<?>) marker).stream().map(Object::toString)).containsExactly("52.041234", "4.259876");

		driver.findElement(By.id("name")).sendKeys("Atelier");
		this.browser.submit();
		assertThat(this.partners.spaces(this.school)).filteredOn((space) -> space.name().equals("Atelier"))
			.singleElement()
			.satisfies((space) -> assertThat(space.position()).isEqualTo(new GeoPoint("52.041234", "4.259876")));

		this.browser.resize(Browser.PHONE);
		this.browser.open("/partners/" + this.school + "/spaces/new");
		this.browser.screenshot("position-picker-phone");
		this.browser.assertNoHorizontalScroll();
	}

}
