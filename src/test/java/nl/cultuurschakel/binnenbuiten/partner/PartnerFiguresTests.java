package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code knowledge-partners}: knowledge partners whose membership overlaps the period, on
 * a small hand-made network restricted to its own neighbourhood.
 */
@IntegrationTest
class PartnerFiguresTests {

	private static final LocalDate FROM = LocalDate.of(2022, 1, 1);

	private static final LocalDate TO = LocalDate.of(2024, 12, 31);

	@Autowired
	PartnerFigures figures;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Kenniswijk");
		member("Eindigt op de eerste dag", true, LocalDate.of(2020, 1, 1), FROM);
		member("Begint op de laatste dag", true, TO, null);
		member("Geheel ervoor", true, LocalDate.of(2020, 1, 1), FROM.minusDays(1));
		member("Geheel erna", true, TO.plusDays(1), null);
		member("Geen kennispartner", false, FROM, null);
		Long twice = this.network.partner("Twee keer lid", PartnerDomain.SOCIAL, true);
		this.network.membership(twice, this.neighbourhood, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
		this.network.membership(twice, this.neighbourhood, LocalDate.of(2023, 1, 1), null);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void countsKnowledgePartnersWhoseMembershipOverlapsThePeriodOnce() {
		assertThat(this.figures.knowledgePartners(FROM, TO, List.of(this.neighbourhood))).isEqualTo(3);
		assertThat(this.figures.knowledgePartners(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
				List.of(this.neighbourhood)))
			.isEqualTo(3);
		assertThat(this.figures.knowledgePartners(FROM, TO, List.of())).isZero();
	}

	@Test
	void countsMembersPerDomain() {
		assertThat(this.figures.membersByDomain(FROM, TO, List.of(this.neighbourhood)))
			.containsEntry(PartnerDomain.ARTS_CULTURE, 3L)
			.containsEntry(PartnerDomain.SOCIAL, 1L)
			.containsEntry(PartnerDomain.EDUCATION, 0L);
	}

	@Test
	void countsMembersPerDomainForEachNeighbourhoodInOneAnswer() {
		Long other = this.network.neighbourhood("Andere kenniswijk");
		Long school = this.network.partner("School", PartnerDomain.EDUCATION);
		this.network.membership(school, other, FROM, null);
		Map<Long, Map<PartnerDomain, Long>> perNeighbourhood = this.figures.membersByDomainPerNeighbourhood(FROM, TO,
				List.of(this.neighbourhood, other));
		assertThat(perNeighbourhood.get(this.neighbourhood))
			.isEqualTo(this.figures.membersByDomain(FROM, TO, List.of(this.neighbourhood)));
		assertThat(perNeighbourhood.get(other)).containsEntry(PartnerDomain.EDUCATION, 1L)
			.containsEntry(PartnerDomain.ARTS_CULTURE, 0L)
			.hasSize(PartnerDomain.values().length);
		assertThat(this.figures.membersByDomainPerNeighbourhood(FROM, TO, List.of())).isEmpty();
	}

	private void member(String name, boolean knowledgePartner, LocalDate start, LocalDate end) {
		Long partner = this.network.partner(name, PartnerDomain.ARTS_CULTURE, knowledgePartner);
		this.network.membership(partner, this.neighbourhood, start, end);
	}

}
