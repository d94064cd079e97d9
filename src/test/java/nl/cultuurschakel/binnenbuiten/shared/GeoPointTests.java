package nl.cultuurschakel.binnenbuiten.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Positions keep six decimals and print as plain decimals with a dot; Den Haag's area
 * includes its bounds.
 */
class GeoPointTests {

	@Test
	void roundsToSixDecimalsAndPrintsPlainDecimals() {
		GeoPoint point = new GeoPoint(new BigDecimal("52.0705125"), new BigDecimal("4.3E+0"));

		assertThat(point.latitudeText()).isEqualTo("52.070513");
		assertThat(point.longitudeText()).isEqualTo("4.300000");
		assertThat(point.plusMicroDegrees(-13, 1500)).isEqualTo(new GeoPoint("52.070500", "4.301500"));
	}

	@Test
	void aPositionNeedsBothCoordinates() {
		assertThat(GeoPoint.ofNullable(new BigDecimal("52.07"), null)).isNull();
		assertThat(GeoPoint.ofNullable(null, null)).isNull();
		assertThat(GeoPoint.ofNullable(new BigDecimal("52.07"), new BigDecimal("4.3")))
			.isEqualTo(new GeoPoint("52.07", "4.3"));
	}

	@Test
	void denHaagReachesFromKijkduinToLeidschenveenAndNoFurther() {
		assertThat(DenHaag.AREA.contains(new GeoPoint("52.0799", "4.3113"))).as("Binnenhof").isTrue();
		assertThat(DenHaag.AREA.contains(new GeoPoint("51.95", "4.50"))).as("a corner").isTrue();
		assertThat(DenHaag.AREA.contains(new GeoPoint("52.0907", "5.1214"))).as("Utrecht").isFalse();
		assertThat(DenHaag.AREA.contains(new GeoPoint("51.9244", "4.4777"))).as("Rotterdam").isFalse();
		assertThat(DenHaag.AREA.contains(DenHaag.CENTRE)).isTrue();
	}

}
