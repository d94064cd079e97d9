package nl.cultuurschakel.binnenbuiten.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: creating and administering users and changing passwords.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AccountService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AccountSessions sessions;

	public boolean hasUsers() {
		return this.users.count() > 0;
	}

	public Page<UserSummary> findUsers(String search, Role role, Pageable pageable) {
		Instant now = this.clock.instant();
		PredicateSpecification<UserAccount> matching = PredicateSpecification
			.allOf(Specifications.<UserAccount>contains("username", search)
				.or(Specifications.contains("displayName", search)), Specifications.equal("role", role));
		return this.users.findAll(Specification.where(matching), pageable)
			.map((user) -> new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
					user.getPartnerId(), user.isEnabled(), user.isLockedAt(now)));
	}

	/**
	 * Enabled advisors and coordinators by name, for pickers and filters.
	 */
	public List<StaffMember> staff() {
		return this.users.findStaff(List.of(Role.ADVISOR, Role.COORDINATOR));
	}

	/**
	 * Display names of the given users by id, in one query.
	 */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
	}

	/**
	 * Display names of all users by id (a small table), for exports.
	 */
	public Map<Long, String> allDisplayNames() {
		return this.users.findAll().stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
	}

	public UserDetailsView getUser(Long id) {
		return toView(load(id));
	}

	/**
	 * Creates a user with an initial password that must follow the
	 * {@link PasswordPolicy}.
	 * @return the new user's id
	 * @throws UsernameTakenException when the username exists (in any case)
	 * @throws InvalidPasswordException when the password breaks the policy
	 */
	@Transactional
	public Long createUser(NewUser user) {
		if (this.users.existsByUsername(user.username())) {
			throw new UsernameTakenException(user.username());
		}
		checkPolicy(user.username(), user.password());
		UserAccount account = new UserAccount(user.username(), user.displayName(),
				this.passwordEncoder.encode(user.password()), user.role(), user.partnerId(), this.clock.instant());
		return this.users.save(account).getId();
	}

	/**
	 * Applies an administrator's edit. When it disables the user or changes the role or
	 * partner link, the user's open sessions end.
	 * @throws ObjectOptimisticLockingFailureException when someone changed the user since
	 * the administrator opened the form
	 */
	@Transactional
	public void updateUser(Long id, UserChange change) {
		UserAccount account = load(id);
		account.checkVersion(change.version());
		Access before = Access.of(account);
		account.rename(change.displayName());
		account.assignRole(change.role(), change.partnerId());
		account.enable(change.enabled());
		if (!Access.of(account).equals(before)) {
			this.sessions.endAll(account);
		}
	}

	/**
	 * Sets a new password chosen by an administrator; also lifts a lock-out and ends the
	 * user's open sessions.
	 */
	@Transactional
	public void resetPassword(Long id, String newPassword) {
		UserAccount account = load(id);
		checkPolicy(account.getUsername(), newPassword);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		account.unlock();
		this.sessions.endAll(account);
	}

	@Transactional
	public void unlock(Long id) {
		load(id).unlock();
	}

	/**
	 * Changes the own password of a user, who must know the current one. The user's other
	 * sessions end (on another device, or someone who learnt the old password).
	 * @param currentSessionId the session the user changes it in, which stays open
	 * @throws InvalidPasswordException when the current password is wrong or the new one
	 * breaks the policy
	 */
	@Transactional
	public void changeOwnPassword(Long id, String currentPassword, String newPassword, String currentSessionId) {
		UserAccount account = load(id);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidPasswordException("account.password.currentWrong");
		}
		checkPolicy(account.getUsername(), newPassword);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessions.endAllExcept(account, currentSessionId);
	}

	/**
	 * What a session's log-in was granted: when it changes, the session ends.
	 */
	private record Access(Role role, Long partnerId, boolean enabled) {

		static Access of(UserAccount account) {
			return new Access(account.getRole(), account.getPartnerId(), account.isEnabled());
		}

	}

	private void checkPolicy(String username, String password) {
		PasswordPolicy.check(username, password).ifPresent((key) -> {
			throw new InvalidPasswordException(key);
		});
	}

	private UserAccount load(Long id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private UserDetailsView toView(UserAccount account) {
		return new UserDetailsView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getPartnerId(), account.isEnabled(), account.getFailedLogins(), account.getLockedUntil(),
				account.isLockedAt(this.clock.instant()), account.getVersion());
	}

}
