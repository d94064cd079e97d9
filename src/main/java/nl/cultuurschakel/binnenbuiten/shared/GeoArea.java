package nl.cultuurschakel.binnenbuiten.shared;

import java.math.BigDecimal;

/**
 * A rectangle on the map between two latitudes and two longitudes, bounds included.
 */
public record GeoArea(BigDecimal south, BigDecimal north, BigDecimal west, BigDecimal east) {

	public GeoArea(String south, String north, String west, String east) {
		this(new BigDecimal(south), new BigDecimal(north), new BigDecimal(west), new BigDecimal(east));
	}

	public boolean containsLatitude(BigDecimal latitude) {
		return latitude.compareTo(this.south) >= 0 && latitude.compareTo(this.north) <= 0;
	}

	public boolean containsLongitude(BigDecimal longitude) {
		return longitude.compareTo(this.west) >= 0 && longitude.compareTo(this.east) <= 0;
	}

	public boolean contains(GeoPoint point) {
		return containsLatitude(point.latitude()) && containsLongitude(point.longitude());
	}

}
