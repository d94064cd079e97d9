package nl.cultuurschakel.binnenbuiten.config;

import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.StoredSession;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything a journey leaves in the session (the page asked for before the log-in, the
 * security context, the CSRF token, the log-in time, flash messages and the undo of a
 * tick-off) survives the trip through the session store, which serialises each attribute
 * into PostgreSQL: another instance must be able to read it back.
 */
@IntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ContactService contacts;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void everythingAJourneyKeepsInTheSessionIsReadBackFromTheStore() throws Exception {
		CurrentUser advisor = this.accounts.create("stored", Role.ADVISOR);
		Long partner = this.network.partner("Opgeslagen sessie", PartnerDomain.SOCIAL);

		// A page behind the log-in: the request is kept in a new session for after it.
		StoredSession anonymous = StoredSession
			.of(this.mvc.perform(get("/contacts/follow-ups")).andExpect(redirectedUrl("/login")).andReturn());
		assertReadBack(anonymous);
		StoredSession session = StoredSession.of(this.mvc
			.perform(post("/login").with(anonymous)
				.with(csrf())
				.param("username", advisor.getUsername())
				.param("password", AccountFixtures.PASSWORD))
			.andExpect(redirectedUrl("/contacts/follow-ups?continue"))
			.andReturn());

		MvcResult logged = this.mvc
			.perform(post("/contacts").with(session)
				.with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("date", "2024-03-05")
				.param("counterpartId", partner.toString())
				.param("kind", "PHONE")
				.param("subject", "Sessie in de database")
				.param("followUp", "Nabellen")
				.param("followUpDue", "2024-03-10"))
			.andExpect(status().isFound())
			.andReturn();
		assertReadBack(session);
		String contact = logged.getResponse().getRedirectedUrl();
		this.mvc.perform(get(contact).with(session))
			.andExpect(content().string(containsString("Het contactmoment is vastgelegd.")));

		Long id = Long.valueOf(contact.replace("/contacts/", ""));
		this.mvc
			.perform(post("/contacts/follow-ups/done").with(session)
				.with(csrf())
				.param("ids", id.toString())
				.param("versions[" + id + "]", String.valueOf(this.contacts.get(id).version())))
			.andExpect(redirectedUrl("/contacts/follow-ups"));
		assertReadBack(session);
		assertThat(this.contacts.get(id).data().followUpDone()).isTrue();
	}

	/**
	 * Reads every attribute of the stored session back, as another instance would.
	 */
	private void assertReadBack(StoredSession session) {
		Session stored = this.sessions.findById(session.id());
		assertThat(stored).as("the session in the store").isNotNull();
		assertThat(stored.getAttributeNames()).isNotEmpty()
			.allSatisfy((name) -> assertThat((Object) stored.getAttribute(name)).as(name).isNotNull());
	}

}
