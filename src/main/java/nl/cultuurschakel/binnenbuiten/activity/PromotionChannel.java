package nl.cultuurschakel.binnenbuiten.activity;

/**
 * How an activity is promoted (building block 4: promote through several channels).
 */
public enum PromotionChannel {

	SCHOOL_NEWSLETTER, POSTER_FLYER, SOCIAL_MEDIA, NEIGHBOURHOOD_WEBSITE, VIA_PARTNER, WORD_OF_MOUTH

}
