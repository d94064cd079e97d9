package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.validation.constraints.NotEmpty;

/**
 * The change-own-password form.
 */
class PasswordForm {

	@NotEmpty
	private String currentPassword;

	@NotEmpty
	private String newPassword;

	@NotEmpty
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
