package nl.cultuurschakel.binnenbuiten.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed log-ins
 * in a row. The log-in page shows the same message for a wrong password, an unknown user
 * and a locked account, so it never tells whether a username exists. A lock is a security
 * event ({@link SecurityEvents}); the throttle per client address ({@link LoginThrottle})
 * keeps one client from locking many accounts.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final UserAccountRepository users;

	private final Clock clock;

	private final SecurityEvents events;

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = this.clock.instant();
		if (this.users.recordFailedLogin(username, now, now.plus(LOCK_DURATION), MAX_FAILURES) > 0) {
			this.users.findByUsername(username)
				.filter((user) -> user.isLockedAt(now))
				.ifPresent((user) -> this.events.accountLocked(username,
						SecurityEvents.address(event.getAuthentication()), user.getLockedUntil()));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		this.users.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
