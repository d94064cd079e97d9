package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact figures on a small hand-made dataset, restricted to its own neighbourhoods
 * so other data in the test database does not count.
 */
@IntegrationTest
class ContactFiguresTests {

	@Autowired
	ContactFigures figures;

	@Autowired
	ContactService contacts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	Long north;

	Long south;

	@BeforeEach
	void setUp() {
		CurrentUser advisor = this.accounts.create("figures", Role.ADVISOR);
		this.north = this.network.neighbourhood("Noord");
		this.south = this.network.neighbourhood("Zuid");
		Long arts = this.network.partner("Kunst", PartnerDomain.ARTS_CULTURE);
		Long social = this.network.partner("Welzijn", PartnerDomain.SOCIAL);
		Long school = this.network.partner("School", PartnerDomain.EDUCATION);
		log(advisor, arts, this.north, LocalDate.of(2021, 12, 31)); // the day before the
																	// period
		log(advisor, arts, this.north, LocalDate.of(2022, 1, 1)); // first day
		log(advisor, arts, this.north, LocalDate.of(2023, 7, 1));
		log(advisor, social, this.south, LocalDate.of(2024, 12, 31)); // last day
		log(advisor, school, this.south, LocalDate.of(2025, 1, 1)); // the day after
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void periodBoundariesAreInclusive() {
		assertThat(this.figures.count(from(), to(), both())).isEqualTo(3);
		assertThat(this.figures.count(LocalDate.of(2022, 1, 2), LocalDate.of(2024, 12, 30), both())).isEqualTo(1);
	}

	@Test
	void splitsByDomainWithHalfUpPercentages() {
		DomainSplit split = this.figures.domainSplit(from(), to(), both());
		assertThat(split.total()).isEqualTo(3);
		assertThat(split.count(PartnerDomain.ARTS_CULTURE)).isEqualTo(2);
		assertThat(split.percent(PartnerDomain.ARTS_CULTURE)).isEqualTo(67);
		assertThat(split.percent(PartnerDomain.SOCIAL)).isEqualTo(33);
		assertThat(split.percent(PartnerDomain.EDUCATION)).isZero();
	}

	@Test
	void restrictsToNeighbourhoodsAndGroupsPerYear() {
		assertThat(this.figures.count(from(), to(), List.of(this.north))).isEqualTo(2);
		assertThat(this.figures.count(from(), to(), List.of())).isZero();
		assertThat(this.figures.perYear(from(), to(), both())).containsExactly(java.util.Map.entry(2022, 1L),
				java.util.Map.entry(2023, 1L), java.util.Map.entry(2024, 1L));
		assertThat(this.figures.perNeighbourhood(from(), to(), both())).containsEntry(this.north, 2L)
			.containsEntry(this.south, 1L);
		assertThat(this.figures.neighbourhoodIds(from(), to())).contains(this.north, this.south);
		assertThat(this.figures.neighbourhoodIds(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
			.contains(this.south)
			.doesNotContain(this.north);
	}

	private List<Long> both() {
		return List.of(this.north, this.south);
	}

	private static LocalDate from() {
		return LocalDate.of(2022, 1, 1);
	}

	private static LocalDate to() {
		return LocalDate.of(2024, 12, 31);
	}

	private void log(CurrentUser advisor, Long partner, Long neighbourhood, LocalDate date) {
		this.contacts.log(new ContactData(date, advisor.getId(), partner, Set.of(), neighbourhood, ContactKind.PHONE,
				"Telefoon", null, null, null, false), UUID.randomUUID());
	}

}
