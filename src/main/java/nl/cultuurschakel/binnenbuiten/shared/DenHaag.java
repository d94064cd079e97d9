package nl.cultuurschakel.binnenbuiten.shared;

import java.time.ZoneId;

/**
 * The programme runs in Den Haag: every date and time shown or entered is local time
 * there.
 */
public final class DenHaag {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DenHaag() {
	}

}
