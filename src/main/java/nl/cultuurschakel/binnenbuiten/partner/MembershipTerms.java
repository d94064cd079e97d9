package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Collections;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.EnumSets;
import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * The period and roles of a membership. A membership has a start; an open end lasts until
 * further notice.
 */
public record MembershipTerms(Period period, Set<MembershipRole> roles) {

	public MembershipTerms {
		if (period == null || period.from() == null) {
			throw new IllegalArgumentException("A membership needs a start");
		}
		roles = Collections.unmodifiableSet(EnumSets.copyOf(MembershipRole.class, roles));
	}

}
