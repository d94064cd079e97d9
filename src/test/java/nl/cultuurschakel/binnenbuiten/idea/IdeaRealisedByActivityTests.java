package nl.cultuurschakel.binnenbuiten.idea;

import java.time.Duration;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRequests;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * End to end in the whole application: an advisor marks the activity that realises a
 * planned idea as done, and the idea page shows the idea realised on the activity's day.
 */
@IntegrationTest
class IdeaRealisedByActivityTests {

	private static final LocalDate HELD_ON = LocalDate.of(2024, 5, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaService ideas;

	@Autowired
	ActivityFixtures activityFixtures;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.activityFixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void markingTheActivityDoneShowsTheIdeaRealised() throws Exception {
		Long neighbourhood = this.activityFixtures.neighbourhood("Showwijk");
		Long partner = this.network.partner("Showpartner", PartnerDomain.ARTS_CULTURE);
		Long idea = this.youth.idea(neighbourhood, "Freestyle-voetbalshow", LocalDate.of(2024, 2, 1));
		this.ideas.changeStatus(idea, IdeaStatus.EXPLORING, LocalDate.of(2024, 2, 20), null, Actor.SYSTEM);
		this.ideas.changeStatus(idea, IdeaStatus.PLANNED, LocalDate.of(2024, 3, 10), null, Actor.SYSTEM);
		Long activity = this.activityFixtures
			.activity(activity(neighbourhood, partner, HELD_ON, "14:00", "15:30").title("Voetbalshow op het plein"));
		this.ideas.linkActivity(idea, activity);

		this.mvc
			.perform(post("/activities/{id}/done", activity).param("childrenReached", "35")
				.with(as(Role.ADVISOR))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ideas.get(idea).status(), (status) -> status == IdeaStatus.REALISED);
		Document page = ActivityRequests.page(this.mvc, get("/ideas/{id}", idea).with(as(Role.ADVISOR)));
		assertThat(page.select("#status-title").first().parent().text())
			.contains("Dit idee is gerealiseerd; de status verandert niet meer.");
		assertThat(page.text()).contains("Voetbalshow op het plein", "35");
		assertThat(this.ideas.timeline(idea)).last()
			.isEqualTo(new HistoryEntry<>(IdeaStatus.PLANNED, IdeaStatus.REALISED, HELD_ON, Actor.SYSTEM.name(), null));
	}

}
