package nl.cultuurschakel.binnenbuiten.grant;

/**
 * Filter of the grant list and export; every part may be null. The year is that of the
 * decision, or of the request while undecided.
 */
public record GrantFilter(Integer year, GrantStatus status, Long neighbourhoodId, Long partnerId) {

	public GrantFilter forPartner(Long partnerId) {
		return new GrantFilter(this.year, this.status, this.neighbourhoodId, partnerId);
	}

}
