package nl.cultuurschakel.binnenbuiten;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A real session in the session store (Spring Session JDBC), carried by its cookie as a
 * browser does: {@code mvc.perform(get("/").with(session))}. MockMvc's own
 * {@code MockHttpSession} is not what the application uses any more.
 *
 * @param cookie the session cookie the application set
 */
public record StoredSession(Cookie cookie) implements RequestPostProcessor {

	/** The name of the session cookie (Spring Session's default). */
	public static final String COOKIE = "SESSION";

	/**
	 * Logs in through the log-in form.
	 * @param mvc the application
	 * @param username who logs in
	 * @param password their password
	 * @return the session of the log-in
	 */
	public static StoredSession logIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
		return of(result);
	}

	/**
	 * The session a response started.
	 * @param result the response that set the cookie
	 * @return its session
	 */
	public static StoredSession of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		assertThat(cookie).as("session cookie").isNotNull();
		return new StoredSession(cookie);
	}

	/**
	 * The session's id in the store (the cookie carries it Base64-encoded).
	 * @return the id
	 */
	public String id() {
		return new String(Base64.getDecoder().decode(this.cookie.getValue()), StandardCharsets.UTF_8);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		Cookie[] others = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
		Cookie[] cookies = Arrays.copyOf(others, others.length + 1);
		cookies[others.length] = this.cookie;
		request.setCookies(cookies);
		return request;
	}

}
