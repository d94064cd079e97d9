package nl.cultuurschakel.binnenbuiten.partner;

/**
 * A shared space as pages show it.
 */
public record SpaceView(Long id, Long partnerId, String name, Integer capacity, String accessibilityNotes,
		boolean parallelUse, long version) {

	public SpaceData data() {
		return new SpaceData(this.name, this.capacity, this.accessibilityNotes, this.parallelUse);
	}

}
