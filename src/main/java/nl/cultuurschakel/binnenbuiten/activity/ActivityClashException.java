package nl.cultuurschakel.binnenbuiten.activity;

import java.util.List;

/**
 * Saving would clash with other activities: either overlaps the user has not confirmed
 * yet, or a double booking of a space (never allowed).
 */
public class ActivityClashException extends RuntimeException {

	private final transient List<Clash> clashes;

	ActivityClashException(List<Clash> clashes) {
		super(clashes.size() + " clashes");
		this.clashes = List.copyOf(clashes);
	}

	public List<Clash> clashes() {
		return this.clashes;
	}

	public boolean isDoubleBooking() {
		return this.clashes.stream().anyMatch((clash) -> clash.kind() == ClashKind.DOUBLE_BOOKING);
	}

}
