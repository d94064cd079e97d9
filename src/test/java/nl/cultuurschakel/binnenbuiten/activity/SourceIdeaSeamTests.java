package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seam with the idea module, with real children's ideas: the form offers the ideas of
 * the neighbourhood, checks a posted idea, and the idea module can find and link
 * activities.
 */
@IntegrationTest
class SourceIdeaSeamTests {

	private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Long football;

	Long robots;

	Long neighbourhood;

	Long otherNeighbourhood;

	Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Ideewijk");
		this.otherNeighbourhood = this.fixtures.neighbourhood("Andere ideewijk");
		this.partner = this.network.partner("Ideepartner", PartnerDomain.ARTS_CULTURE);
		this.football = this.youth.idea(this.neighbourhood, "Voetbal met kunstjes", DAY.minusMonths(2));
		this.robots = this.youth.idea(this.otherNeighbourhood, "Robots bouwen", DAY.minusMonths(2));
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theFormOffersIdeasAndAcceptsOnlyOneOfTheNeighbourhood() throws Exception {
		this.mvc
			.perform(get("/activities/form/ideas").param("neighbourhoodId", this.neighbourhood.toString())
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(allOf(containsString("name=\"sourceIdeaId\""),
					containsString("Voetbal met kunstjes"), not(containsString("Robots bouwen")))));

		this.mvc
			.perform(post("/activities").with(as(Role.ADVISOR))
				.with(csrf())
				.param("title", "Freestyle voetbalshow")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("partnerIds", this.partner.toString())
				.param("date", DAY.toString())
				.param("startTime", "14:00")
				.param("endTime", "15:00")
				.param("address", "Sportveld")
				.param("discipline", "SPORT_CULTURE")
				.param("minAge", "8")
				.param("maxAge", "12")
				.param("costType", "FREE")
				.param("sourceIdeaId", this.robots.toString()))
			.andExpect(model().attributeHasFieldErrors("activityForm", "sourceIdeaId"));

		this.mvc
			.perform(post("/activities").with(as(Role.ADVISOR))
				.with(csrf())
				.param("title", "Freestyle voetbalshow")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("partnerIds", this.partner.toString())
				.param("date", DAY.toString())
				.param("startTime", "14:00")
				.param("endTime", "15:00")
				.param("address", "Sportveld")
				.param("discipline", "SPORT_CULTURE")
				.param("minAge", "8")
				.param("maxAge", "12")
				.param("costType", "FREE")
				.param("sourceIdeaId", this.football.toString()))
			.andExpect(status().is3xxRedirection());

		List<ActivitySummary> realising = this.activities.findBySourceIdea(this.football);
		assertThat(realising).singleElement().satisfies((summary) -> {
			assertThat(summary.title()).isEqualTo("Freestyle voetbalshow");
			assertThat(summary.neighbourhoodId()).isEqualTo(this.neighbourhood);
			assertThat(summary.status()).isEqualTo(ActivityStatus.PLANNED);
		});
		this.mvc.perform(get("/activities/{id}", realising.get(0).id()).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Voetbal met kunstjes")));
	}

	@Test
	void theIdeaModuleFindsLinkableActivitiesAndLinksThem() {
		Long older = this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00").title("Oud"));
		Long newer = this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY.plusDays(7), "10:00", "11:00").title("Nieuw"));
		this.fixtures.activity(activity(this.otherNeighbourhood, this.partner, DAY, "10:00", "11:00").title("Elders"));
		this.activities.markDone(older, 21);

		assertThat(this.activities.linkableTo(this.neighbourhood)).extracting(ActivitySummary::id)
			.containsExactly(newer, older);

		this.activities.linkSourceIdea(older, this.football);

		assertThat(this.activities.linkableTo(this.neighbourhood)).extracting(ActivitySummary::id)
			.containsExactly(newer);
		assertThat(this.activities.findBySourceIdea(this.football)).singleElement()
			.isEqualTo(new ActivitySummary(older, "Oud", this.neighbourhood, DAY, ActivityStatus.DONE, 21));
		assertThat(this.activities.findBySourceIdea(this.robots)).isEmpty();
	}

}
