package nl.cultuurschakel.binnenbuiten.network.scan;

/**
 * An answer to one item of a scan, as another module gives it to {@link ScanEntry}: the
 * status and the evidence note (at most {@value ItemAnswer#NOTE_LENGTH} characters, blank
 * for none), as on the scan page.
 */
public record ScanAnswer(ItemStatus status, String note) {

	public ScanAnswer {
		if (status == null) {
			throw new IllegalArgumentException("An answer has a status");
		}
		if (note != null && note.length() > ItemAnswer.NOTE_LENGTH) {
			throw new IllegalArgumentException(
					"An evidence note has at most " + ItemAnswer.NOTE_LENGTH + " characters");
		}
	}

}
