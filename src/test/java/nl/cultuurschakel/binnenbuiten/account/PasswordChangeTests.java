package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	CurrentUser me;

	@BeforeEach
	void setUp() {
		this.me = this.fixtures.create("changer", Role.COORDINATOR);
	}

	@AfterEach
	void tearDown() {
		this.fixtures.deleteCreated();
	}

	@Test
	void showsForm() throws Exception {
		this.mvc.perform(get("/account/password").with(user(this.me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wachtwoord wijzigen")))
			.andExpect(content().string(containsString("Herhaal nieuw wachtwoord")));
	}

	@Test
	void changesPasswordWhenCurrentOneIsRight() throws Exception {
		this.mvc
			.perform(change(AccountFixtures.PASSWORD, "  new password with spaces  ", "  new password with spaces  "))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", "account.password.changed"));

		this.mvc.perform(formLogin().user(this.me.getUsername()).password(AccountFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(this.me.getUsername()).password("  new password with spaces  "))
			.andExpect(authenticated());
	}

	@Test
	void rejectsWrongCurrentPassword() throws Exception {
		this.mvc.perform(change("not-my-password", "a-new-long-password", "a-new-long-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
					"account.password.currentWrong"));
	}

	@Test
	void rejectsShortPassword() throws Exception {
		this.mvc.perform(change(AccountFixtures.PASSWORD, "elevenchars", "elevenchars"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.password.tooShort"));
	}

	@Test
	void rejectsUsernameAsPassword() throws Exception {
		this.mvc.perform(change(AccountFixtures.PASSWORD, this.me.getUsername(), this.me.getUsername()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword",
					"account.password.sameAsUsername"));
	}

	@Test
	void rejectsDifferentConfirmation() throws Exception {
		this.mvc.perform(change(AccountFixtures.PASSWORD, "a-new-long-password", "a-new-long-passwort"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmation", "account.password.mismatch"));
	}

	@Test
	void rejectsEmptyForm() throws Exception {
		this.mvc.perform(post("/account/password").with(user(this.me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrors("passwordForm", "currentPassword", "newPassword", "confirmation"));
	}

	private MockHttpServletRequestBuilder change(String current, String next, String confirmation) {
		return post("/account/password").with(user(this.me))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation);
	}

}
