package nl.cultuurschakel.binnenbuiten.activity;

import java.util.Optional;

/**
 * Two activities at the same time: in the same neighbourhood for the same children (a
 * warning), or in the same space that the partner does not share in parallel (refused).
 */
public enum ClashKind {

	OVERLAP, DOUBLE_BOOKING;

	/**
	 * How two activities clash, if they do: at overlapping times in the same space (a
	 * double booking, unless the space is shared in parallel), or else in the same
	 * neighbourhood for overlapping ages (an overlap).
	 * @param parallelUse whether their space, if they share one, may be used by several
	 * activities at once
	 */
	public static Optional<ClashKind> between(ActivityData a, ActivityData b, boolean parallelUse) {
		if (!a.slot().overlaps(b.slot())) {
			return Optional.empty();
		}
		boolean sameSpace = a.spaceId() != null && a.spaceId().equals(b.spaceId());
		if (sameSpace && !parallelUse) {
			return Optional.of(DOUBLE_BOOKING);
		}
		boolean sameChildren = a.neighbourhoodId().equals(b.neighbourhoodId()) && a.ages().overlaps(b.ages());
		return sameChildren ? Optional.of(OVERLAP) : Optional.empty();
	}

	/**
	 * The more serious of two kinds: a double booking before an overlap.
	 */
	static ClashKind moreSerious(ClashKind a, ClashKind b) {
		return (a == DOUBLE_BOOKING) ? a : b;
	}

}
