package nl.cultuurschakel.binnenbuiten.activity;

/**
 * Two activities at the same time: in the same neighbourhood for the same children (a
 * warning), or in the same space that the partner does not share in parallel (refused).
 */
public enum ClashKind {

	OVERLAP, DOUBLE_BOOKING

}
