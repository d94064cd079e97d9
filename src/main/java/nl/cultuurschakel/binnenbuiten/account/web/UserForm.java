package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.account.UserChange;
import nl.cultuurschakel.binnenbuiten.account.UserDetailsView;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * The administrator's form for an existing user: name, role, partner link and whether the
 * account may log in.
 */
class UserForm extends VersionedForm {

	@NotNull
	@Size(min = 2, max = 120)
	private String displayName;

	@NotNull
	private Role role;

	@Positive
	private Long partnerId;

	private boolean enabled = true;

	static UserForm of(UserDetailsView user) {
		UserForm form = new UserForm();
		form.displayName = user.displayName();
		form.role = user.role();
		form.partnerId = user.partnerId();
		form.enabled = user.enabled();
		form.setVersion(user.version());
		return form;
	}

	UserChange toChange() {
		return new UserChange(this.displayName, this.role, this.partnerId, this.enabled, getVersion());
	}

	/**
	 * A partner link only makes sense for partner users.
	 */
	boolean hasPartnerLinkWithoutPartnerRole() {
		return this.partnerId != null && this.role != null && this.role != Role.PARTNER;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(Long partnerId) {
		this.partnerId = partnerId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
