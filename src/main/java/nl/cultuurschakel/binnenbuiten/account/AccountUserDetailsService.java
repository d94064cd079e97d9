package nl.cultuurschakel.binnenbuiten.account;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for Spring Security's log-in and upgrades outdated password hashes on a
 * successful log-in.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	private final Clock clock;

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map(this::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		UserAccount account = this.users.findByUsername(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		account.changePasswordHash(newPasswordHash);
		return toCurrentUser(account);
	}

	private CurrentUser toCurrentUser(UserAccount account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getPartnerId(), account.isEnabled(), !account.isLockedAt(this.clock.instant()),
				account.getPasswordHash());
	}

}
