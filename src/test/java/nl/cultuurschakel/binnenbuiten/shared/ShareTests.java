package nl.cultuurschakel.binnenbuiten.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareTests {

	@Test
	void roundsHalfUp() {
		assertThat(Share.percent(261, 555)).isEqualTo(47); // 47.03
		assertThat(Share.percent(139, 555)).isEqualTo(25); // 25.05
		assertThat(Share.percent(93, 200)).isEqualTo(47); // 46.5 rounds up
		assertThat(Share.percent(89, 200)).isEqualTo(45); // 44.5 rounds up
		assertThat(Share.percent(1, 3)).isEqualTo(33);
	}

	@Test
	void emptyTotalIsZeroPercent() {
		assertThat(Share.percent(0, 0)).isZero();
	}

}
