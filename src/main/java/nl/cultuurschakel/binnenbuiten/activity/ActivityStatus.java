package nl.cultuurschakel.binnenbuiten.activity;

/**
 * Planned, done (with the number of children reached) or cancelled (with a reason).
 */
public enum ActivityStatus {

	PLANNED, DONE, CANCELLED

}
