package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One neighbourhood as pages show it.
 */
public record NeighbourhoodDetails(Long id, String name, District district, String profile, Integer children4To12,
		EcosystemPhase phase, LocalDate activeSince, BigDecimal latitude, BigDecimal longitude, long version) {

	public NeighbourhoodData data() {
		return new NeighbourhoodData(this.name, this.district, this.profile, this.children4To12, this.activeSince,
				this.latitude, this.longitude);
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

}
