package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureKeyTests {

	@Test
	void keysAreTheOnesPagesAndToolsRead() {
		assertThat(Arrays.stream(FigureKey.values()).map(FigureKey::key)).containsExactly("activities",
				"knowledge-partners", "neighbourhoods", "contact-moments", "contact-share-arts-culture",
				"contact-share-social", "children-spoken", "ideas", "workshops", "grants", "children-reached",
				"grant-amount", "accessible-activities");
	}

	@Test
	void eachFigureKeepsItsUnit() {
		assertThat(FigureKey.CONTACT_SHARE_SOCIAL.unit()).isEqualTo(FigureKey.Unit.PERCENT);
		assertThat(FigureKey.GRANT_AMOUNT.unit()).isEqualTo(FigureKey.Unit.EUROS);
		assertThat(FigureKey.CHILDREN_REACHED.unit()).isEqualTo(FigureKey.Unit.COUNT);
	}

}
