package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.StoredSession;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account change counts at once: the user's open sessions (real sessions, logged in
 * through the log-in form) end on their next request.
 */
@IntegrationTest
class AccountSessionTests {

	static final String ENDED = "/login?expired";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void disablingAPartnerUserEndsTheirSessionAtOnce() throws Exception {
		Long partner = this.network.partner("Sessiepartner", PartnerDomain.SOCIAL);
		CurrentUser user = this.fixtures.create("disabled", Role.PARTNER, partner);
		StoredSession session = logIn(user);
		this.mvc.perform(get("/my-network").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sessiepartner")));

		this.mvc.perform(edit(user, Role.PARTNER, partner, false)).andExpect(status().isFound());

		this.mvc.perform(get("/my-network").with(session)).andExpect(redirectedUrl(ENDED));
		this.mvc.perform(get("/my-network").with(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingTheRoleEndsTheSession() throws Exception {
		CurrentUser user = this.fixtures.create("demoted", Role.COORDINATOR);
		StoredSession session = logIn(user);

		this.mvc.perform(edit(user, Role.ADVISOR, null, true)).andExpect(status().isFound());

		this.mvc.perform(get("/account/password").with(session)).andExpect(redirectedUrl(ENDED));
	}

	@Test
	void changingThePartnerLinkEndsTheSession() throws Exception {
		Long first = this.network.partner("Eerste partner", PartnerDomain.SOCIAL);
		Long second = this.network.partner("Tweede partner", PartnerDomain.EDUCATION);
		CurrentUser user = this.fixtures.create("moved", Role.PARTNER, first);
		StoredSession session = logIn(user);

		this.mvc.perform(edit(user, Role.PARTNER, second, true)).andExpect(status().isFound());

		this.mvc.perform(get("/my-network").with(session)).andExpect(redirectedUrl(ENDED));
	}

	@Test
	void resettingThePasswordEndsTheSession() throws Exception {
		CurrentUser user = this.fixtures.create("forgetful", Role.ADVISOR);
		StoredSession session = logIn(user);

		this.mvc
			.perform(post("/admin/users/{id}/password", user.getId()).with(as(Role.ADMIN))
				.with(csrf())
				.param("newPassword", "a-fresh-long-password"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/account/password").with(session)).andExpect(redirectedUrl(ENDED));
	}

	@Test
	void renamingKeepsTheSession() throws Exception {
		CurrentUser user = this.fixtures.create("renamed", Role.ADVISOR);
		StoredSession session = logIn(user);

		this.mvc.perform(edit(user, Role.ADVISOR, null, true)).andExpect(status().isFound());

		this.mvc.perform(get("/account/password").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wachtwoord wijzigen")));
	}

	@Test
	void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		CurrentUser user = this.fixtures.create("twodevices", Role.ADVISOR);
		StoredSession laptop = logIn(user);
		StoredSession phone = logIn(user);

		this.mvc
			.perform(post("/account/password").with(laptop)
				.with(csrf())
				.param("currentPassword", AccountFixtures.PASSWORD)
				.param("newPassword", "my-new-long-password")
				.param("confirmation", "my-new-long-password"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/account/password").with(laptop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wachtwoord wijzigen")));
		this.mvc.perform(get("/account/password").with(phone)).andExpect(redirectedUrl(ENDED));
	}

	private StoredSession logIn(CurrentUser user) throws Exception {
		return StoredSession
			.of(this.mvc.perform(formLogin().user(user.getUsername()).password(AccountFixtures.PASSWORD))
				.andExpect(redirectedUrl("/"))
				.andReturn());
	}

	/**
	 * The administrator's edit form for the user, with a new display name.
	 */
	private MockHttpServletRequestBuilder edit(CurrentUser user, Role role, Long partnerId, boolean enabled) {
		MockHttpServletRequestBuilder request = post("/admin/users/{id}", user.getId()).with(as(Role.ADMIN))
			.with(csrf())
			.param("displayName", "Gewijzigd " + user.getUsername())
			.param("role", role.name())
			.param("_enabled", "on")
			.param("version", String.valueOf(this.accounts.getUser(user.getId()).version()));
		if (enabled) {
			request.param("enabled", "true");
		}
		if (partnerId != null) {
			request.param("partnerId", partnerId.toString());
		}
		return request;
	}

}
