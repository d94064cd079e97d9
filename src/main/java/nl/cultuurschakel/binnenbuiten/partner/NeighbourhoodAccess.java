package nl.cultuurschakel.binnenbuiten.partner;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see what a neighbourhood's network shares (its map, its members): staff
 * (advisors and coordinators) every neighbourhood, a partner user only the neighbourhoods
 * where the own organisation is a member today. The partner module owns memberships, so
 * the rule lives here, for every module that shows a neighbourhood to partner users.
 */
@Component
@RequiredArgsConstructor
public class NeighbourhoodAccess {

	private final MembershipService memberships;

	private final Clock clock;

	public boolean maySee(CurrentUser user, Long neighbourhoodId) {
		if (user.isStaff()) {
			return true;
		}
		return user.getPartnerId() != null
				&& this.memberships.currentNeighbourhoodIds(user.getPartnerId(), LocalDate.now(this.clock))
					.contains(neighbourhoodId);
	}

	/**
	 * @throws NeighbourhoodNotFoundException (404, as for a neighbourhood that does not
	 * exist) when the user may not see it
	 */
	public void checkMaySee(CurrentUser user, Long neighbourhoodId) {
		if (!maySee(user, neighbourhoodId)) {
			throw new NeighbourhoodNotFoundException(neighbourhoodId);
		}
	}

}
