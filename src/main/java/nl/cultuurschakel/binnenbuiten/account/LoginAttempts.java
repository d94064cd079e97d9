package nl.cultuurschakel.binnenbuiten.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed log-ins
 * in a row. The log-in page shows the same message for a wrong password, an unknown user
 * and a locked account, so it never tells whether a username exists.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccountRepository users;

	private final Clock clock;

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = this.clock.instant();
		if (this.users.recordFailedLogin(username, now, now.plus(LOCK_DURATION), MAX_FAILURES) > 0) {
			this.users.findByUsername(username)
				.filter((user) -> user.isLockedAt(now))
				.ifPresent((user) -> log.warn("Account {} locked until {} after {} failed log-ins", user.getId(),
						user.getLockedUntil(), MAX_FAILURES));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		this.users.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
