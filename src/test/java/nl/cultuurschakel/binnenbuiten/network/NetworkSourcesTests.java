package nl.cultuurschakel.binnenbuiten.network;

import java.time.LocalDate;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.contact.ContactFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantOnIdea;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaTakeUp;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkMember;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small queries the network reads from the other modules' public APIs: ids only, per
 * neighbourhood and period.
 */
@IntegrationTest
class NetworkSourcesTests extends WithNetworkScenario {

	private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate TO = LocalDate.of(2024, 12, 31);

	@Autowired
	NetworkQueries members;

	@Autowired
	ActivityFigures activities;

	@Autowired
	ContactFigures contacts;

	@Autowired
	IdeaService ideas;

	@Autowired
	GrantService grants;

	@Test
	void membersDuringAPeriodAreThoseOfTheNeighbourhoodWithTheirRoles() {
		assertThat(this.members.membersDuring(this.scenario.neighbourhood, FROM, TO))
			.extracting(NetworkMember::partnerId)
			.containsExactlyInAnyOrder(this.scenario.a, this.scenario.b, this.scenario.c, this.scenario.d,
					this.scenario.e);
		assertThat(this.members.membersDuring(this.scenario.neighbourhood, FROM, TO))
			.filteredOn((member) -> member.partnerId().equals(this.scenario.a))
			.singleElement()
			.extracting(NetworkMember::roles)
			.isEqualTo(Set.of(MembershipRole.PLAN_OWNER));
		assertThat(this.members.membersDuring(this.scenario.neighbourhood, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 12, 31)))
			.isEmpty();
	}

	@Test
	void organisersPerActivityOfTheNeighbourhoodAndPeriod() {
		assertThat(this.activities.organisersPerActivity(this.scenario.neighbourhood, FROM, TO)).hasSize(3)
			.containsValue(Set.of(this.scenario.a, this.scenario.b, this.scenario.f));
		assertThat(this.activities
			.organisersPerActivity(this.scenario.neighbourhood, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
			.values()).containsExactly(Set.of(this.scenario.a, this.scenario.c));
	}

	@Test
	void partnersPerContactAreTheCounterpartAndThosePresent() {
		assertThat(this.contacts.partnersPerContact(this.scenario.neighbourhood, FROM, TO).values())
			.containsExactly(Set.of(this.scenario.a, this.scenario.c, this.scenario.d));
		assertThat(this.contacts.partnersPerContact(this.scenario.otherNeighbourhood, FROM, TO)).isEmpty();
	}

	@Test
	void takeUpsAndGrantsOnIdeas() {
		assertThat(this.ideas.takeUpsIn(this.scenario.neighbourhood)).singleElement().satisfies((takeUp) -> {
			assertThat(takeUp.collectedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
			assertThat(takeUp.partnerIds()).containsExactlyInAnyOrder(this.scenario.b, this.scenario.c);
		});
		Long idea = this.ideas.takeUpsIn(this.scenario.neighbourhood).get(0).ideaId();
		assertThat(this.grants.onIdeas(Set.of(idea), FROM, TO)).extracting(GrantOnIdea::recipientId)
			.containsExactly(this.scenario.d);
		assertThat(this.grants.onIdeas(Set.of(idea), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isEmpty();
		assertThat(this.grants.onIdeas(Set.of(), FROM, TO)).isEmpty();
		assertThat(this.ideas.takeUpsIn(this.scenario.otherNeighbourhood)).extracting(IdeaTakeUp::ideaId).isEmpty();
	}

}
