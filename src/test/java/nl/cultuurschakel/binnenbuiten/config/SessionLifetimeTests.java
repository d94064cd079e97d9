package nl.cultuurschakel.binnenbuiten.config;

import java.time.Duration;
import java.time.Instant;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session ends 30 minutes after its last request, and 8 hours after its log-in however
 * busy it is.
 */
@IntegrationTest
class SessionLifetimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	ServletWebServerApplicationContext context;

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
	}

	@Test
	void sessionEndsEightHoursAfterTheLogInHoweverActive() throws Exception {
		CurrentUser user = this.fixtures.create("longday", Role.ADVISOR);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user(user.getUsername()).password(AccountFixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		Instant loggedInAt = (Instant) session.getAttribute(SessionLifetime.LOGGED_IN_AT);
		assertThat(loggedInAt).isBetween(Instant.now().minusSeconds(60), Instant.now());

		// Busy all day, up to a minute before the limit: still logged in.
		session.setAttribute(SessionLifetime.LOGGED_IN_AT, Instant.now().minus(Duration.ofHours(8).minusMinutes(1)));
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wachtwoord wijzigen")));

		session.setAttribute(SessionLifetime.LOGGED_IN_AT, Instant.now().minus(Duration.ofHours(8)));
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(redirectedUrl(SecurityConfiguration.SESSION_ENDED_URL));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void sessionEndsAfterThirtyMinutesWithoutARequest() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Container[] contexts = server.getTomcat().getHost().findChildren();
		assertThat(contexts).singleElement()
			.satisfies((context) -> assertThat(((Context) context).getSessionTimeout()).isEqualTo(30));
	}

}
