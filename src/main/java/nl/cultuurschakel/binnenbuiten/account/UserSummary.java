package nl.cultuurschakel.binnenbuiten.account;

/**
 * One row of the user administration list.
 */
public record UserSummary(Long id, String username, String displayName, Role role, Long partnerId, boolean enabled,
		boolean locked) {

}
