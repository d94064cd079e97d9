package nl.cultuurschakel.binnenbuiten.dashboard;

/**
 * The written sections of a report.
 */
public record Narrative(String introduction, String highlights, String lessons, long version) {

	public static Narrative empty() {
		return new Narrative(null, null, null, 0);
	}

	public boolean isEmpty() {
		return this.introduction == null && this.highlights == null && this.lessons == null;
	}

}
