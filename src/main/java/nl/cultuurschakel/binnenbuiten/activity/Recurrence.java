package nl.cultuurschakel.binnenbuiten.activity;

/**
 * How often a series repeats.
 */
public enum Recurrence {

	WEEKLY(1), FORTNIGHTLY(2);

	private final int weeks;

	Recurrence(int weeks) {
		this.weeks = weeks;
	}

	public int weeks() {
		return this.weeks;
	}

}
