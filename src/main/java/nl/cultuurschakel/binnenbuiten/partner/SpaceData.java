package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

/**
 * A shared space as entered.
 *
 * @param parallelUse whether the partner allows several activities in the space at the
 * same time (otherwise a double booking is refused)
 * @param position where the space is on the map, when not at its partner's position
 * ({@code null}: the map shows it at the partner's)
 */
public record SpaceData(String name, Integer capacity, String accessibilityNotes, boolean parallelUse,
		GeoPoint position) {

	public SpaceData(String name, Integer capacity, String accessibilityNotes, boolean parallelUse) {
		this(name, capacity, accessibilityNotes, parallelUse, null);
	}

	public SpaceData(String name, Integer capacity, String accessibilityNotes) {
		this(name, capacity, accessibilityNotes, false);
	}

}
