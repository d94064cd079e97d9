package nl.cultuurschakel.binnenbuiten.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A place on the map: latitude and longitude in degrees (WGS 84), rounded to six decimals
 * (about 10 cm), as the database keeps them.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

	/** The decimals kept of each coordinate. */
	public static final int SCALE = 6;

	public GeoPoint {
		latitude = Objects.requireNonNull(latitude, "latitude").setScale(SCALE, RoundingMode.HALF_UP);
		longitude = Objects.requireNonNull(longitude, "longitude").setScale(SCALE, RoundingMode.HALF_UP);
	}

	public GeoPoint(String latitude, String longitude) {
		this(new BigDecimal(latitude), new BigDecimal(longitude));
	}

	/**
	 * The point of two optional coordinates, or {@code null} when one of them is missing
	 * (forms refuse half a position before it gets here).
	 */
	public static GeoPoint ofNullable(BigDecimal latitude, BigDecimal longitude) {
		return (latitude != null && longitude != null) ? new GeoPoint(latitude, longitude) : null;
	}

	/**
	 * The point moved by the given number of millionths of a degree, for positions near
	 * another one.
	 */
	public GeoPoint plusMicroDegrees(long north, long east) {
		return new GeoPoint(this.latitude.add(BigDecimal.valueOf(north, SCALE)),
				this.longitude.add(BigDecimal.valueOf(east, SCALE)));
	}

	/**
	 * The latitude as a plain decimal with a dot, never locale-formatted, for attributes
	 * and scripts.
	 */
	public String latitudeText() {
		return this.latitude.toPlainString();
	}

	/**
	 * The longitude as a plain decimal with a dot, never locale-formatted.
	 */
	public String longitudeText() {
		return this.longitude.toPlainString();
	}

}
