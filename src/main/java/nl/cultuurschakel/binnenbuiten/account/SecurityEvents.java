package nl.cultuurschakel.binnenbuiten.account;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every log-in, every check of a password, every throttled client and every locked
 * account to the {@value #LOGGER} logger, one line each:
 * {@code event=<what> outcome=<result> username="<typed name>" address=<client>}. Never a
 * password. The username is the one typed (also for unknown users) with control
 * characters replaced, so a line cannot be forged; the address is
 * {@code request.getRemoteAddr()} (see {@link LoginThrottle}).
 */
@Component
public class SecurityEvents {

	/** The name of the logger, so that operations can route it to its own file. */
	public static final String LOGGER = "security";

	private static final int MAX_USERNAME_LENGTH = 100;

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		log.info(line("login", "success", event.getAuthentication().getName(), address(event.getAuthentication())));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		log.warn(line("login", outcome(event.getException()), event.getAuthentication().getName(),
				address(event.getAuthentication())));
	}

	/** A client that failed too often tried to log in and was refused unchecked. */
	public void loginThrottled(String username, String address) {
		log.warn(line("login", "throttled", username, address));
	}

	/** A user typed the current password to change it. */
	public void passwordChecked(String username, String address, boolean correct) {
		(correct ? log.atInfo() : log.atWarn())
			.log(line("password-check", correct ? "success" : "bad-credentials", username, address));
	}

	/** A client that failed too often tried to change a password and was refused. */
	public void passwordCheckThrottled(String username, String address) {
		log.warn(line("password-check", "throttled", username, address));
	}

	void accountLocked(String username, String address, Instant until) {
		log.warn(line("account-lock", "locked", username, address) + " until=" + until);
	}

	/** The client address of a log-in attempt, as Spring Security recorded it. */
	static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private static String outcome(AuthenticationException exception) {
		if (exception instanceof BadCredentialsException) {
			return "bad-credentials";
		}
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		return (exception instanceof AccountStatusException) ? "account-status" : "error";
	}

	private static String line(String event, String outcome, String username, String address) {
		return "event=%s outcome=%s username=\"%s\" address=%s".formatted(event, outcome, clean(username),
				clean(address));
	}

	private static String clean(String value) {
		if (value == null) {
			return "";
		}
		String shortened = (value.length() > MAX_USERNAME_LENGTH) ? value.substring(0, MAX_USERNAME_LENGTH) + "…"
				: value;
		return shortened.replaceAll("[\\p{Cntrl}\"\\\\]", "?");
	}

}
