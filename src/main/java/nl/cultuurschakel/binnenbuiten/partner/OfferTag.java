package nl.cultuurschakel.binnenbuiten.partner;

/**
 * What a partner can offer children or the network, for finding the right partner.
 */
public enum OfferTag {

	DANCE, MUSIC, THEATRE, VISUAL_ARTS, MEDIA, TECH, SPORT, LANGUAGE, PARENTS

}
