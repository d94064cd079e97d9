package nl.cultuurschakel.binnenbuiten.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who can log in. Failed-login counters are changed by atomic updates in
 * {@link UserAccountRepository}; dynamic updates keep an administrator's edit from
 * writing back stale counters.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "account_user_id_seq", allocationSize = 50)
@Table(name = "account_user")
@DynamicUpdate
class UserAccount extends VersionedEntity {

	@Column(nullable = false, length = 60)
	private String username;

	@Column(name = "display_name", nullable = false, length = 120)
	private String displayName;

	/** Never in the audit trail; a password change shows as a change of the account. */
	@NotAudited
	@Column(name = "password_hash", nullable = false, length = 500)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(name = "partner_id")
	private Long partnerId;

	@Column(nullable = false)
	private boolean enabled = true;

	@NotAudited
	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@NotAudited
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, Long partnerId,
			Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		assignRole(role, partnerId);
	}

	/**
	 * Only partner users carry a partner link; changing to a staff role drops it.
	 */
	void assignRole(Role role, Long partnerId) {
		this.role = role;
		this.partnerId = (role == Role.PARTNER) ? partnerId : null;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
