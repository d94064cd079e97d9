package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.SourceIdeas;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real link between ideas and activities, both ways: the idea module links and finds
 * activities through the activity module's API, and answers the activity form's idea
 * choice through {@link SourceIdeas}.
 */
@IntegrationTest
class IdeaActivitySeamTests {

	@Autowired
	IdeaService ideas;

	@Autowired
	SourceIdeas sourceIdeas;

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

		assertThat(this.sourceIdeas.sourceIdeasIn(neighbourhood, null)).extracting((option) -> option.id())
			.contains(idea);
		assertThat(this.sourceIdeas.sourceIdea(idea))
			.hasValueSatisfying((option) -> assertThat(option.title()).isEqualTo("Technisch Lego"));
		assertThat(this.ideas.linkableActivities(idea)).extracting(LinkedActivity::id).contains(activity);

		this.ideas.linkActivity(idea, activity);

		assertThat(this.ideas.activitiesOf(idea)).singleElement().satisfies((linked) -> {
			assertThat(linked.title()).isEqualTo("Legomiddag");
			assertThat(linked.done()).isTrue();
			assertThat(linked.childrenReached()).isEqualTo(14);
		});
		assertThat(this.ideas.linkableActivities(idea)).extracting(LinkedActivity::id).doesNotContain(activity);
	}

	@Test
	void theChoicesAreTheNeighbourhoodsNewestFirstAndSearchableByTitle() {
		Long neighbourhood = this.activityFixtures.neighbourhood("Zoekwijk");
		Long elsewhere = this.activityFixtures.neighbourhood("Anderewijk");
		Long partner = this.network.partner("Zoekpartner", PartnerDomain.ARTS_CULTURE);
		Long oldIdea = this.youth.idea(neighbourhood, "Voetbal met trucjes", LocalDate.of(2023, 3, 1));
		Long newIdea = this.youth.idea(neighbourhood, "Een muurschildering", LocalDate.of(2024, 3, 1));
		this.youth.idea(elsewhere, "Voetbal in een andere wijk", LocalDate.of(2024, 4, 1));
		Long march = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 3, 5), "15:00", "16:00").title("Voetbalclinic"));
		Long april = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 4, 2), "15:00", "16:00").title("Voetbalclinic"));
		Long cancelled = this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 4, 9), "15:00", "16:00").title("Voetbalclinic"));
		this.activities.cancel(cancelled, "Regen");
		this.activityFixtures.activity(
				activity(neighbourhood, partner, LocalDate.of(2024, 4, 16), "15:00", "16:00").title("Dansmiddag"));
		this.activityFixtures
			.activity(activity(elsewhere, partner, LocalDate.of(2024, 4, 2), "15:00", "16:00").title("Voetbalclinic"));

		assertThat(this.sourceIdeas.sourceIdeasIn(neighbourhood, null)).extracting((idea) -> idea.id())
			.containsExactly(newIdea, oldIdea);
		assertThat(this.sourceIdeas.sourceIdeasIn(neighbourhood, " VOETBAL ")).singleElement().satisfies((idea) -> {
			assertThat(idea.id()).isEqualTo(oldIdea);
			assertThat(idea.collectedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
		});
		assertThat(this.ideas.linkableActivities(oldIdea, "clinic")).extracting(LinkedActivity::id)
			.containsExactly(april, march);
		assertThat(this.ideas.linkableActivities(oldIdea, "100%")).isEmpty();
		assertThat(this.ideas.linkableActivities(newIdea)).hasSize(3);
	}

}
