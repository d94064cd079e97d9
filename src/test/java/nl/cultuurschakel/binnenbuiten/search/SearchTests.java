package nl.cultuurschakel.binnenbuiten.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
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

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search box finds records of every kind by part of a name, misspelt or without
 * accents, and each role finds exactly what its pages would show it.
 */
@IntegrationTest
class SearchTests {

	static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	/** A word no other test or the demo data uses, so counts are this test's own. */
	final String word = "Zwaluw" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	PartnerService partners;

	Long ownNeighbourhood;

	Long otherNeighbourhood;

	Long library;

	Long theatre;

	CurrentUser advisor;

	CurrentUser partnerUser;

	@BeforeEach
	void setUp() {
		this.ownNeighbourhood = this.network.neighbourhood("Eigenwijk");
		this.otherNeighbourhood = this.network.neighbourhood("Verrewijk");
		this.library = this.network.partner("Bibliotheek Café " + this.word, PartnerDomain.EDUCATION);
		this.theatre = this.network.partner("Theater " + this.word, PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.library, this.ownNeighbourhood, LocalDate.of(2022, 1, 1), null);
		this.network.membership(this.theatre, this.otherNeighbourhood, LocalDate.of(2022, 1, 1), null);
		this.activities.track(this.ownNeighbourhood);
		this.activities.track(this.otherNeighbourhood);
		this.activities.activity(activity(this.ownNeighbourhood, this.library, DAY, "10:00", "11:00")
			.title("Voorleesfeest " + this.word));
		this.activities.activity(
				activity(this.otherNeighbourhood, this.theatre, DAY, "13:00", "14:00").title("Toneelles " + this.word));
		this.advisor = this.accounts.create("zoeker", Role.ADVISOR);
		this.partnerUser = principal(Role.PARTNER, this.library);
		this.contacts.log(
				new ContactData(DAY, this.advisor.getId(), this.theatre, Set.of(), this.otherNeighbourhood,
						ContactKind.MEETING, "Afspraak over de zomer", "Vertrouwelijke notitie", null, null, false),
				UUID.randomUUID());
		Long idea = this.youth.idea(this.ownNeighbourhood, "Graffitimuur " + this.word, DAY);
		this.youth.grant(idea, this.library, "500", DAY);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void findsAPartnerByPartOfItsNameMisspeltOrWithoutAccents() throws Exception {
		assertThat(titles(search(this.advisor, "Bibliotheek " + this.word), "partner"))
			.containsExactly(name(this.library));
		assertThat(titles(search(this.advisor, "Biblioteek " + this.word), "partner")).contains(name(this.library));
		assertThat(titles(search(this.advisor, "bibliotheek cafe " + this.word.toLowerCase()), "partner"))
			.containsExactly(name(this.library));
		// Dutch stemming: the plural finds the singular.
		assertThat(titles(search(this.advisor, "theaters " + this.word), "partner")).contains(name(this.theatre));
	}

	@Test
	void staffFindEveryKindWithTheFieldsThatTellThemApart() throws Exception {
		Document page = search(this.advisor, this.word);
		assertThat(titles(page, "partner")).containsExactlyInAnyOrder(name(this.library), name(this.theatre));
		assertThat(titles(page, "activity")).containsExactlyInAnyOrder("Voorleesfeest " + this.word,
				"Toneelles " + this.word);
		assertThat(titles(page, "idea")).containsExactly("Graffitimuur " + this.word);
		// The grant has no name: it is found through its idea and recipient.
		assertThat(titles(page, "grant")).containsExactly("Graffitimuur " + this.word);
		// The contact moment is found through its counterpart's name, and shows it.
		assertThat(titles(page, "contact")).containsExactly("Afspraak over de zomer");
		assertThat(group(page, "contact").text()).contains(name(this.theatre), "Overleg", "5 mrt. 2024")
			.doesNotContain("Vertrouwelijke notitie");
		assertThat(titles(page, "user")).isEmpty();
	}

	@Test
	void partnerUsersFindOnlyWhatTheyMayOpen() throws Exception {
		Document page = search(this.partnerUser, this.word);
		assertThat(titles(page, "activity")).containsExactly("Voorleesfeest " + this.word);
		assertThat(titles(page, "grant")).containsExactly("Graffitimuur " + this.word);
		assertThat(titles(page, "contact")).isEmpty();
		assertThat(titles(page, "partner")).isEmpty();
		assertThat(titles(page, "idea")).isEmpty();
		assertThat(page.text()).doesNotContain("Toneelles", "Afspraak over de zomer");
		// Nor through the list of one kind.
		assertThat(search(this.partnerUser, this.word, "contact").select(".search-hit")).isEmpty();
		assertThat(titles(search(this.partnerUser, this.word, "activity"), null))
			.containsExactly("Voorleesfeest " + this.word);
	}

	@Test
	void onlyAdminsFindUserAccounts() throws Exception {
		CurrentUser admin = principal(Role.ADMIN, null);
		assertThat(titles(search(admin, "zoeker"), "user")).contains("Test zoeker");
		assertThat(titles(search(admin, this.word), "partner")).isEmpty();
		assertThat(titles(search(this.advisor, "zoeker"), "user")).isEmpty();
	}

	@Test
	void showsTenOfAKindWithALinkToAllOfThem() throws Exception {
		for (int i = 1; i <= 11; i++) {
			this.activities.activity(activity(this.ownNeighbourhood, this.library, DAY.plusDays(i), "10:00", "11:00")
				.title("Zomerkamp " + this.word + " " + i));
		}
		Document page = search(this.advisor, "Zomerkamp " + this.word);
		assertThat(group(page, "activity").select(".search-hit")).hasSize(10);
		assertThat(group(page, "activity").selectFirst("h2").text()).isEqualTo("Activiteiten (11)");
		Element more = group(page, "activity").selectFirst(".search-group__more a");
		assertThat(more.attr("href")).contains("kind=activity");
		Document all = Jsoup.parse(this.mvc.perform(get(more.attr("href")).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(all.select(".search-hit")).hasSize(11);
	}

	@Test
	void amongEqualMatchesTheNewestComesFirst() throws Exception {
		for (LocalDate day : List.of(DAY.minusYears(1), DAY.plusMonths(2), DAY.minusMonths(2))) {
			this.activities.activity(activity(this.ownNeighbourhood, this.library, day, "10:00", "11:00")
				.title("Kampvuur " + this.word));
		}
		assertThat(group(search(this.advisor, "Kampvuur " + this.word), "activity").select(".search-hit time")
			.eachAttr("datetime")).containsExactly("2024-05-05", "2024-01-05", "2023-03-05");
	}

	@Test
	void liveResultsAnswerOnlyTheResults() throws Exception {
		String fragment = this.mvc
			.perform(get("/search").param("q", this.word).header("HX-Request", "true").with(user(this.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"search-results\"", "Voorleesfeest");
		String suggestions = this.mvc.perform(get("/search/suggestions").param("q", this.word).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(suggestions).select(".search-hit").size()).isBetween(3, 3 * 8);
		assertThat(suggestions).contains("/search?q=" + this.word);
	}

	@Test
	void badInputGetsAMessageOrA400NeverA500() throws Exception {
		assertThat(search(this.advisor, "x").text()).contains("Typ minstens twee tekens");
		assertThat(search(this.advisor, "a".repeat(101)).text()).contains("De zoekterm is te lang");
		for (String odd : List.of("'):*&|!<->", "%_\\", "\u0000zz", "de het een", "' or 1=1 --")) {
			this.mvc.perform(get("/search").param("q", odd).with(user(this.advisor))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/search").param("q", "ab").param("kind", "bogus").with(user(this.advisor)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/search").param("q", "ab").param("kind", "partner").param("page", "abc").with(user(this.advisor)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/search").param("q", "ab")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theStartPageShowsTheRecordsTheUserOpenedLast() throws Exception {
		this.mvc.perform(get("/partners/{id}", this.library).with(user(this.advisor))).andExpect(status().isOk());
		this.mvc.perform(get("/partners/{id}", this.theatre).with(user(this.advisor))).andExpect(status().isOk());
		// A page that fails counts as nothing.
		this.mvc.perform(get("/partners/{id}", Long.MAX_VALUE).with(user(this.advisor)))
			.andExpect(status().isNotFound());
		Document home = page(get("/").with(user(this.advisor)));
		assertThat(home.select(".recent-views .search-hit__title").eachText()).containsExactly(name(this.theatre),
				name(this.library));

		CurrentUser colleague = this.accounts.create("collega", Role.ADVISOR);
		assertThat(page(get("/").with(user(colleague))).select(".recent-views").text())
			.contains("staat hier de volgende keer klaar");
	}

	@Test
	void recentlyViewedKeepsTheLastTen() throws Exception {
		for (int i = 1; i <= 12; i++) {
			Long partner = this.network.partner("Bezocht " + i, PartnerDomain.SOCIAL);
			this.mvc.perform(get("/partners/{id}", partner).with(user(this.advisor))).andExpect(status().isOk());
		}
		List<String> shown = page(get("/").with(user(this.advisor))).select(".recent-views .search-hit__title")
			.eachText();
		assertThat(shown).hasSize(10);
		assertThat(shown.get(0)).startsWith("Bezocht 12 ");
		assertThat(shown.get(9)).startsWith("Bezocht 3 ");
	}

	Document search(CurrentUser user, String q) throws Exception {
		return page(get("/search").param("q", q).with(user(user)));
	}

	Document search(CurrentUser user, String q, String kind) throws Exception {
		return page(get("/search").param("q", q).param("kind", kind).with(user(user)));
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	static Element group(Document page, String kind) {
		Element heading = page.getElementById("search-" + kind);
		return (heading != null) ? heading.parent() : new Element("section");
	}

	/**
	 * The titles found of one kind, or on the page of one kind ({@code null}).
	 */
	static List<String> titles(Document page, String kind) {
		Element scope = (kind != null) ? group(page, kind) : page.getElementById("search-results");
		return scope.select(".search-hit__title").eachText();
	}

	String name(Long partnerId) {
		return this.partners.names(List.of(partnerId)).get(partnerId);
	}

}
