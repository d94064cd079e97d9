package nl.cultuurschakel.binnenbuiten.account;

import com.github.benmanes.caffeine.cache.Ticker;
import nl.cultuurschakel.binnenbuiten.shared.web.ClientThrottle;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing per client address, next to the lock-out per account
 * ({@link LoginAttempts}): every failed log-in and every wrong current password counts
 * against the address it came from; an address that used up its tries
 * ({@link LoginThrottleProperties}) is refused without its password being checked, for
 * every username alike, so the refusal tells nothing about which accounts exist.
 * <p>
 * The address is {@code request.getRemoteAddr()}: the client itself, or, behind a reverse
 * proxy, the proxy, unless {@code server.forward-headers-strategy} is set so that it is
 * the address the proxy forwarded (see README, Production). It is never read from a
 * header the client chose.
 */
@Component
public class LoginThrottle {

	private final ClientThrottle failures;

	LoginThrottle(LoginThrottleProperties properties) {
		this.failures = new ClientThrottle(properties.maxFailures(), properties.window(), properties.maxClients(),
				Ticker.systemTicker());
	}

	/** Whether this address has used up its tries for now. */
	public boolean isThrottled(String address) {
		return address != null && this.failures.isBlocked(address);
	}

	/** Counts a wrong password from this address. */
	public void failed(String address) {
		if (address != null) {
			this.failures.missed(address);
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		failed(SecurityEvents.address(event.getAuthentication()));
	}

}
