package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.validation.constraints.NotEmpty;

/**
 * An administrator sets a new password for a user.
 */
class PasswordResetForm {

	@NotEmpty
	private String newPassword;

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
