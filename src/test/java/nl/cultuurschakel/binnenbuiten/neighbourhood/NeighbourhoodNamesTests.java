package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one id-to-name map of neighbourhoods that lists, exports and reports label their
 * rows with.
 */
@IntegrationTest
class NeighbourhoodNamesTests {

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void namesOfTheGivenNeighbourhoodsLeaveUnknownIdsOut() {
		Long naamwijk = this.network.neighbourhood("Naamwijk");
		String name = this.neighbourhoods.get(naamwijk).name();

		assertThat(this.neighbourhoods.names(List.of(naamwijk, 999_999_999L)))
			.containsExactlyEntriesOf(Map.of(naamwijk, name));
		assertThat(this.neighbourhoods.names(Set.of())).isEmpty();
	}

	@Test
	void allNamesHoldEveryNeighbourhood() {
		Long one = this.network.neighbourhood("Allewijk");
		Long two = this.network.neighbourhood("Anderewijk");

		assertThat(this.neighbourhoods.allNames()).containsKeys(one, two)
			.hasSize(this.neighbourhoods.all().size())
			.containsEntry(two, this.neighbourhoods.get(two).name());
	}

}
