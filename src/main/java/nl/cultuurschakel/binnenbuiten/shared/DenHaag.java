package nl.cultuurschakel.binnenbuiten.shared;

import java.time.ZoneId;

/**
 * The programme runs in Den Haag: every date and time shown or entered is local time
 * there, and every place on a map lies near it.
 */
public final class DenHaag {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * The municipality of Den Haag with a margin (Scheveningen to Wateringen, Kijkduin to
	 * Leidschenveen): the positions of neighbourhoods, partners and spaces lie inside.
	 */
	public static final GeoArea AREA = new GeoArea("51.95", "52.20", "4.10", "4.50");

	/** The centre of the city (the Binnenhof), where a map without points opens. */
	public static final GeoPoint CENTRE = new GeoPoint("52.079900", "4.311300");

	private DenHaag() {
	}

}
