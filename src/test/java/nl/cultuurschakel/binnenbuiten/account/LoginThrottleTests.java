package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The throttle per client address with the production limits (the rest of the suite
 * switches it off, see {@link IntegrationTest}), next to the lock-out per account, and
 * the security log lines both write.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTests {

	/** The defaults of {@link LoginThrottleProperties}. */
	static final int MAX_FAILURES = 10;

	@DynamicPropertySource
	static void productionLimits(DynamicPropertyRegistry registry) {
		registry.add("binnenbuiten.security.login-throttle.max-failures", () -> MAX_FAILURES);
		registry.add("binnenbuiten.security.login-throttle.window", () -> "15m");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountFixtures fixtures;

	CurrentUser advisor;

	@BeforeEach
	void createUser() {
		this.advisor = this.fixtures.create("throttled", Role.ADVISOR);
	}

	@AfterEach
	void deleteUsers() {
		this.fixtures.deleteCreated();
	}

	@Test
	void throttlesAnAddressAfterTooManyFailuresWhileAnotherAddressStillGetsIn() throws Exception {
		String guesser = "203.0.113.10";
		for (int i = 0; i < MAX_FAILURES; i++) {
			logIn("guess-" + i + "-" + this.advisor.getUsername(), "wrong-password-" + i, guesser)
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		// Now even the right password is refused unchecked from that address, and an
		// unknown username gets exactly the same answer.
		logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD, guesser).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled"));
		logIn("nobody-" + this.advisor.getUsername(), "wrong-password", guesser).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("te vaak een verkeerd wachtwoord ingevoerd")));

		// The account is not locked (the guesses were for other names), and another
		// address logs in.
		logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD, "203.0.113.11").andExpect(authenticated());
	}

	@Test
	void failedPasswordChecksWhenChangingThePasswordCountAgainstTheAddress() throws Exception {
		String guesser = "203.0.113.20";
		for (int i = 0; i < MAX_FAILURES; i++) {
			changePassword("wrong-current-" + i, guesser).andExpect(model().attributeHasFieldErrorCode("passwordForm",
					"currentPassword", "account.password.currentWrong"));
		}

		changePassword(AccountFixtures.PASSWORD, guesser).andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "account.password.throttled"))
			.andExpect(content().string(containsString("te vaak een verkeerd wachtwoord ingevoerd")));
		logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD, guesser)
			.andExpect(redirectedUrl("/login?throttled"));
		// The password did not change.
		logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD, "203.0.113.21").andExpect(authenticated());
	}

	@Test
	void accountIsStillLockedAfterFiveFailuresFromDifferentAddresses() throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			logIn(this.advisor.getUsername(), "wrong-password-" + i, "198.51.100." + (i + 1))
				.andExpect(redirectedUrl("/login?error"));
		}

		assertThat(this.accounts.getUser(this.advisor.getId()).locked()).isTrue();
		logIn(this.advisor.getUsername(), AccountFixtures.PASSWORD, "198.51.100.99").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void logsLogInsThrottlesAndLocksAsSecurityEventsWithoutPasswords(CapturedOutput output) throws Exception {
		String username = this.advisor.getUsername();
		logIn(username, AccountFixtures.PASSWORD, "192.0.2.1").andExpect(authenticated());
		for (int i = 0; i < MAX_FAILURES; i++) {
			logIn(username, "secret-guess-" + i, "192.0.2.2");
		}
		logIn(username, "secret-guess-x", "192.0.2.2").andExpect(redirectedUrl("/login?throttled"));

		assertThat(output.getOut())
			.contains("security", "event=login outcome=success username=\"" + username + "\" address=192.0.2.1")
			.contains("event=login outcome=bad-credentials username=\"" + username + "\" address=192.0.2.2")
			.contains("event=account-lock outcome=locked username=\"" + username + "\" address=192.0.2.2 until=")
			.contains("event=login outcome=locked username=\"" + username + "\" address=192.0.2.2")
			.contains("event=login outcome=throttled username=\"" + username + "\" address=192.0.2.2")
			.doesNotContain("secret-guess");
	}

	@Test
	void aTypedUsernameCannotForgeALogLine(CapturedOutput output) throws Exception {
		logIn("eve\nevent=login outcome=success", "wrong-password", "192.0.2.3");

		assertThat(output.getOut()).contains("username=\"eve?event=login outcome=success\" address=192.0.2.3")
			.doesNotContain("\nevent=login outcome=success");
	}

	private ResultActions logIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private ResultActions changePassword(String current, String address) throws Exception {
		return this.mvc.perform(post("/account/password").with(user(this.advisor))
			.with(csrf())
			.with(from(address))
			.param("currentPassword", current)
			.param("newPassword", "a-new-long-password")
			.param("confirmation", "a-new-long-password"));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
