package nl.cultuurschakel.binnenbuiten.network;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;

import org.springframework.stereotype.Component;

/**
 * Who may see which network: staff (advisors and coordinators) every neighbourhood's, a
 * partner user only those of the neighbourhoods where the own organisation is a member
 * today (as for activities). Checked on the server for every request.
 */
@Component
@RequiredArgsConstructor
public class NetworkAccess {

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
