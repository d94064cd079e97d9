package nl.cultuurschakel.binnenbuiten.idea.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopData;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A workshop's public link for its children: staff make, renew and revoke it; the page it
 * opens needs no log-in and shows nothing staff-only; wrong tokens get the friendly 404,
 * and guessing many gets 429; the printable page and the poster carry its QR code.
 */
@IntegrationTest
class PublicOutcomeTests {

	/**
	 * Each test asks from its own client addresses, so that misses of one never block
	 * another.
	 */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String SECRET_NOTE = "Geheime methodenotitie over de klas";

	private static final String PARKED_REASON = "Vertrouwelijke parkeerreden";

	private static final String STATUS_NOTE = "Interne afspraak met de wethouder";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	IdeaService ideas;

	@Autowired
	PartnerService partners;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	Long workshop;

	String venueContact;

	String neighbourhoodName;

	@BeforeEach
	void setUp() {
		Long neighbourhood = this.network.neighbourhood("Kinderwijk");
		Long venue = this.network.partner("Buurthuis De Zon", PartnerDomain.OTHER);
		Long facilitator = this.network.partner("Stichting Meedoen", PartnerDomain.SOCIAL);
		this.venueContact = this.partners.get(venue).profile().contactName();
		this.neighbourhoodName = this.neighbourhoods.get(neighbourhood).name();
		this.workshop = this.workshops.create(new WorkshopData(LocalDate.of(2024, 3, 14), neighbourhood, venue,
				facilitator, 23, 8, 12, "groep 7, basisschool De Linde", SECRET_NOTE));
		this.youth.trackWorkshop(this.workshop);
		Long football = this.youth.idea(neighbourhood, this.workshop, "Voetbal met trucjes", LocalDate.of(2024, 3, 14));
		Long mural = this.youth.idea(neighbourhood, this.workshop, "Een muurschildering", LocalDate.of(2024, 3, 14));
		this.youth.idea(neighbourhood, this.workshop, "Een app voor de wijk", LocalDate.of(2024, 3, 14));
		Long show = this.activities.add(neighbourhood, "Freestyle-voetbalshow", LocalDate.of(2024, 9, 28), 61);
		this.ideas.changeStatus(football, IdeaStatus.EXPLORING, LocalDate.of(2024, 4, 1), STATUS_NOTE, Actor.SYSTEM);
		this.ideas.changeStatus(football, IdeaStatus.PLANNED, LocalDate.of(2024, 5, 1), null, Actor.SYSTEM);
		this.ideas.linkActivity(football, show);
		this.youth.grant(football, facilitator, "1234.56", LocalDate.of(2024, 4, 15));
		this.ideas.changeStatus(mural, IdeaStatus.PARKED, LocalDate.of(2024, 6, 1), PARKED_REASON, Actor.SYSTEM);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.activities.reset();
		this.network.deleteCreated();
	}

