package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdeaWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Moerwijk");
		this.advisor = this.accounts.create("advisor", Role.ADVISOR);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void ideasAreAddedOneAfterAnotherOnTheWorkshopPage() throws Exception {
		Long workshop = this.youth.workshop(this.neighbourhood, LocalDate.of(2023, 3, 14), 22);
		for (String title : new String[] { "Voetbalshow", "Technisch lego", "Muurschildering" }) {
			this.mvc
				.perform(post("/workshops/{id}/ideas", workshop).with(user(this.advisor))
					.with(csrf())
					.param("title", title)
					.param("discipline", "SPORT_CULTURE")
					.param("childrenCount", "4"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/workshops/" + workshop));
		}
		assertThat(this.ideas.ofWorkshop(workshop)).extracting(IdeaCard::title)
			.containsExactly("Voetbalshow", "Technisch lego", "Muurschildering");
		assertThat(this.ideas.ofWorkshop(workshop)).allSatisfy((idea) -> {
			assertThat(idea.collectedOn()).isEqualTo(LocalDate.of(2023, 3, 14));
			assertThat(idea.neighbourhoodId()).isEqualTo(this.neighbourhood);
			assertThat(idea.status()).isEqualTo(IdeaStatus.COLLECTED);
		});
		this.mvc.perform(get("/workshops/{id}", workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Technisch lego")))
			.andExpect(content().string(containsString("Wat is er met jullie idee gebeurd?")));
	}

	@Test
	void aQuickIdeaWithoutTitleIsExplainedAndKept() throws Exception {
		Long workshop = this.youth.workshop(this.neighbourhood, LocalDate.of(2023, 3, 14), 22);
		this.mvc
			.perform(post("/workshops/{id}/ideas", workshop).with(user(this.advisor))
				.with(csrf())
				.param("description", "Iets met dieren")
				.param("discipline", "NO_SUCH_DISCIPLINE")
				.param("childrenCount", "300"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit veld is verplicht")))
			.andExpect(content().string(containsString("Vul een getal in van hoogstens 200")))
			.andExpect(content().string(containsString("Iets met dieren")));
		assertThat(this.ideas.ofWorkshop(workshop)).isEmpty();
	}

	@Test
	void anIdeaGoesAllTheWayToRealisedAndEveryStepIsOnTheTimeline() throws Exception {
		Long idea = this.youth.idea(this.neighbourhood, "Freestyle-voetbalshow", LocalDate.of(2023, 3, 1));
		Long activity = this.activities.add(this.neighbourhood, "Freestyle football show", LocalDate.of(2023, 9, 1),
				40);

		move(idea, "EXPLORING", "2023-03-10", "Partners gezocht").andExpect(status().isFound());
		move(idea, "PLANNED", "2023-04-01", null).andExpect(status().isFound());
		move(idea, "REALISED", "2023-09-02", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("minstens één activiteit")));
		assertThat(this.ideas.get(idea).status()).isEqualTo(IdeaStatus.PLANNED);

		this.mvc
			.perform(post("/ideas/{id}/activities", idea).with(as(Role.ADVISOR))
				.with(csrf())
				.param("activityId", activity.toString()))
			.andExpect(status().isFound());
		move(idea, "REALISED", "2023-09-02", "Gelukt").andExpect(status().isFound());

		assertThat(this.ideas.get(idea).status()).isEqualTo(IdeaStatus.REALISED);
		assertThat(this.ideas.timeline(idea)).extracting(HistoryEntry::to)
			.containsExactly(IdeaStatus.COLLECTED, IdeaStatus.EXPLORING, IdeaStatus.PLANNED, IdeaStatus.REALISED);
		assertThat(this.ideas.timeline(idea).get(1).changedBy()).isEqualTo("Test advisor");
		assertThat(this.ideas.timeline(idea).get(1).note()).isEqualTo("Partners gezocht");
		this.mvc.perform(get("/ideas/{id}", idea).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Freestyle football show")))
			.andExpect(content().string(containsString("Van Gepland naar Gerealiseerd")));
	}

	@Test
	void forbiddenMovesAreRefusedWithAMessageNotAnError() throws Exception {
		Long idea = this.youth.idea(this.neighbourhood, "Theater in het park", LocalDate.of(2023, 3, 1));
		move(idea, "PLANNED", "2023-03-10", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze statuswijziging is niet toegestaan")));
		move(idea, "PARKED", "2023-03-10", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef een reden op")));
		move(idea, "BOGUS", "gisteren", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een geldige datum in.")));
		move(idea, "PARKED", "2023-03-10", "Geen zaal beschikbaar").andExpect(status().isFound());
		move(idea, "COLLECTED", "2023-05-10", "Er is nu wel een zaal").andExpect(status().isFound());
		assertThat(this.ideas.timeline(idea)).extracting(HistoryEntry::to)
			.containsExactly(IdeaStatus.COLLECTED, IdeaStatus.PARKED, IdeaStatus.COLLECTED);
	}

	@Test
	void boardAndTableFilterByNeighbourhoodDisciplineAndPeriod() throws Exception {
		Long other = this.network.neighbourhood("Bouwlust");
		this.youth.idea(this.neighbourhood, "Idee binnen periode", LocalDate.of(2023, 1, 1));
		this.youth.idea(this.neighbourhood, "Idee na periode", LocalDate.of(2024, 1, 1));
		this.youth.idea(other, "Idee andere wijk", LocalDate.of(2023, 6, 1));
		this.mvc
			.perform(get("/ideas").with(as(Role.ADVISOR))
				.param("neighbourhood", this.neighbourhood.toString())
				.param("discipline", "MUSIC")
				.param("from", "2023-01-01")
				.param("to", "2023-12-31")
				.param("sort", "title,desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Idee binnen periode")))
			.andExpect(content().string(not(containsString("Idee na periode"))))
			.andExpect(content().string(not(containsString("Idee andere wijk"))))
			.andExpect(content().string(containsString("1 idee gevonden")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
		this.mvc.perform(get("/ideas").with(as(Role.ADVISOR)).param("from", "not-a-date").param("sort", "x;drop"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theBoardSpeaksEnglishToo() throws Exception {
		Long idea = this.youth.idea(this.neighbourhood, "Dansfeest", LocalDate.of(2023, 1, 1));
		this.mvc.perform(get("/ideas").with(as(Role.ADVISOR)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Children&#39;s ideas")))
			.andExpect(content().string(containsString("Collected (")));
		this.mvc.perform(get("/ideas/{id}", idea).with(as(Role.ADVISOR)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From workshop to activity")));
	}

	@Test
	void partnersAreKeptOutOfIdeasAndWorkshops() throws Exception {
		Long partner = this.network.partner("School", PartnerDomain.EDUCATION);
		Long idea = this.youth.idea(this.neighbourhood, "Geheim idee", LocalDate.of(2023, 1, 1));
		var partnerUser = user(AccountFixtures.principal(Role.PARTNER, partner));
		this.mvc.perform(get("/ideas").with(partnerUser)).andExpect(status().isForbidden());
		this.mvc.perform(get("/ideas/{id}", idea).with(partnerUser)).andExpect(status().isForbidden());
		this.mvc.perform(get("/workshops").with(partnerUser)).andExpect(status().isForbidden());
	}

	@Test
	void partnersTakingUpAnIdeaAreTickedInAChecklistWithAFilter() throws Exception {
		Long idea = this.youth.idea(this.neighbourhood, "Muurschildering", LocalDate.of(2023, 3, 1));
		Long school = this.network.partner("Oppakschool", PartnerDomain.EDUCATION);
		Long studio = this.network.partner("Oppakatelier", PartnerDomain.ARTS_CULTURE);

		this.mvc
			.perform(post("/ideas/{id}/partners", idea).with(as(Role.ADVISOR))
				.with(csrf())
				.param("partnerIds", school.toString(), studio.toString()))
			.andExpect(status().isFound());

		assertThat(this.ideas.get(idea).partnerIds()).containsExactlyInAnyOrder(school, studio);
		Document page = Jsoup.parse(this.mvc.perform(get("/ideas/{id}", idea).with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#partnerIds-list input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(school.toString(), studio.toString());
		assertThat(page.select("#partnerIds-filter").parents().hasClass("js-only")).isTrue();
		assertThat(page.select("details:has(#partnerIds) > summary").text()).isEqualTo("Partners kiezen (2 gekozen)");
	}

	@Test
	void unknownIdeaIsAFriendlyNotFound() throws Exception {
		this.mvc.perform(get("/ideas/{id}", 987654321L).with(as(Role.ADVISOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/ideas/abc").with(as(Role.ADVISOR))).andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.ResultActions move(Long idea, String status, String on, String note)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/ideas/{id}/status", idea).with(user(this.advisor))
			.with(csrf())
			.param("status", status)
			.param("changedOn", on);
		if (note != null) {
			request.param("note", note);
		}
		return this.mvc.perform(request);
	}

	@Test
	void theTableSortsByAnOfferedColumnAndOtherwiseShowsTheNewestFirst() throws Exception {
		this.youth.idea(this.neighbourhood, "Aquarel-atelier", LocalDate.of(2023, 1, 1));
		this.youth.idea(this.neighbourhood, "Beatbox-battle", LocalDate.of(2023, 6, 1));
		assertThat(tableSortedBy("title")).containsExactly("Aquarel-atelier", "Beatbox-battle");
		assertThat(tableSortedBy("title,desc")).containsExactly("Beatbox-battle", "Aquarel-atelier");
		assertThat(tableSortedBy("collectedOn,asc")).containsExactly("Aquarel-atelier", "Beatbox-battle");
		// Not a column of the table: the newest first.
		assertThat(tableSortedBy("secret,asc")).containsExactly("Beatbox-battle", "Aquarel-atelier");
	}

	/** The titles in the idea table, in the order it shows them. */
	private List<String> tableSortedBy(String sort) throws Exception {
		String page = this.mvc
			.perform(get("/ideas").with(as(Role.ADVISOR))
				.param("neighbourhood", this.neighbourhood.toString())
				.param("sort", sort))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).select("#idea-table tbody tr td:first-child a").eachText();
	}

}
