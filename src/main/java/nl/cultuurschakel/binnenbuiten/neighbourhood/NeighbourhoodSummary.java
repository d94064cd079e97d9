package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

/**
 * One row of the neighbourhood list, and the way other modules name a neighbourhood.
 */
public record NeighbourhoodSummary(Long id, String name, District district, EcosystemPhase phase,
		LocalDate activeSince) {

}