	@Test
	void aValidLinkShowsTheChildrenWhatBecameOfTheirIdeasWithoutALogIn() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);

		Document page = publicPage(token, 200);

		assertThat(page.select("h1").text()).isEqualTo("Wat is er met jullie idee gebeurd?");
		assertThat(page.select(".kids__intro").text()).contains("14 maart 2024").contains("Kinderwijk");
		assertThat(page.select(".kids-idea__title").eachText()).containsExactlyInAnyOrder("Voetbal met trucjes",
				"Een muurschildering", "Een app voor de wijk");
		assertThat(idea(page, "Voetbal met trucjes")).contains("Het gaat gebeuren!")
			.contains("Freestyle-voetbalshow op zaterdag 28 september 2024, in Wijkplein 1, Den Haag");
		assertThat(idea(page, "Een muurschildering")).contains("Dit idee kan nu nog niet. We bewaren het goed.");
		assertThat(idea(page, "Een app voor de wijk")).contains("We hebben jullie idee opgeschreven.");
		assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(page.select(".site-nav, .site-menu, form[action$=/logout]")).isEmpty();
		assertThat(page.select(".kids-idea svg.outcome-picture")).hasSize(3);
	}

	@Test
	void thePublicPageSpeaksEnglishWhenAskedTo() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		String html = this.mvc.perform(get("/kinderen/{token}", token).param("lang", "en").with(from(nextAddress())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("What happened to your idea?");
		assertThat(idea(page, "Voetbal met trucjes")).contains("It is going to happen!");
	}

	@Test
	void makingOrRevokingALinkIsNoEditOfTheWorkshop() {
		long version = this.workshops.get(this.workshop).version();
		this.workshops.renewPublicLink(this.workshop);
		this.workshops.revokePublicLink(this.workshop);
		assertThat(this.workshops.get(this.workshop).version()).isEqualTo(version);
		assertThat(this.workshops.get(this.workshop).data().methodNotes()).isEqualTo(SECRET_NOTE);
	}

	@Test
	void thePublicPageShowsNoNotesNamesOrAmounts() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);

		// Without the neighbourhood's name, whose test suffix is random.
		String text = publicPage(token, 200).text().replace(this.neighbourhoodName, "");

		assertThat(text).doesNotContain(SECRET_NOTE)
			.doesNotContain(PARKED_REASON)
			.doesNotContain(STATUS_NOTE)
			.doesNotContain(this.venueContact)
			.doesNotContain("Contact ")
			.doesNotContain("basisschool De Linde")
			.doesNotContain("1234")
			.doesNotContain("1.234")
			.doesNotContain("€")
			.doesNotContain("23")
			.doesNotContain("61");
	}

	@Test
	void wrongMalformedAndRevokedTokensGetTheFriendlyNotFoundPage() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

		for (String bad : new String[] { wrong, "abc", "x".repeat(300), "a.b", "a b" }) {
			Document page = publicPage(bad, 404);
			assertThat(page.select("h1").text()).isEqualTo("Deze pagina bestaat niet");
			assertThat(page.select(".site-nav")).isEmpty();
		}
		this.workshops.revokePublicLink(this.workshop);
		assertThat(publicPage(token, 404).select("h1").text()).isEqualTo("Deze pagina bestaat niet");
	}

	@Test
	void aRenewedLinkWorksAndTheOldOneNoLonger() throws Exception {
		String old = this.workshops.renewPublicLink(this.workshop);
		String renewed = this.workshops.renewPublicLink(this.workshop);

		assertThat(renewed).isNotEqualTo(old).hasSize(32);
		publicPage(old, 404);
		publicPage(renewed, 200);
	}

	@Test
	void staffMakeRenewAndRevokeTheLinkThroughTheOutcomePage() throws Exception {
		this.mvc.perform(post("/workshops/{id}/public-link", this.workshop).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(redirectedUrl("/workshops/" + this.workshop + "/outcome"));
		String first = this.workshops.publicToken(this.workshop).orElseThrow();
		Document outcome = staffPage();
		assertThat(outcome.select(".outcome-link__url").text()).isEqualTo("http://localhost/kinderen/" + first);
		assertThat(outcome.select(".outcome-link__code svg.qr-code")).hasSize(1);

		this.mvc.perform(post("/workshops/{id}/public-link", this.workshop).with(as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String second = this.workshops.publicToken(this.workshop).orElseThrow();
		assertThat(second).isNotEqualTo(first);

		String confirmation = this.mvc
			.perform(get("/workshops/{id}/public-link/revoke", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(confirmation).select("main .form__actions button").text()).isEqualTo("Link intrekken");
		this.mvc.perform(post("/workshops/{id}/public-link/revoke", this.workshop).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(redirectedUrl("/workshops/" + this.workshop + "/outcome"));
		assertThat(this.workshops.publicToken(this.workshop)).isEmpty();
		assertThat(staffPage().select("form[action$=/public-link] button").text()).isEqualTo("Link voor de klas maken");
		publicPage(second, 404);
	}

	@Test
	void partnerUsersAnonymousVisitorsAndForgedPostsCannotMakeOrRevokeALink() throws Exception {
		Long partner = this.network.partner("Partner met login", PartnerDomain.ARTS_CULTURE);
		RequestPostProcessor partnerUser = user(principal(Role.PARTNER, partner));
		this.mvc.perform(post("/workshops/{id}/public-link", this.workshop).with(partnerUser).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/workshops/{id}/public-link", this.workshop).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/workshops/{id}/public-link", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isForbidden());
		assertThat(this.workshops.publicToken(this.workshop)).isEmpty();

		String token = this.workshops.renewPublicLink(this.workshop);
		this.mvc.perform(post("/workshops/{id}/public-link/revoke", this.workshop).with(partnerUser).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workshops/{id}/public-link/revoke", this.workshop).with(partnerUser))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/workshops/{id}/public-link/revoke", this.workshop).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.workshops.publicToken(this.workshop)).contains(token);
	}

	@Test
	void anUnknownWorkshopHasNoLinkToMake() throws Exception {
		this.mvc.perform(post("/workshops/{id}/public-link", 987654321L).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/workshops/{id}/public-link/revoke", 987654321L).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void guessingManyTokensFromOneAddressIsRefusedWithAFriendlyPage() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		String guesser = nextAddress();
		for (int i = 0; i < PublicLinkGuesses.MAX_MISSES; i++) {
			this.mvc.perform(get("/kinderen/{token}", "guess" + i).with(from(guesser)))
				.andExpect(status().isNotFound());
		}

		String refused = this.mvc.perform(get("/kinderen/{token}", "guess-again").with(from(guesser)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(refused).select("h1").text()).isEqualTo("Even wachten");
		this.mvc.perform(get("/kinderen/{token}", token).with(from(guesser))).andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/kinderen/{token}", token).with(from(nextAddress()))).andExpect(status().isOk());
	}

	@Test
	void theLinkIsBuiltFromTheAddressTheVisitorUsed() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		String html = this.mvc.perform(
				get("/workshops/{id}/outcome", this.workshop).with(as(Role.ADVISOR)).secure(true).with((request) -> {
					request.setScheme("https");
					request.setServerName("binnenbuiten.example.org");
					request.setServerPort(443);
					return request;
				}))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select(".outcome-link__url").text())
			.isEqualTo("https://binnenbuiten.example.org/kinderen/" + token);
	}

	@Test
	void thePosterShowsTheLinkAndAQrCodeThatReadsBackToIt() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		String link = "http://localhost/kinderen/" + token;

		byte[] pdf = this.mvc.perform(get("/workshops/{id}/outcome.pdf", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// Kept to look at (pdftoppm -png -r 60).
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "children-poster.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("BinnenBuiten").contains("Scan de code").contains("Het gaat gebeuren!");
			// The address may wrap at a slash.
			assertThat(text.replace(" ", "")).contains(link);
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			assertThat(readQrCode(image)).isEqualTo(link);
		}
	}

	@Test
	void withoutALinkThePosterHasNoQrCode() throws Exception {
		byte[] pdf = this.mvc.perform(get("/workshops/{id}/outcome.pdf", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("/kinderen/")
				.doesNotContain("Scan de code");
		}
	}

	@Test
	void thePublicAndStaffPagesAreValidHtml() throws Exception {
		String token = this.workshops.renewPublicLink(this.workshop);
		List<String> errors = new ArrayList<>();
		errors.addAll(htmlErrors(publicPage(token, 200).outerHtml()));
		errors.addAll(htmlErrors(publicPage("wrong", 404).outerHtml()));
		errors.addAll(htmlErrors(staffPage().outerHtml()));
		assertThat(errors).isEmpty();
	}

	private Document publicPage(String token, int expectedStatus) throws Exception {
		String html = this.mvc.perform(get("/kinderen/" + token).with(from(nextAddress())))
			.andExpect(status().is(expectedStatus))
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private Document staffPage() throws Exception {
		String html = this.mvc.perform(get("/workshops/{id}/outcome", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	/** The Nu HTML checker's errors (see HtmlValidityTests for the main pages). */
	private static List<String> htmlErrors(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		return report.lines().filter((line) -> line.contains(" error: ")).toList();
	}

	private static String idea(Document page, String title) {
		return page.select(".kids-idea:has(.kids-idea__title:containsOwn(" + title + "))").text();
	}

	private static String readQrCode(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

	private static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
