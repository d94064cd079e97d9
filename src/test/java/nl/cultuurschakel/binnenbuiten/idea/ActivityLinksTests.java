package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real link between ideas and activities (other idea tests use an in-memory
 * stand-in).
 */
@IntegrationTest
class ActivityLinksTests {

	@Autowired
	ActivityLinks links;

	@Autowired
	ActivityService activities;

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
	void linksAnActivityToTheIdeaItRealisesBothWays() {
		Long neighbourhood = this.activityFixtures.neighbourhood("Koppelwijk");
		Long partner = this.network.partner("Koppelpartner", PartnerDomain.ARTS_CULTURE);
		Long idea = this.youth.idea(neighbourhood, "Technisch Lego", LocalDate.of(2024, 2, 1));
		Long activity = this.activityFixtures
			.activity(activity(neighbourhood, partner, LocalDate.of(2024, 5, 1), "14:00", "15:30").title("Legomiddag"));
		this.activities.markDone(activity, 14);

		assertThat(this.links.sourceIdeasIn(neighbourhood)).extracting((option) -> option.id()).contains(idea);
		assertThat(this.links.sourceIdea(idea))
			.hasValueSatisfying((option) -> assertThat(option.title()).isEqualTo("Technisch Lego"));
		assertThat(this.links.linkableActivities(neighbourhood)).extracting(IdeaActivities.LinkedActivity::id)
			.contains(activity);

		this.links.link(idea, activity);

		assertThat(this.links.activitiesOf(idea)).singleElement().satisfies((linked) -> {
			assertThat(linked.title()).isEqualTo("Legomiddag");
			assertThat(linked.done()).isTrue();
			assertThat(linked.childrenReached()).isEqualTo(14);
		});
		assertThat(this.links.linkableActivities(neighbourhood)).extracting(IdeaActivities.LinkedActivity::id)
			.doesNotContain(activity);
	}

}
