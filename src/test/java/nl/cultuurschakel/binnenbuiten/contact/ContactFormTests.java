package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact form on the server: the neighbourhood field that follows the partner (also
 * the htmx picker's answer), saving without JavaScript, the other partners and the markup
 * rules of the form.
 */
@IntegrationTest
class ContactFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactService contacts;

	@Autowired
	PartnerService partners;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	CurrentUser advisor;

	/** A partner in one neighbourhood, {@link #east}. */
	Long onePlace;

	/** A partner in two neighbourhoods, {@link #east} and {@link #west}. */
	Long twoPlaces;

	Long east;

	Long west;

	Long elsewhere;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("form-advisor", Role.ADVISOR);
		this.east = this.network.neighbourhood("Oostwijk");
		this.west = this.network.neighbourhood("Westwijk");
		this.elsewhere = this.network.neighbourhood("Elderswijk");
		this.onePlace = this.network.partner("Eenplekatelier", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.onePlace, this.east, LocalDate.of(2020, 1, 1), null);
		this.twoPlaces = this.network.partner("Tweeplekwelzijn", PartnerDomain.SOCIAL);
		this.network.membership(this.twoPlaces, this.east, LocalDate.of(2020, 1, 1), null);
		this.network.membership(this.twoPlaces, this.west, LocalDate.of(2020, 1, 1), null);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void pickerSelectsThePartnersOnlyNeighbourhoodInAFieldSwappedWhole() throws Exception {
		Document field = picker(get("/contacts/picker/neighbourhoods").param("counterpartId", this.onePlace.toString())
			.param("date", "2024-03-05"));

		// The answer is the whole field (one element), not loose options for a select.
		assertThat(field.body().children()).singleElement()
			.satisfies((root) -> assertThat(root.id()).isEqualTo("neighbourhood-field"));
		assertThat(field.select("#neighbourhoodId option[selected]").eachAttr("value"))
			.containsExactly(this.east.toString());
		assertThat(field.select("#neighbourhoodPreset").val()).isEqualTo(this.east.toString());
		assertThat(field.select("#neighbourhoodId-help").text()).contains(name(this.onePlace),
				neighbourhoodName(this.east));
	}

	@Test
	void pickerOffersBothNeighbourhoodsOfAPartnerInTwoAndChoosesNone() throws Exception {
		Document field = picker(get("/contacts/picker/neighbourhoods").param("counterpartId", this.twoPlaces.toString())
			.param("date", "2024-03-05"));

		assertThat(field.select("#neighbourhoodId option[selected]")).isEmpty();
		assertThat(field.select("#neighbourhoodId > option").first().val()).isEmpty();
		Element ofPartner = field.select("#neighbourhoodId optgroup").first();
		assertThat(ofPartner.attr("label")).isEqualTo("Wijken van " + name(this.twoPlaces));
		assertThat(ofPartner.select("option").eachAttr("value")).containsExactlyInAnyOrder(this.east.toString(),
				this.west.toString());
		assertThat(field.select("#neighbourhoodId-help").text()).contains(neighbourhoodName(this.east),
				neighbourhoodName(this.west), "Kies de wijk");
		assertThat(field.select("#neighbourhoodPreset").val()).isEmpty();
	}

	@Test
	void pickerKeepsTheAdvisorsChoiceButAFilledInNeighbourhoodFollowsThePartner() throws Exception {
		Document chosen = picker(get("/contacts/picker/neighbourhoods").param("counterpartId", this.onePlace.toString())
			.param("neighbourhoodId", this.elsewhere.toString())
			.param("neighbourhoodPreset", ""));
		assertThat(chosen.select("#neighbourhoodId option[selected]").eachAttr("value"))
			.containsExactly(this.elsewhere.toString());

		Document filledIn = picker(
				get("/contacts/picker/neighbourhoods").param("counterpartId", this.twoPlaces.toString())
					.param("neighbourhoodId", this.east.toString())
					.param("neighbourhoodPreset", this.east.toString()));
		assertThat(filledIn.select("#neighbourhoodId option[selected]")).isEmpty();
	}

	@Test
	void pickerAnswersBadInputWithoutServerError() throws Exception {
		this.mvc.perform(get("/contacts/picker/neighbourhoods").param("counterpartId", "abc").with(user(this.advisor)))
			.andExpect(status().isBadRequest());
		Document unknown = picker(get("/contacts/picker/neighbourhoods").param("counterpartId", "987654321"));
		assertThat(unknown.select("#neighbourhoodId option[selected]")).isEmpty();
		assertThat(unknown.select("#neighbourhoodId-help").text())
			.isEqualTo("Wordt ingevuld als de partner in precies één wijknetwerk zit.");
	}

	@Test
	void withoutJavaScriptSavingStoresThePartnersOnlyNeighbourhood() throws Exception {
		Long id = logged(log(this.onePlace));
		assertThat(this.contacts.get(id).data().neighbourhoodId()).isEqualTo(this.east);
	}

	@Test
	void withoutJavaScriptAPartnerInTwoNeighbourhoodsGetsNoneUnlessChosen() throws Exception {
		assertThat(this.contacts.get(logged(log(this.twoPlaces))).data().neighbourhoodId()).isNull();
		assertThat(this.contacts.get(logged(log(this.twoPlaces).param("neighbourhoodId", this.west.toString())))
			.data()
			.neighbourhoodId()).isEqualTo(this.west);
	}

	@Test
	void aNeighbourhoodFilledInForAnEarlierPartnerIsNotStoredForTheNext() throws Exception {
		// The form filled in the first partner's neighbourhood (east); the advisor then
		// picked a partner in two neighbourhoods and saved before the field was updated.
		Long id = logged(log(this.twoPlaces).param("neighbourhoodId", this.east.toString())
			.param("neighbourhoodPreset", this.east.toString()));
		assertThat(this.contacts.get(id).data().neighbourhoodId()).isNull();
		// A neighbourhood the advisor chose stays.
		Long chosen = logged(log(this.onePlace).param("neighbourhoodId", this.elsewhere.toString())
			.param("neighbourhoodPreset", this.east.toString()));
		assertThat(this.contacts.get(chosen).data().neighbourhoodId()).isEqualTo(this.elsewhere);
	}

	@Test
	void otherPartnersAreCheckboxesThatKeepTheirTicksAndNamesOnTheContactsPage() throws Exception {
		Document invalid = Jsoup.parse(this.mvc
			.perform(post("/contacts").with(user(this.advisor))
				.with(csrf())
				.param("date", "2024-03-05")
				.param("counterpartId", this.onePlace.toString())
				.param("participantIds", this.twoPlaces.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(invalid.select("select[multiple]")).isEmpty();
		assertThat(invalid.select("#participantIds-list input[type=checkbox][checked]").eachAttr("value"))
			.containsExactly(this.twoPlaces.toString());
		assertThat(invalid.select("details.participants").hasAttr("open")).isTrue();
		for (Element checkbox : invalid.select("#participantIds-list input[type=checkbox]")) {
			assertThat(invalid.select("label[for=" + checkbox.id() + "]").text()).isNotBlank();
		}

		Long id = logged(log(this.onePlace).param("participantIds", this.twoPlaces.toString()));
		Document page = Jsoup.parse(this.mvc.perform(get("/contacts/{id}", id).with(user(this.advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".inline-list a").eachText()).containsExactly(name(this.twoPlaces));
		assertThat(page.select(".inline-list a").eachAttr("href")).containsExactly("/partners/" + this.twoPlaces);
	}

	@Test
	void everyRequiredSelectStartsWithAnEmptyPlaceholder() throws Exception {
		Document form = Jsoup.parse(this.mvc
			.perform(get("/contacts/new").param("partner", this.onePlace.toString()).with(user(this.advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("select[required]")).extracting(Element::id).contains("counterpartId", "kind");
		for (Element select : form.select("select[required]:not([multiple])")) {
			Element first = select.child(0);
			assertThat(first.tagName()).as("first child of #%s", select.id()).isEqualTo("option");
			assertThat(first.val()).as("first option of #%s", select.id()).isEmpty();
		}
		// The presets stay selected below the placeholder.
		assertThat(form.select("#kind option[selected]")).hasSize(1);
		assertThat(form.select("#counterpartId option[selected]").eachAttr("value"))
			.containsExactly(this.onePlace.toString());
	}

	private Document picker(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parseBodyFragment(this.mvc.perform(request.with(user(this.advisor)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder log(Long counterpart) {
		return post("/contacts").with(user(this.advisor))
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("date", "2024-03-05")
			.param("counterpartId", counterpart.toString())
			.param("kind", "PHONE")
			.param("subject", "Zomerprogramma bespreken");
	}

	private Long logged(MockHttpServletRequestBuilder request) throws Exception {
		String location = this.mvc.perform(request)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.replace("/contacts/", ""));
	}

	private String name(Long partnerId) {
		return this.partners.get(partnerId).name();
	}

	private String neighbourhoodName(Long neighbourhoodId) {
		return this.neighbourhoods.get(neighbourhoodId).name();
	}

}
