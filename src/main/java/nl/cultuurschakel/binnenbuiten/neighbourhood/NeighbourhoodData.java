package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The descriptive data of a neighbourhood, as entered in the form or by the demo data.
 */
public record NeighbourhoodData(String name, District district, String profile, Integer children4To12,
		LocalDate activeSince, BigDecimal latitude, BigDecimal longitude) {

}
