package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The period and roles of a membership.
 */
public record MembershipTerms(Period period, Set<MembershipRole> roles) {

	public MembershipTerms {
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

}
