package nl.cultuurschakel.binnenbuiten.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and plan which activities. Staff: all. A partner user: activities in the
 * neighbourhoods where the own organisation is a member today; plans and edits only
 * activities the own organisation organises, in those neighbourhoods.
 */
@Component
@RequiredArgsConstructor
public class ActivityAccess {

	private final MembershipService memberships;

	private final Clock clock;

	/**
	 * @return the neighbourhoods the user may see, {@code null} for all
	 */
	public Set<Long> visibleNeighbourhoods(CurrentUser user) {
		if (user.isStaff()) {
			return null;
		}
		if (user.getPartnerId() == null) {
			return Set.of();
		}
		return Set.copyOf(this.memberships.currentNeighbourhoodIds(user.getPartnerId(), LocalDate.now(this.clock)));
	}

	public boolean maySee(CurrentUser user, Long neighbourhoodId) {
		Set<Long> visible = visibleNeighbourhoods(user);
		return visible == null || visible.contains(neighbourhoodId);
	}

	/**
	 * @throws ActivityNotFoundException (404) when the user may not see it
	 */
	public void checkMaySee(CurrentUser user, ActivityDetails activity) {
		if (!maySee(user, activity.data().neighbourhoodId())) {
			throw new ActivityNotFoundException(activity.id());
		}
	}

	/**
	 * The clashes as the user may read them: the other activity's title only when the
	 * user may see its neighbourhood, otherwise just its time.
	 */
	public List<Clash> asSeenBy(CurrentUser user, List<Clash> clashes) {
		Set<Long> visible = visibleNeighbourhoods(user);
		if (visible == null) {
			return clashes;
		}
		return clashes.stream()
			.map((clash) -> visible.contains(clash.second().neighbourhoodId()) ? clash : clash.withSecondUnnamed())
			.toList();
	}

	public boolean mayChange(CurrentUser user, ActivityData data) {
		return user.isStaff() || (user.getPartnerId() != null && data.partnerIds().contains(user.getPartnerId())
				&& maySee(user, data.neighbourhoodId()));
	}

	/**
	 * For an existing activity and for what is posted: the user's organisation must
	 * organise it, in one of the user's neighbourhoods.
	 * @throws AccessDeniedException (403) otherwise
	 */
	public void checkMayChange(CurrentUser user, ActivityData data) {
		if (!mayChange(user, data)) {
			throw new AccessDeniedException("Not an activity of your organisation in your neighbourhoods");
		}
	}

}
