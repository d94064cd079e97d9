package nl.cultuurschakel.binnenbuiten.activity;

/**
 * The ages an activity is meant for, both inclusive, within 4–18.
 */
public record AgeRange(int min, int max) {

	public static final int YOUNGEST = 4;

	public static final int OLDEST = 18;

	public AgeRange {
		if (min < YOUNGEST || max > OLDEST || min > max) {
			throw new InvalidActivityException("ages must be within 4-18, youngest first");
		}
	}

	/**
	 * Whether some child fits both ranges (4–8 and 8–12 share age 8).
	 */
	public boolean overlaps(AgeRange other) {
		return this.min <= other.max && other.min <= this.max;
	}

}
