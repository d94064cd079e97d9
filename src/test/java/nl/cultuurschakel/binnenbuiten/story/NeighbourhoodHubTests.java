package nl.cultuurschakel.binnenbuiten.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The neighbourhood page as a hub: the dashboard's figures for this neighbourhood, links
 * to every list filtered on it, its coming activities; for partner users only their own
 * neighbourhoods, without contact moments.
 */
@IntegrationTest
class NeighbourhoodHubTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	StoryScenario scenario;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
		this.scenario = new StoryScenario(this.context);
		// This year's figures: a contact moment, a workshop, an idea and two activities
		// (one
		// to come).
		this.scenario.contact(this.today.withDayOfYear(1), "Nieuwjaarsoverleg");
		this.scenario.youth.workshop(this.scenario.neighbourhood, this.today.withDayOfYear(2), 24);
		this.scenario.idea(this.today.withDayOfYear(2), "Een moestuin");
		this.scenario.activity(this.today.withDayOfYear(3), "Voorbije les");
		this.scenario.activity(this.today.plusDays(1), "Theater morgen");
	}

	@AfterEach
	void cleanUp() {
		this.scenario.deleteCreated();
	}

	@Test
	void staffGetLinksToEveryListFilteredOnTheNeighbourhood() throws Exception {
		Document hub = hub(this.scenario.advisor);
		Long id = this.scenario.neighbourhood;

		assertThat(hub.selectFirst("#hub-calendar").attr("href")).isEqualTo("/activities/calendar?neighbourhood=" + id);
		assertThat(hub.selectFirst("#hub-activities").attr("href")).isEqualTo("/activities?neighbourhood=" + id);
		assertThat(hub.selectFirst("#hub-contacts").attr("href")).isEqualTo("/contacts?neighbourhood=" + id);
		assertThat(hub.selectFirst("#hub-workshops").attr("href")).isEqualTo("/workshops?neighbourhood=" + id);
		assertThat(hub.selectFirst("#hub-ideas").attr("href")).isEqualTo("/ideas?neighbourhood=" + id);
		assertThat(hub.selectFirst("#hub-network").attr("href")).isEqualTo("/network/" + id);
		assertThat(hub.selectFirst("#hub-scan").attr("href"))
			.isEqualTo("/neighbourhoods/" + id + "/scan/" + this.today.getYear());
		assertThat(hub.selectFirst("#hub-dashboard").attr("href")).isEqualTo("/dashboard?neighbourhood=" + id);
	}

	@Test
	void figuresAreTheDashboardsForThisNeighbourhoodThisYear() throws Exception {
		Map<String, String> onHub = figures(hub(this.scenario.advisor));
		Map<String, String> onDashboard = figures(
				page(get("/dashboard?neighbourhood=" + this.scenario.neighbourhood), this.scenario.advisor));

		// The count of neighbourhoods is left out: it is always one here.
		assertThat(onDashboard).containsEntry("neighbourhoods", "1");
		onDashboard.remove("neighbourhoods");
		assertThat(onHub).isEqualTo(onDashboard);
		assertThat(onHub).containsEntry("activities", "2")
			.containsEntry("contact-moments", "1")
			.containsEntry("workshops", "1")
			.containsEntry("ideas", "1");
	}

	@Test
	void listsTheComingActivitiesWithTheirDates() throws Exception {
		Element upcoming = hub(this.scenario.advisor).selectFirst(".upcoming-list");
		assertThat(upcoming.text()).contains("Theater morgen").doesNotContain("Voorbije les");
		assertThat(upcoming.selectFirst("time").attr("datetime")).isEqualTo(this.today.plusDays(1).toString());
	}

	@Test
	void theNeighbourhoodPageLoadsTheHub() throws Exception {
		Document detail = page(get("/neighbourhoods/" + this.scenario.neighbourhood), this.scenario.advisor);
		Element loader = detail.selectFirst("#neighbourhood-overview");
		String url = "/neighbourhoods/" + this.scenario.neighbourhood + "/overview";
		assertThat(loader.attr("data-hx-get")).isEqualTo(url);
		assertThat(loader.selectFirst("a").attr("href")).isEqualTo(url);
	}

	@Test
	void partnerUsersSeeTheirOwnNeighbourhoodsWithoutContactMoments() throws Exception {
		CurrentUser partnerUser = this.scenario.accounts.create("hub-partner", Role.PARTNER, this.scenario.partner);
		Document hub = page(get("/neighbourhoods/" + this.scenario.neighbourhood + "/overview"), partnerUser);

		assertThat(hub.select("#hub-contacts, #hub-workshops, #hub-ideas, #hub-dashboard")).isEmpty();
		assertThat(hub.selectFirst("#hub-activities")).isNotNull();
		assertThat(figures(hub))
			.doesNotContainKeys("contact-moments", "contact-share-arts-culture", "contact-share-social")
			.containsEntry("activities", "2");
		assertThat(hub.text()).doesNotContain("Nieuwjaarsoverleg", "Contactmomenten");
		assertThat(hub.select("#members-title + * td, table td").text()).contains("Verhalenhuis");

		Long elsewhere = this.scenario.network.neighbourhood("Andere wijk");
		this.mvc.perform(get("/neighbourhoods/" + elsewhere + "/overview").with(user(partnerUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/neighbourhoods/" + this.scenario.neighbourhood).with(user(partnerUser)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPartnerWhoseMembershipEndedNoLongerOpensTheHub() throws Exception {
		Long former = this.scenario.network.partner("Oud-lid", PartnerDomain.SOCIAL);
		this.scenario.network.membership(former, this.scenario.neighbourhood, LocalDate.of(2022, 1, 1),
				this.today.minusDays(1), MembershipRole.COORDINATION);
		CurrentUser formerUser = this.scenario.accounts.create("hub-former", Role.PARTNER, former);
		this.mvc.perform(get("/neighbourhoods/" + this.scenario.neighbourhood + "/overview").with(user(formerUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/neighbourhoods/999999999/overview").with(user(this.scenario.advisor)))
			.andExpect(status().isNotFound());
	}

	private Document hub(CurrentUser user) throws Exception {
		return page(get("/neighbourhoods/" + this.scenario.neighbourhood + "/overview").header("HX-Request", "true"),
				user);
	}

	private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Map<String, String> figures(Document page) {
		Map<String, String> figures = new LinkedHashMap<>();
		page.select("[data-figure]").forEach((tile) -> figures.put(tile.attr("data-figure"), tile.attr("data-value")));
		return figures;
	}

}
