package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the neighbourhood list, and the way other modules name a neighbourhood.
 */
public record NeighbourhoodSummary(Long id, String name, District district, EcosystemPhase phase,
		LocalDate activeSince) {

	/**
	 * The names of these neighbourhoods by id, for pages that have the summaries already.
	 */
	public static Map<Long, String> namesOf(Collection<NeighbourhoodSummary> neighbourhoods) {
		return neighbourhoods.stream().collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
	}

}
