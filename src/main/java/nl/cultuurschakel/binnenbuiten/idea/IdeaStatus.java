package nl.cultuurschakel.binnenbuiten.idea;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a children's idea stands: {@code COLLECTED → EXPLORING → PLANNED → REALISED}, or
 * {@code PARKED} (with a reason) from any open status, from where it may be reopened as
 * {@code COLLECTED}. No other move is allowed.
 */
public enum IdeaStatus {

	COLLECTED, EXPLORING, PLANNED, REALISED, PARKED;

	/**
	 * The statuses this one may move to.
	 */
	public Set<IdeaStatus> next() {
		return switch (this) {
			case COLLECTED -> EnumSet.of(EXPLORING, PARKED);
			case EXPLORING -> EnumSet.of(PLANNED, PARKED);
			case PLANNED -> EnumSet.of(REALISED, PARKED);
			case PARKED -> EnumSet.of(COLLECTED);
			case REALISED -> EnumSet.noneOf(IdeaStatus.class);
		};
	}

	public boolean canMoveTo(IdeaStatus target) {
		return next().contains(target);
	}

}
