package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a session: it ends {@code lifetime} after the log-in, however
 * active it is (the idle timeout, {@code server.servlet.session.timeout}, ends an unused
 * one sooner). The log-in time is kept in the session, so the limit holds on every
 * instance that shares the session store.
 */
@RequiredArgsConstructor
final class SessionLifetime extends OncePerRequestFilter implements SessionAuthenticationStrategy {

	static final String LOGGED_IN_AT = SessionLifetime.class.getName() + ".LOGGED_IN_AT";

	private final Duration lifetime;

	private final Clock clock;

	private final String endedUrl;

	/**
	 * Notes the time of a successful log-in in its session.
	 */
	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		request.getSession().setAttribute(LOGGED_IN_AT, this.clock.instant());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Instant loggedInAt = (session != null) ? (Instant) session.getAttribute(LOGGED_IN_AT) : null;
		if (loggedInAt != null && !this.clock.instant().isBefore(loggedInAt.plus(this.lifetime))) {
			session.invalidate();
			response.sendRedirect(request.getContextPath() + this.endedUrl);
			return;
		}
		chain.doFilter(request, response);
	}

}
