package nl.cultuurschakel.binnenbuiten.contact;

/**
 * How the contact took place.
 */
public enum ContactKind {

	MEETING, PHONE, EMAIL, NETWORK_MEETING, SITE_VISIT, EVENT

}
