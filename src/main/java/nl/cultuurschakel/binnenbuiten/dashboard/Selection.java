package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;

/**
 * Which neighbourhoods the figures are about: all ({@code neighbourhoodIds == null}), one
 * neighbourhood, or the neighbourhoods of a district.
 *
 * @param neighbourhood the one neighbourhood chosen, or null
 * @param district the district chosen, or null
 */
public record Selection(List<Long> neighbourhoodIds, NeighbourhoodSummary neighbourhood, District district) {

	public static Selection all() {
		return new Selection(null, null, null);
	}

	public static Selection of(NeighbourhoodSummary neighbourhood) {
		return new Selection(List.of(neighbourhood.id()), neighbourhood, null);
	}

	/** The district's neighbourhoods, taken from {@code all}. */
	public static Selection of(District district, List<NeighbourhoodSummary> all) {
		return new Selection(
				all.stream().filter((n) -> n.district() == district).map(NeighbourhoodSummary::id).toList(), null,
				district);
	}

	public boolean isAll() {
		return this.neighbourhoodIds == null;
	}

	/** Whether the neighbourhood is among the selected ones. */
	public boolean includes(Long neighbourhoodId) {
		return isAll() || this.neighbourhoodIds.contains(neighbourhoodId);
	}

	/** The id as the {@code neighbourhood} URL parameter carries it, or null. */
	public Long neighbourhoodId() {
		return (this.neighbourhood != null) ? this.neighbourhood.id() : null;
	}

}
