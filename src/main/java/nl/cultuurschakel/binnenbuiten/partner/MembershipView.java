package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * A membership as pages show it, with the names of both sides.
 */
public record MembershipView(Long id, Long partnerId, String partnerName, Long neighbourhoodId,
		String neighbourhoodName, LocalDate startDate, LocalDate endDate, Set<MembershipRole> roles, long version) {

	public boolean isCurrentOn(LocalDate day) {
		return new Period(this.startDate, this.endDate).contains(day);
	}

}
