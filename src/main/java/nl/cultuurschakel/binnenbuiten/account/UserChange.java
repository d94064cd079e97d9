package nl.cultuurschakel.binnenbuiten.account;

/**
 * An administrator's edit of a user, based on the version the administrator saw.
 */
public record UserChange(String displayName, Role role, Long partnerId, boolean enabled, long version) {

}
