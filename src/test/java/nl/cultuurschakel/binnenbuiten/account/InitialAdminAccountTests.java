package nl.cultuurschakel.binnenbuiten.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class InitialAdminAccountTests {

	private final AccountService accounts = mock(AccountService.class);

	@Test
	void refusesToStartWithoutUsersAndWithoutPassword() {
		given(this.accounts.hasUsers()).willReturn(false);
		InitialAdminAccount initial = new InitialAdminAccount(this.accounts, new InitialAdminProperties(null));

		assertThatIllegalStateException().isThrownBy(initial::afterSingletonsInstantiated)
			.withMessageContaining("BINNENBUITEN_ADMIN_PASSWORD");
		then(this.accounts).should(never()).createUser(any());
	}

	@Test
	void refusesAWeakPassword() {
		given(this.accounts.hasUsers()).willReturn(false);
		InitialAdminAccount initial = new InitialAdminAccount(this.accounts, new InitialAdminProperties("short"));

		assertThatIllegalStateException().isThrownBy(initial::afterSingletonsInstantiated)
			.withMessageContaining("at least 12 characters");
	}

	@Test
	void createsAdminOnEmptyUserTable() {
		given(this.accounts.hasUsers()).willReturn(false);
		new InitialAdminAccount(this.accounts, new InitialAdminProperties("a-long-admin-password"))
			.afterSingletonsInstantiated();

		then(this.accounts).should()
			.createUser(new NewUser("admin", "Functioneel beheerder", Role.ADMIN, null, "a-long-admin-password"));
	}

	@Test
	void leavesExistingUsersAlone() {
		given(this.accounts.hasUsers()).willReturn(true);
		new InitialAdminAccount(this.accounts, new InitialAdminProperties(null)).afterSingletonsInstantiated();

		then(this.accounts).should(never()).createUser(any());
	}

}
