package nl.cultuurschakel.binnenbuiten.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the maps (the neighbourhood map, the position pickers) fetch their background
 * tiles: by default the Dutch government's free BRT-Achtergrondkaart (PDOK). The
 * Content-Security-Policy allows images from exactly the host of this URL; a relative URL
 * (tiles from the application itself, or none: tests use a path that does not exist)
 * allows nothing more.
 *
 * @param tileUrl a Leaflet tile URL template with {z}, {x} and {y}, setting
 * {@code binnenbuiten.map.tile-url}
 * @param attribution the credit the tile provider asks for, shown in the map's corner,
 * setting {@code binnenbuiten.map.attribution}
 */
@ConfigurationProperties("binnenbuiten.map")
public record MapTiles(
		@DefaultValue("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("Kaartgegevens © Kadaster") String attribution) {

	/**
	 * Scheme, host and port of an absolute http(s) URL; a placeholder in the host is no
	 * host.
	 */
	private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#{}\\s]+)(?:[/?#].*)?$",
			Pattern.CASE_INSENSITIVE);

	public MapTiles {
		tileUrl = (tileUrl != null) ? tileUrl.strip() : "";
		attribution = (attribution != null) ? attribution.strip() : "";
	}

	/**
	 * Where a map without a point of its own opens: the centre of Den Haag.
	 */
	public GeoPoint home() {
		return DenHaag.CENTRE;
	}

	/**
	 * The origin the tiles come from ({@code https://service.pdok.nl}), or empty for a
	 * relative or empty URL.
	 */
	public Optional<String> origin() {
		Matcher matcher = ORIGIN.matcher(this.tileUrl);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
