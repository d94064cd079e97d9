package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.web.DatabaseUnavailable;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A log-in that fails because the account could not be read (the database is down) is not
 * a wrong password: Spring Security wraps the outage in an
 * {@link InternalAuthenticationServiceException}, and this handler throws the outage on,
 * so that the user gets the 503 page ({@code DatabaseUnavailableFilter}) instead of
 * "wrong username or password". Every other failure goes to the given handler.
 */
@RequiredArgsConstructor
final class DatabaseUnavailableFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler otherwise;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof InternalAuthenticationServiceException
				&& exception.getCause() instanceof RuntimeException outage && DatabaseUnavailable.causedBy(outage)) {
			throw outage;
		}
		this.otherwise.onAuthenticationFailure(request, response, exception);
	}

}
