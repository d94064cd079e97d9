package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.account.NewUser;

/**
 * The administrator's form for a new user.
 */
class NewUserForm extends UserForm {

	@NotNull
	@Size(min = 3, max = 60)
	@Pattern(regexp = "[A-Za-z0-9._@-]*")
	private String username;

	@NotEmpty
	private String password;

	NewUser toNewUser() {
		return new NewUser(this.username, getDisplayName(), getRole(), getPartnerId(), this.password);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
