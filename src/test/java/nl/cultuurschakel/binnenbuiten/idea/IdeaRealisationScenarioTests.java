package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.TestDatabase;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityCompleted;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea module with the modules it depends on (activity, workshop, partner,
 * neighbourhood, account, shared), the application wiring, the audit trail (whose
 * revision table every audited entity's history needs) and the grant module (which shows
 * an idea's grants on the idea page), on the real database: when an activity that
 * realises an idea took place ({@link ActivityCompleted}), a planned idea becomes
 * realised; the publication is kept in the event registry until the listener finished.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "config", "grant" })
@TestPropertySource(properties = "binnenbuiten.embedded-database.enabled=false")
@Import({ TestDatabase.class, NetworkFixtures.class, ActivityFixtures.class })
class IdeaRealisationScenarioTests {

	private static final LocalDate COLLECTED_ON = LocalDate.of(2024, 2, 1);

	private static final LocalDate HELD_ON = LocalDate.of(2024, 5, 1);

	@Autowired
	IdeaService ideas;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures activityFixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> createdIdeas = new ArrayList<>();

	private Long neighbourhood;

	private Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.activityFixtures.neighbourhood("Realiseerwijk");
		this.partner = this.network.partner("Realiseerpartner", PartnerDomain.ARTS_CULTURE);
	}

	@AfterEach
	void cleanUp() {
		this.activityFixtures.deleteCreated();
		this.createdIdeas.forEach((id) -> this.jdbc.update("delete from idea where id = ?", id));
		this.network.deleteCreated();
	}

	@Test
	void aPlannedIdeaIsRealisedOnTheDayItsActivityTookPlace(Scenario scenario) {
		Long idea = idea("Technisch lego", IdeaStatus.PLANNED);
		Long activity = activityRealising(idea);

		scenario.stimulate(() -> this.activities.markDone(activity, 14))
			.andWaitForStateChange(() -> this.ideas.get(idea).status(), (status) -> status == IdeaStatus.REALISED)
			.andVerify((status) -> assertThat(this.ideas.timeline(idea)).last()
				.isEqualTo(new HistoryEntry<>(IdeaStatus.PLANNED, IdeaStatus.REALISED, HELD_ON, Actor.SYSTEM.name(),
						null)));
	}

	@Test
	void anIdeaThatIsNotPlannedYetStaysWhereItIs(Scenario scenario) {
		Long idea = idea("Een muurschildering", IdeaStatus.EXPLORING);
		Long activity = activityRealising(idea);

		scenario.stimulate(() -> this.activities.markDone(activity, 9))
			.andWaitForStateChange(() -> completedPublicationsFor(activity), (count) -> count > 0)
			.andVerify((count) -> {
				assertThat(count).isOne();
				assertThat(this.ideas.get(idea).status()).isEqualTo(IdeaStatus.EXPLORING);
				assertThat(this.ideas.timeline(idea)).extracting(HistoryEntry::to)
					.containsExactly(IdeaStatus.COLLECTED, IdeaStatus.EXPLORING);
			});
	}

	@Test
	void completingAnActivityPublishesWhatHappened(Scenario scenario) {
		Long idea = idea("Samen een film opnemen", IdeaStatus.PLANNED);
		Long activity = activityRealising(idea);

		scenario.stimulate(() -> this.activities.markDone(activity, 21))
			.andWaitForEventOfType(ActivityCompleted.class)
			.matching((event) -> event.activityId().equals(activity))
			.toArriveAndVerify(
					(event) -> assertThat(event).isEqualTo(new ActivityCompleted(activity, idea, HELD_ON, 21)));
	}

	@Test
	void anActivityThatRealisesNoIdeaLeavesNothingForTheIdeaModule(Scenario scenario) {
		Long activity = this.activityFixtures
			.activity(activity(this.neighbourhood, this.partner, HELD_ON, "10:00", "11:00").title("Zomaar"));

		scenario.stimulate(() -> this.activities.markDone(activity, 7))
			.andWaitForEventOfType(ActivityCompleted.class)
			.matching((event) -> event.activityId().equals(activity))
			.toArriveAndVerify((event) -> {
				assertThat(event.sourceIdeaId()).isNull();
				assertThat(publicationsFor(activity, false)).isZero();
			});
	}

	private Long idea(String title, IdeaStatus status) {
		Long id = this.ideas.collect(
				new IdeaData(title, null, null, this.neighbourhood, Discipline.OTHER, 5, COLLECTED_ON), Actor.SYSTEM);
		this.createdIdeas.add(id);
		if (status != IdeaStatus.COLLECTED) {
			this.ideas.changeStatus(id, IdeaStatus.EXPLORING, COLLECTED_ON.plusDays(7), null, Actor.SYSTEM);
		}
		if (status == IdeaStatus.PLANNED) {
			this.ideas.changeStatus(id, IdeaStatus.PLANNED, COLLECTED_ON.plusDays(14), null, Actor.SYSTEM);
		}
		return id;
	}

	private Long activityRealising(Long idea) {
		Long activity = this.activityFixtures
			.activity(activity(this.neighbourhood, this.partner, HELD_ON, "14:00", "15:30").title("Middag"));
		this.ideas.linkActivity(idea, activity);
		return activity;
	}

	/** Stored publications of the activity's completion whose listener has finished. */
	private long completedPublicationsFor(Long activity) {
		return publicationsFor(activity, true);
	}

	private long publicationsFor(Long activity, boolean completedOnly) {
		return this.jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type = ? and (? = false or completion_date is not null)
				  and serialized_event like ?
				""", Long.class, ActivityCompleted.class.getName(), completedOnly,
				"%\"activityId\":" + activity + ",%");
	}

}
