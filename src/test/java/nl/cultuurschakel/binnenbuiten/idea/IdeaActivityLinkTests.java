package nl.cultuurschakel.binnenbuiten.idea;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRequests;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea page's "link an activity" list: only activities of the idea's neighbourhood
 * that no idea has yet, each with its date and wijk, newest first, searchable by title
 * without JavaScript (a GET page) and live with htmx (the results only).
 */
@IntegrationTest
class IdeaActivityLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures activityFixtures;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@Autowired
	NeighbourhoodService neighbourhoods;

	Long idea;

	String wijk;

	Long march;

	Long april;

	Long dance;

	@BeforeEach
	void setUp() {
		Long neighbourhood = this.activityFixtures.neighbourhood("Koppelwijk");
		Long elsewhere = this.activityFixtures.neighbourhood("Anderewijk");
		this.wijk = this.neighbourhoods.get(neighbourhood).name();
		Long partner = this.network.partner("Koppelpartner", PartnerDomain.ARTS_CULTURE);
		this.idea = this.youth.idea(neighbourhood, "Voetbal met trucjes", LocalDate.of(2024, 2, 1));
		Long otherIdea = this.youth.idea(neighbourhood, "Een muurschildering", LocalDate.of(2024, 2, 1));
		this.march = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 3, 5), "15:00", "16:00").title("Voetbalclinic"));
		this.april = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 4, 2), "15:00", "16:00").title("Voetbalclinic"));
		this.activities.markDone(this.april, 20);
		this.dance = this.activityFixtures
			.activity(activity(neighbourhood, partner, LocalDate.of(2024, 4, 9), "15:00", "16:00").title("Dansmiddag"));
		Long taken = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 4, 16), "15:00", "16:00").title("Voetbalclinic"));
		this.activities.linkSourceIdea(taken, otherIdea);
		this.activityFixtures
			.activity(activity(elsewhere, partner, LocalDate.of(2024, 4, 2), "15:00", "16:00").title("Voetbalclinic"));
	}

	@AfterEach
	void cleanUp() {
		this.activityFixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return ActivityRequests.page(this.mvc, request.with(as(Role.ADVISOR)));
	}

	@Test
	void theIdeaPageOffersTheNeighbourhoodsUnlinkedActivitiesWithDateAndWijk() throws Exception {
		Document page = page(get("/ideas/{id}", this.idea));

		assertThat(page.select("select#activityId option").eachAttr("value")).containsExactly(this.dance.toString(),
				this.april.toString(), this.march.toString());
		assertThat(page.select("select#activityId option").eachText()).containsExactly(
				"di 9 apr. 2024 – Dansmiddag (" + this.wijk + ", gepland)",
				"di 2 apr. 2024 – Voetbalclinic (" + this.wijk + ", uitgevoerd)",
				"di 5 mrt. 2024 – Voetbalclinic (" + this.wijk + ", gepland)");
		assertThat(page.select("#linkable-activities [role=status]").text())
			.isEqualTo("3 activiteiten uit " + this.wijk + " zonder idee");
		assertThat(page.select("main form[role=search]").attr("action"))
			.isEqualTo("/ideas/" + this.idea + "/linkable-activities");
	}

	@Test
	void theTitleSearchWorksAsAPageAndForHtmx() throws Exception {
		Document results = page(get("/ideas/{id}/linkable-activities", this.idea).param("activityQuery", "CLINIC"));
		assertThat(results.select("h1").text()).isEqualTo("Activiteit koppelen aan Voetbal met trucjes");
		assertThat(results.select("input#activityQuery").attr("value")).isEqualTo("CLINIC");
		assertThat(results.select("select#activityId option").eachAttr("value")).containsExactly(this.april.toString(),
				this.march.toString());
		assertThat(results.select("[role=status]").text())
			.isEqualTo("2 activiteiten uit " + this.wijk + " zonder idee met „CLINIC” in de titel");

		String fragment = this.mvc
			.perform(get("/ideas/{id}/linkable-activities", this.idea).param("activityQuery", "dans")
				.header("HX-Request", "true")
				.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html", "<h1");
		Document part = Jsoup.parse(fragment);
		assertThat(part.select("#linkable-activities select#activityId option").eachAttr("value"))
			.containsExactly(this.dance.toString());

		Document nothing = page(get("/ideas/{id}/linkable-activities", this.idea).param("activityQuery", "100%_"));
		assertThat(nothing.select("select#activityId")).isEmpty();
		assertThat(nothing.select("[role=status]").text()).startsWith("Geen activiteiten uit");
	}

	@Test
	void aFoundActivityIsLinkedFromTheSearchPage() throws Exception {
		Document results = page(get("/ideas/{id}/linkable-activities", this.idea).param("activityQuery", "dans"));
		String action = results.select("#linkable-activities form[method=post]").attr("action");
		assertThat(action).isEqualTo("/ideas/" + this.idea + "/activities");

		this.mvc.perform(post(action).param("activityId", this.dance.toString()).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.activities.findBySourceIdea(this.idea)).extracting((activity) -> activity.id())
			.containsExactly(this.dance);
	}

	@Test
	void badSearchesAreRefused() throws Exception {
		this.mvc
			.perform(get("/ideas/{id}/linkable-activities", this.idea).param("activityQuery", "x".repeat(201))
				.with(as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/ideas/{id}/linkable-activities", 999_999_999L).with(as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/ideas/{id}/linkable-activities", this.idea).with(as(Role.PARTNER)))
			.andExpect(status().isForbidden());
	}

}
