package nl.cultuurschakel.binnenbuiten.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo network generator created, for the generators of the other modules.
 *
 * @param neighbourhoods neighbourhood ids by name, in the order of
 * {@link DemoNeighbourhoods#SPECS}
 * @param partners partner ids by name
 * @param localPartners per neighbourhood name: its school, second school, arts provider,
 * welfare organisation and community centre or club (ids, in that order)
 */
record DemoNetwork(Map<String, Long> neighbourhoods, Map<String, Long> partners,
		Map<String, List<Long>> localPartners) {

	List<Long> neighbourhoodIds() {
		return List.copyOf(this.neighbourhoods.values());
	}

}
