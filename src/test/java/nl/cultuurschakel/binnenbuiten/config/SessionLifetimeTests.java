package nl.cultuurschakel.binnenbuiten.config;

import java.time.Duration;
import java.time.Instant;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.StoredSession;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session ends 30 minutes after its last request, and 8 hours after its log-in however
 * busy it is. Sessions live in the shared session store (Spring Session JDBC), so these
 * limits hold on every instance.
 */
@IntegrationTest
class SessionLifetimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
	}

	@Test
	void sessionEndsEightHoursAfterTheLogInHoweverActive() throws Exception {
		CurrentUser user = this.fixtures.create("longday", Role.ADVISOR);
		StoredSession session = StoredSession.logIn(this.mvc, user.getUsername(), AccountFixtures.PASSWORD);
		Instant loggedInAt = this.sessions.findById(session.id()).<Instant>getAttribute(SessionLifetime.LOGGED_IN_AT);
		assertThat(loggedInAt).isBetween(Instant.now().minusSeconds(60), Instant.now());

		// Busy all day, up to a minute before the limit: still logged in.
		loggedInAt(session, Instant.now().minus(Duration.ofHours(8).minusMinutes(1)));
		this.mvc.perform(get("/account/password").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wachtwoord wijzigen")));

		loggedInAt(session, Instant.now().minus(Duration.ofHours(8)));
		this.mvc.perform(get("/account/password").with(session))
			.andExpect(redirectedUrl(SecurityConfiguration.SESSION_ENDED_URL));
		assertThat(this.sessions.findById(session.id())).as("the ended session in the store").isNull();
	}

	@Test
	void sessionEndsAfterThirtyMinutesWithoutARequest() throws Exception {
		CurrentUser user = this.fixtures.create("idle", Role.ADVISOR);
		StoredSession session = StoredSession.logIn(this.mvc, user.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.sessions.findById(session.id()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	private void loggedInAt(StoredSession session, Instant loggedInAt) {
		loggedInAt(this.sessions, session.id(), loggedInAt);
	}

	private static <S extends Session> void loggedInAt(FindByIndexNameSessionRepository<S> sessions, String id,
			Instant loggedInAt) {
		S stored = sessions.findById(id);
		stored.setAttribute(SessionLifetime.LOGGED_IN_AT, loggedInAt);
		sessions.save(stored);
	}

}
