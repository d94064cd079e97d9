package nl.cultuurschakel.binnenbuiten.account;

/**
 * What it takes to create a user. The password is the initial one, in plain text; it is
 * hashed before it is stored.
 */
public record NewUser(String username, String displayName, Role role, Long partnerId, String password) {

}
