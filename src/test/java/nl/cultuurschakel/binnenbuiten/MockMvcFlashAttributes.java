package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Keeps MockMvc's {@code flashAttr(...)} working: MockMvc puts those flash attributes in
 * its own {@code MockHttpSession}, while the application's sessions are Spring Session's,
 * in PostgreSQL. A filter before the session filter moves them into a stored session and
 * sends its cookie along, as the redirect before would have. It only acts on MockMvc
 * requests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcFlashAttributes {

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@Bean
	<S extends Session> FilterRegistrationBean<HandOver<S>> mockMvcFlashAttributesHandOver(
			SessionRepository<S> sessions) {
		FilterRegistrationBean<HandOver<S>> registration = new FilterRegistrationBean<>(new HandOver<>(sessions));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class HandOver<S extends Session> extends OncePerRequestFilter {

		private final SessionRepository<S> sessions;

		HandOver(SessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			HttpSession mockSession = (mock != null) ? mock.getSession(false) : null;
			Object flashMaps = (mockSession != null) ? mockSession.getAttribute(FLASH_MAPS) : null;
			if (flashMaps != null) {
				S session = this.sessions.createSession();
				session.setAttribute(FLASH_MAPS, flashMaps);
				this.sessions.save(session);
				mockSession.removeAttribute(FLASH_MAPS);
				Cookie[] others = (mock.getCookies() != null) ? mock.getCookies() : new Cookie[0];
				Cookie[] cookies = Arrays.copyOf(others, others.length + 1);
				cookies[others.length] = new Cookie(StoredSession.COOKIE,
						Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
				mock.setCookies(cookies);
			}
			chain.doFilter(request, response);
		}

	}

}
