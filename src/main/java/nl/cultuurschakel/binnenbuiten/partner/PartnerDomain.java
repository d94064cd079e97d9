package nl.cultuurschakel.binnenbuiten.partner;

/**
 * The domain a partner works in. The contact-moment figures split by this domain.
 */
public enum PartnerDomain {

	/** Kunst- en cultuuraanbieder. */
	ARTS_CULTURE,

	/** Sociaal domein / welzijn. */
	SOCIAL,

	/** Onderwijs. */
	EDUCATION,

	/** Overig: library, sports club, municipality, housing, … */
	OTHER

}
