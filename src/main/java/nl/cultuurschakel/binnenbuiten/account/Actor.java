package nl.cultuurschakel.binnenbuiten.account;

/**
 * Who makes a recorded change: a user id (null for the system) and the name shown in the
 * history.
 */
public record Actor(Long userId, String name) {

	public static final Actor SYSTEM = new Actor(null, "BinnenBuiten");

}
