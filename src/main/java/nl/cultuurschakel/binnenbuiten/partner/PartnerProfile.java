package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Collections;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.EnumSets;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

/**
 * What a partner organisation tells about itself: its fixed contact person (an adult's
 * professional contact details), where it is (address and, optionally, its position on
 * the neighbourhood map), and what it offers.
 */
public record PartnerProfile(String contactName, String contactEmail, String contactPhone, String website,
		String address, String offer, Set<OfferTag> tags, GeoPoint position) {

	public PartnerProfile {
		// Enum order, so pages list the tags in the same order every time.
		tags = Collections.unmodifiableSet(EnumSets.copyOf(OfferTag.class, tags));
	}

	/**
	 * A profile without a position on the map.
	 */
	public PartnerProfile(String contactName, String contactEmail, String contactPhone, String website, String address,
			String offer, Set<OfferTag> tags) {
		this(contactName, contactEmail, contactPhone, website, address, offer, tags, null);
	}

}
