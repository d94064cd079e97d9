package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContactWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactService contacts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	CurrentUser advisor;

	Long partner;

	Long neighbourhood;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("logger", Role.ADVISOR);
		this.partner = this.network.partner("Contactpartner", PartnerDomain.ARTS_CULTURE);
		this.neighbourhood = this.network.neighbourhood("Contactwijk");
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2020, 1, 1), null);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void logsContactWithDomainSnapshotAndDefaultNeighbourhood() throws Exception {
		String location = this.mvc.perform(log(UUID.randomUUID()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "contact.logged"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ContactDetails saved = this.contacts.get(Long.valueOf(location.replace("/contacts/", "")));
		assertThat(saved.counterpartDomain()).isEqualTo(PartnerDomain.ARTS_CULTURE);
		assertThat(saved.data().neighbourhoodId()).isEqualTo(this.neighbourhood);
		assertThat(saved.data().advisorId()).isEqualTo(this.advisor.getId());
	}

	@Test
	void doubleSubmitLogsOneContact() throws Exception {
		UUID key = UUID.randomUUID();
		String first = this.mvc.perform(log(key)).andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(log(key))
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("flash", "contact.duplicate"));
		assertThat(this.contacts.domainSplit(filterOnPartner()).total()).isEqualTo(1);
	}

	@Test
	void saveAndLogAnotherKeepsDateAndKind() throws Exception {
		this.mvc.perform(log(UUID.randomUUID()).param("another", "true"))
			.andExpect(redirectedUrl("/contacts/new?date=2024-03-05&kind=PHONE"));
		this.mvc
			.perform(get("/contacts/new").param("date", "2024-03-05").param("kind", "PHONE").with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2024-03-05\"")))
			.andExpect(content().string(containsString("<option value=\"PHONE\" selected=\"selected\">")));
	}

	@Test
	void newFormPresetsTodayLastKindAndThePartnersNeighbourhood() throws Exception {
		this.mvc.perform(log(UUID.randomUUID()));
		this.mvc.perform(get("/contacts/new").param("partner", this.partner.toString()).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")))
			.andExpect(content().string(containsString("<option value=\"PHONE\" selected=\"selected\">")))
			.andExpect(content()
				.string(containsString("<option value=\"" + this.neighbourhood + "\" selected=\"selected\">")))
			.andExpect(
					content().string(containsString("<option value=\"" + this.partner + "\" selected=\"selected\">")));
	}

	@Test
	void invalidInputIsExplainedAndKept() throws Exception {
		this.mvc
			.perform(post("/contacts").with(user(this.advisor))
				.with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("date", LocalDate.now().plusDays(3).toString())
				.param("kind", "PHONE")
				.param("subject", "x".repeat(201))
				.param("notes", "Mijn notitie blijft staan")
				.param("followUpDue", "2024-05-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "date", "counterpartId", "subject", "followUp"))
			.andExpect(content().string(containsString("Mijn notitie blijft staan")))
			.andExpect(content().string(containsString("Deze datum mag niet in de toekomst liggen.")))
			.andExpect(content().string(containsString("Vul de vervolgactie in")));
	}

	@Test
	void unknownPartnerOrBadIdsGiveFieldErrorsNotServerErrors() throws Exception {
		this.mvc
			.perform(post("/contacts").with(user(this.advisor))
				.with(csrf())
				.param("date", "2024-01-01")
				.param("counterpartId", "987654321")
				.param("neighbourhoodId", "abc")
				.param("participantIds", "987654322")
				.param("kind", "TELEPATHY")
				.param("subject", "Test"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "counterpartId", "neighbourhoodId",
					"participantIds", "kind"));
	}

	@Test
	void advisorsLogForThemselvesCoordinatorsForOthers() throws Exception {
		CurrentUser other = this.accounts.create("other-advisor", Role.ADVISOR);
		String own = this.mvc.perform(log(UUID.randomUUID()).param("advisorId", other.getId().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.contacts.get(id(own)).data().advisorId()).isEqualTo(this.advisor.getId());

		CurrentUser coordinator = this.accounts.create("coord", Role.COORDINATOR);
		String forOther = this.mvc
			.perform(log(UUID.randomUUID()).with(user(coordinator)).param("advisorId", other.getId().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.contacts.get(id(forOther)).data().advisorId()).isEqualTo(other.getId());
	}

	@Test
	void advisorsChangeOnlyTheirOwnContacts() throws Exception {
		Long id = id(this.mvc.perform(log(UUID.randomUUID())).andReturn().getResponse().getRedirectedUrl());
		CurrentUser other = this.accounts.create("nosy", Role.ADVISOR);
		this.mvc.perform(get("/contacts/{id}/edit", id).with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(post("/contacts/{id}/delete", id).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/contacts/{id}/follow-up/done", id).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/contacts/{id}/edit", id).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contactmoment bewerken")));
	}

	@Test
	void domainSnapshotSurvivesAChangeOfTheCounterpartsDomain() throws Exception {
		Long id = id(this.mvc.perform(log(UUID.randomUUID())).andReturn().getResponse().getRedirectedUrl());
		this.network.changeDomain(this.partner, PartnerDomain.SOCIAL);
		assertThat(this.contacts.get(id).counterpartDomain()).isEqualTo(PartnerDomain.ARTS_CULTURE);
		assertThat(this.contacts.domainSplit(filterOnPartner()).count(PartnerDomain.ARTS_CULTURE)).isEqualTo(1);
	}

	@Test
	void listShowsCountAndDomainSplitOfTheFilteredSet() throws Exception {
		Long social = this.network.partner("Welzijnspartner", PartnerDomain.SOCIAL);
		this.mvc.perform(log(UUID.randomUUID()));
		this.mvc.perform(log(UUID.randomUUID(), social).param("participantIds", this.partner.toString()));
		this.mvc.perform(log(UUID.randomUUID(), social));
		this.mvc
			.perform(get("/contacts").param("partner", this.partner.toString())
				.param("from", "2024-03-05")
				.param("to", "2024-03-05")
				.with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 contactmomenten gevonden")))
			.andExpect(content().string(containsString("data-domain=\"ARTS_CULTURE\">1</td>")))
			.andExpect(content().string(containsString("data-domain=\"SOCIAL\">1</td>")))
			.andExpect(content().string(containsString("50%")))
			// The filter keeps its choice on the page.
			.andExpect(
					content().string(containsString("<option value=\"" + this.partner + "\" selected=\"selected\">")));
		this.mvc
			.perform(get("/contacts").param("partner", this.partner.toString())
				.param("from", "2024-03-06")
				.with(user(this.advisor)))
			.andExpect(content().string(containsString("Geen contactmomenten gevonden")));
	}

	@Test
	void followUpIsClosedWithOneClickFromHome() throws Exception {
		Long id = id(this.mvc
			.perform(log(UUID.randomUUID()).param("followUp", "Offerte nasturen").param("followUpDue", "2024-03-10"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		this.mvc.perform(get("/").with(user(this.advisor)))
			.andExpect(content().string(containsString("Offerte nasturen")))
			.andExpect(content().string(containsString("Te laat")));
		this.mvc.perform(
				post("/contacts/{id}/follow-up/done", id).param("back", "home").with(user(this.advisor)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.contacts.get(id).data().followUpDone()).isTrue();
		this.mvc.perform(get("/").with(user(this.advisor)))
			.andExpect(content().string(not(containsString("Offerte nasturen"))));
	}

	@Test
	void overdueFollowUpsComeFirst() {
		this.contacts.log(data("Later", LocalDate.of(2030, 1, 1)), UUID.randomUUID());
		this.contacts.log(data("Eerder", LocalDate.of(2020, 1, 1)), UUID.randomUUID());
		assertThat(this.contacts.openFollowUps(this.advisor.getId(), 10)).extracting(FollowUp::text)
			.containsExactly("Eerder", "Later");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/contacts", "/contacts/new", "/contacts/follow-ups", "/contacts/export.csv",
			"/contacts/export.xlsx", "/contacts/1", "/contacts/picker/neighbourhoods" })
	void partnerUsersNeverSeeContactMoments(String path) throws Exception {
		this.mvc.perform(get(path).with(user(AccountFixtures.principal(Role.PARTNER, this.partner))))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownContactIsNotFound() throws Exception {
		this.mvc.perform(get("/contacts/987654321").with(user(this.advisor))).andExpect(status().isNotFound());
	}

	private ContactData data(String followUp, LocalDate due) {
		return new ContactData(LocalDate.of(2024, 1, 1), this.advisor.getId(), this.partner, Set.of(), null,
				ContactKind.MEETING, "Onderwerp", null, followUp, due, false);
	}

	private ContactFilter filterOnPartner() {
		return new ContactFilter(null, null, null, this.partner, null, null, null, null);
	}

	private MockHttpServletRequestBuilder log(UUID key) {
		return log(key, this.partner);
	}

	private MockHttpServletRequestBuilder log(UUID key, Long counterpart) {
		return post("/contacts").with(user(this.advisor))
			.with(csrf())
			.param("submissionKey", key.toString())
			.param("date", "2024-03-05")
			.param("counterpartId", counterpart.toString())
			.param("kind", "PHONE")
			.param("subject", "Zomerprogramma bespreken");
	}

	private static Long id(String location) {
		return Long.valueOf(location.replace("/contacts/", ""));
	}

}
