package nl.cultuurschakel.binnenbuiten.account;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh production database can be administered: on an empty user table it
 * creates user {@code admin} with the password from {@code BINNENBUITEN_ADMIN_PASSWORD},
 * or stops the start-up with a message that says what to do. Runs before the web server
 * accepts requests. In the demo profile the demo data creates the users instead.
 */
@Component
@Profile("!demo")
@RequiredArgsConstructor
class InitialAdminAccount implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);

	private final AccountService accounts;

	private final InitialAdminProperties properties;

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.hasUsers()) {
			return;
		}
		String password = this.properties.password();
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("There are no user accounts yet. Set the environment variable "
					+ "BINNENBUITEN_ADMIN_PASSWORD to the initial password of user 'admin' (at least "
					+ PasswordPolicy.MIN_LENGTH + " characters) and start again, or run with profile 'demo'.");
		}
		PasswordPolicy.check(USERNAME, password).ifPresent((rule) -> {
			throw new IllegalStateException("BINNENBUITEN_ADMIN_PASSWORD is not accepted (" + rule + "): use at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, not the username.");
		});
		this.accounts.createUser(new NewUser(USERNAME, "Functioneel beheerder", Role.ADMIN, null, password));
		log.info("Created the initial administrator '{}'; change its password after the first log-in", USERNAME);
	}

}
