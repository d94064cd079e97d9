package nl.cultuurschakel.binnenbuiten.partner;

/**
 * A shared space as entered.
 *
 * @param parallelUse whether the partner allows several activities in the space at the
 * same time (otherwise a double booking is refused)
 */
public record SpaceData(String name, Integer capacity, String accessibilityNotes, boolean parallelUse) {

	public SpaceData(String name, Integer capacity, String accessibilityNotes) {
		this(name, capacity, accessibilityNotes, false);
	}

}
