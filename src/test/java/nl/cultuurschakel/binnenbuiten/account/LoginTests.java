package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures fixtures;

	CurrentUser advisor;

	@BeforeEach
	void createUser() {
		this.advisor = this.fixtures.create("advisor", Role.ADVISOR);
	}

	@AfterEach
	void deleteUsers() {
		this.fixtures.deleteCreated();
	}

	@Test
	void loginPageIsDutchByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"nl\">")))
			.andExpect(content().string(containsString("<h1>Inloggen</h1>")));
	}

	@Test
	void loginPageSpeaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("<h1>Log in</h1>")));
	}

	@Test
	void logsInWithCorrectPassword() throws Exception {
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(authenticated().withRoles("ADVISOR"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void usernameIsCaseInsensitive() throws Exception {
		this.mvc.perform(formLogin().user(this.advisor.getUsername().toUpperCase()).password(AccountFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password("wrong-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-" + this.advisor.getUsername()).password("wrong-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksAccountAfterFiveFailuresInARow() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(this.advisor.getUsername()).password("wrong-password-" + i))
				.andExpect(unauthenticated());
		}
		assertThat(this.accounts.getUser(this.advisor.getId()).locked()).isTrue();

		// Even the right password does not get in now, and the page says nothing more.
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		this.accounts.unlock(this.advisor.getId());
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void fourFailuresThenSuccessStartsTheCountAgain() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin().user(this.advisor.getUsername()).password("wrong-password-" + i));
		}
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(authenticated());
		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password("wrong-password-x"));

		UserDetailsView user = this.accounts.getUser(this.advisor.getId());
		assertThat(user.failedLogins()).isEqualTo(1);
		assertThat(user.locked()).isFalse();
	}

	@Test
	void disabledUserCannotLogIn() throws Exception {
		UserDetailsView user = this.accounts.getUser(this.advisor.getId());
		this.accounts.updateUser(user.id(),
				new UserChange(user.displayName(), user.role(), null, false, user.version()));

		this.mvc.perform(formLogin().user(this.advisor.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void storesPasswordsAsBcryptHashes() {
		String hash = this.jdbc.queryForObject("select password_hash from account_user where id = ?", String.class,
				this.advisor.getId());
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(AccountFixtures.PASSWORD);
	}

}
