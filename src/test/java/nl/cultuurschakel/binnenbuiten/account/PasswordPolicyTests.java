package nl.cultuurschakel.binnenbuiten.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsTwelveCharacters() {
		assertThat(PasswordPolicy.check("advisor", "twelve-chars")).isEmpty();
	}

	@Test
	void rejectsElevenCharacters() {
		assertThat(PasswordPolicy.check("advisor", "eleven-char")).contains("account.password.tooShort");
	}

	@Test
	void rejectsMissingPassword() {
		assertThat(PasswordPolicy.check("advisor", null)).contains("account.password.tooShort");
	}

	@Test
	void rejectsUsernameInAnyCase() {
		assertThat(PasswordPolicy.check("coordinator-1", "Coordinator-1")).contains("account.password.sameAsUsername");
	}

	@Test
	void rejectsOverlongPassword() {
		assertThat(PasswordPolicy.check("advisor", "x".repeat(129))).contains("account.password.tooLong");
	}

}
