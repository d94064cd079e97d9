package nl.cultuurschakel.binnenbuiten.partner;

/**
 * The partner is already a member of this neighbourhood for (part of) the period.
 */
public class OverlappingMembershipException extends RuntimeException {

	OverlappingMembershipException(Long partnerId, Long neighbourhoodId) {
		super("Partner " + partnerId + " already has a membership of neighbourhood " + neighbourhoodId
				+ " in that period");
	}

}
