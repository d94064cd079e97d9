package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.List;

/**
 * Which neighbourhoods the figures are about: all ({@code neighbourhoodIds == null}) or
 * the given ones (one neighbourhood, or the neighbourhoods of a district).
 *
 * @param label what the page calls the selection (a neighbourhood or district name), or
 * null for all
 */
public record Selection(List<Long> neighbourhoodIds, String label) {

	public static Selection all() {
		return new Selection(null, null);
	}

	public boolean isAll() {
		return this.neighbourhoodIds == null;
	}

}
