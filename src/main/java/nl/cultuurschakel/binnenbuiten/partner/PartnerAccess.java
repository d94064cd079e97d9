package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Objects;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change a partner's profile and spaces: staff for every partner, a partner user
 * only for the own organisation. Checked on the server for every record.
 */
public final class PartnerAccess {

	private PartnerAccess() {
	}

	public static boolean mayEdit(CurrentUser user, Long partnerId) {
		return user.isStaff() || (user.getPartnerId() != null && Objects.equals(user.getPartnerId(), partnerId));
	}

	/**
	 * @throws AccessDeniedException (403) when the user may not edit this partner
	 */
	public static void checkMayEdit(CurrentUser user, Long partnerId) {
		if (!mayEdit(user, partnerId)) {
			throw new AccessDeniedException("Not your organisation");
		}
	}

}
