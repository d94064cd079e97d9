package nl.cultuurschakel.binnenbuiten.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's open sessions when their access changes (disabled, another role or
 * partner, a new password), so the change counts from the next request instead of from
 * the next log-in. Each such session answers its next request with a redirect to the
 * log-in page (Spring Security's {@code ConcurrentSessionFilter}).
 * <p>
 * Works on Spring Security's {@link SessionRegistry}: a
 * {@code SpringSessionBackedSessionRegistry} over the session store every instance shares
 * (Spring Session JDBC, see {@code SecurityConfiguration}), so it finds a user's sessions
 * by username on every instance and marks them expired in the database. It only asks for
 * sessions by principal, never for all principals.
 */
@Component
@RequiredArgsConstructor
class AccountSessions {

	private final SessionRegistry registry;

	/**
	 * Ends every session of the user once the current transaction commits.
	 */
	void endAll(UserAccount account) {
		endAllExcept(account, null);
	}

	/**
	 * Ends every session of the user but the given one once the current transaction
	 * commits.
	 * @param keptSessionId the session to keep, may be {@code null}
	 */
	void endAllExcept(UserAccount account, String keptSessionId) {
		// Sessions are found by principal; principals are equal when their usernames are.
		CurrentUser principal = new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getRole(), account.getPartnerId(), account.isEnabled(), true, null);
		afterCommit(() -> {
			for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
				if (!session.getSessionId().equals(keptSessionId)) {
					session.expireNow();
				}
			}
		});
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
