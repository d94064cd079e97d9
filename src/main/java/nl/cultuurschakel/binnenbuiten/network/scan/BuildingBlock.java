package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.List;
import java.util.Locale;

/**
 * The five building blocks (bouwstenen) of a successful learning ecosystem, in the order
 * of the brochure; their names are messages {@code scan.block.<key>}.
 */
public enum BuildingBlock {

	SOLID_BASE, STRONGER_TOGETHER, EVERYONE_JOINS_IN, SMART_PLANNING, LOOKING_AHEAD;

	/** The block's items, in order. */
	public List<ScanItem> items() {
		return ScanItem.of(this);
	}

	/** The key in messages and page anchors, such as {@code solid-base}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
