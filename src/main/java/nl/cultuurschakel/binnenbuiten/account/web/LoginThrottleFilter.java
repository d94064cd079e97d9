package nl.cultuurschakel.binnenbuiten.account.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.LoginThrottle;
import nl.cultuurschakel.binnenbuiten.account.SecurityEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a log-in from a client address that failed too often ({@link LoginThrottle})
 * before its password is checked: it goes back to the log-in page, which says to wait,
 * whatever the username.
 */
@RequiredArgsConstructor
class LoginThrottleFilter extends OncePerRequestFilter {

	/** Where a refused log-in goes. */
	static final String THROTTLED_URL = "/login?throttled";

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LOGIN.matches(request) && this.throttle.isThrottled(request.getRemoteAddr())) {
			this.events.loginThrottled(request.getParameter("username"), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Puts the filter in front of Spring Security's log-in filter (Spring Security
	 * applies every {@code Customizer<HttpSecurity>} bean to the security configuration).
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		Customizer<HttpSecurity> loginThrottling(LoginThrottle throttle, SecurityEvents events) {
			return (http) -> http.addFilterBefore(new LoginThrottleFilter(throttle, events),
					UsernamePasswordAuthenticationFilter.class);
		}

	}

}
