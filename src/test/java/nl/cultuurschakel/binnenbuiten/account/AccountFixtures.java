package nl.cultuurschakel.binnenbuiten.account;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test users: real rows through {@link AccountService}, removed again with
 * {@link #deleteCreated()}, and principals for MockMvc requests. Available in every
 * {@code @IntegrationTest}.
 */
@TestComponent
public class AccountFixtures {

	public static final String PASSWORD = "fixture-password-1";

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	AccountFixtures(AccountService accounts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * Creates a user whose unique username ends with the given name, and returns it as a
	 * log-in principal.
	 */
	public CurrentUser create(String name, Role role, Long partnerId) {
		String username = this.prefix + name;
		Long id = this.accounts.createUser(new NewUser(username, "Test " + name, role, partnerId, PASSWORD));
		return new CurrentUser(id, username, "Test " + name, role, partnerId, true, true, null);
	}

	public CurrentUser create(String name, Role role) {
		return create(name, role, null);
	}

	/**
	 * Removes every user this fixture created.
	 */
	public void deleteCreated() {
		this.jdbc.update("delete from contact where advisor_id in (select id from account_user where username like ?)",
				this.prefix + "%");
		this.jdbc.update("delete from account_user where username like ?", this.prefix + "%");
	}

	/**
	 * A principal that exists only in the request, for pages that do not look the user
	 * up.
	 */
	public static RequestPostProcessor as(Role role) {
		return SecurityMockMvcRequestPostProcessors.user(principal(role, null));
	}

	public static CurrentUser principal(Role role, Long partnerId) {
		return new CurrentUser(-1L, "principal-" + role.name().toLowerCase(), "Test " + role, role, partnerId, true,
				true, null);
	}

}
