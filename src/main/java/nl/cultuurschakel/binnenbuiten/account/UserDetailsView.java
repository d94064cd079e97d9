package nl.cultuurschakel.binnenbuiten.account;

import java.time.Instant;

/**
 * One user as the administration pages show and edit it.
 */
public record UserDetailsView(Long id, String username, String displayName, Role role, Long partnerId, boolean enabled,
		int failedLogins, Instant lockedUntil, boolean locked, long version) {

}
