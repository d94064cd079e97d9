package nl.cultuurschakel.binnenbuiten.config;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A log-in that could not read the account because the database is down is an outage (the
 * 503 page), not a wrong password.
 */
class DatabaseUnavailableFailureHandlerTests {

	private final DatabaseUnavailableFailureHandler handler = new DatabaseUnavailableFailureHandler(
			new SimpleUrlAuthenticationFailureHandler("/login?error"));

	@Test
	void anAccountThatCouldNotBeReadIsAnOutage() {
		CannotCreateTransactionException outage = new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available", "08001"));

		assertThatExceptionOfType(CannotCreateTransactionException.class)
			.isThrownBy(() -> this.handler.onAuthenticationFailure(new MockHttpServletRequest(),
					new MockHttpServletResponse(), new InternalAuthenticationServiceException("lookup", outage)))
			.isSameAs(outage);
	}

	@Test
	void aWrongPasswordStillGoesBackToTheLogInPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.handler.onAuthenticationFailure(new MockHttpServletRequest(), response,
				new BadCredentialsException("wrong"));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void anotherInternalErrorIsNoOutage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.handler.onAuthenticationFailure(new MockHttpServletRequest(), response,
				new InternalAuthenticationServiceException("bug", new IllegalStateException("bug")));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

}
