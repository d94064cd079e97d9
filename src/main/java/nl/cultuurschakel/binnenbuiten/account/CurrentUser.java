package nl.cultuurschakel.binnenbuiten.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, as other modules see it
 * ({@code @AuthenticationPrincipal CurrentUser
 * user}): id, name, role and, for partner users, the partner organisation they act for.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long partnerId;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private String password;

	CurrentUser(Long id, String username, String displayName, Role role, Long partnerId, boolean enabled,
			boolean accountNonLocked, String password) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.partnerId = partnerId;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.password = password;
	}

	public Long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/**
	 * This user as the author of a recorded change (status history, grant decisions).
	 * @return the actor with this user's id and display name
	 */
	public Actor asActor() {
		return new Actor(getId(), getDisplayName());
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The partner organisation of a partner user; {@code null} for staff and admins.
	 */
	public Long getPartnerId() {
		return this.partnerId;
	}

	public boolean isStaff() {
		return this.role.isStaff();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CurrentUser that) && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + "]";
	}

}
