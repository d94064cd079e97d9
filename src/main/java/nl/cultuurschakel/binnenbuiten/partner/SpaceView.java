package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

/**
 * A shared space as pages show it, with its own position on the map ({@code null}: at its
 * partner's).
 */
public record SpaceView(Long id, Long partnerId, String name, Integer capacity, String accessibilityNotes,
		boolean parallelUse, GeoPoint position, long version) {

	public SpaceData data() {
		return new SpaceData(this.name, this.capacity, this.accessibilityNotes, this.parallelUse, this.position);
	}

}
