package nl.cultuurschakel.binnenbuiten.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed password checks one client address gets (log-ins and the current
 * password when changing it, together) before it is refused for a while.
 *
 * @param maxFailures failures an address may make in a row before it is throttled
 * @param window the time in which an address earns all its tries back (one per
 * {@code window / maxFailures})
 * @param maxClients how many addresses are remembered at most (memory stays bounded)
 */
@ConfigurationProperties("binnenbuiten.security.login-throttle")
record LoginThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("10000") int maxClients) {

}
