package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void deleteUsers() {
		this.fixtures.deleteCreated();
		this.jdbc.update("delete from account_user where username like 'admin-test-%'");
		this.network.deleteCreated();
	}

	@Test
	void listsUsersWithCountAndFilters() throws Exception {
		CurrentUser advisor = this.fixtures.create("listed", Role.ADVISOR);
		this.mvc.perform(get("/admin/users").param("q", advisor.getUsername()).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(advisor.getUsername())))
			.andExpect(content().string(containsString("1 gebruiker gevonden")));
		this.mvc
			.perform(
					get("/admin/users").param("q", advisor.getUsername()).param("role", "PARTNER").with(as(Role.ADMIN)))
			.andExpect(content().string(containsString("Geen gebruikers gevonden")));
	}

	@Test
	void unknownSortPropertyFallsBackInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/admin/users").param("sort", "passwordHash,desc").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gebruikers</h1>")));
	}

	@Test
	void malformedFilterIsABadRequestNotAServerError() throws Exception {
		this.mvc.perform(get("/admin/users").param("role", "KING").with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users/abc/edit").with(as(Role.ADMIN))).andExpect(status().isBadRequest());
	}

	@Test
	void unknownUserIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/987654321/edit").with(as(Role.ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void createsUser() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-new")
				.param("displayName", "Nieuwe Adviseur")
				.param("role", "ADVISOR")
				.param("password", "a-good-long-password")
				.param("enabled", "true"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "admin.users.created"));
		assertThat(this.accounts.findUsers("admin-test-new", null, org.springframework.data.domain.Pageable.unpaged())
			.getContent()).singleElement().satisfies((user) -> assertThat(user.role()).isEqualTo(Role.ADVISOR));
	}

	@Test
	void invalidNewUserKeepsInputAndExplainsInDutch() throws Exception {
		CurrentUser existing = this.fixtures.create("taken", Role.ADVISOR);
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", existing.getUsername().toUpperCase())
				.param("displayName", "Iemand Anders")
				.param("role", "ADVISOR")
				.param("password", "a-good-long-password"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/new"))
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "username", "account.username.taken"))
			.andExpect(content().string(containsString("Deze gebruikersnaam bestaat al.")))
			.andExpect(content().string(containsString("value=\"Iemand Anders\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void rejectsShortPasswordUnknownRoleAndPartnerLinkOfStaff() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-x")
				.param("displayName", "X Y")
				.param("role", "ADVISOR")
				.param("partnerId", "12")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("newUserForm", "partnerId", "account.partnerId.onlyForPartner"))
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "account.password.tooShort"));
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-x")
				.param("displayName", "X Y")
				.param("role", "EMPEROR")
				.param("password", "a-good-long-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("newUserForm", "role"));
	}

	@Test
	void concurrentEditShowsConflictWithBothVersions() throws Exception {
		CurrentUser user = this.fixtures.create("edited", Role.ADVISOR);
		long seen = this.accounts.getUser(user.getId()).version();
		this.accounts.updateUser(user.getId(), new UserChange("Eerst Gewijzigd", Role.ADVISOR, null, true, seen));

		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(as(Role.ADMIN))
				.with(csrf())
				.param("displayName", "Mijn Wijziging")
				.param("role", "COORDINATOR")
				.param("enabled", "true")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/edit"))
			.andExpect(content().string(containsString("value=\"Mijn Wijziging\"")))
			.andExpect(content().string(containsString("Eerst Gewijzigd")));
		assertThat(this.accounts.getUser(user.getId()).displayName()).isEqualTo("Eerst Gewijzigd");
	}

	@Test
	void editsRoleAndEnabled() throws Exception {
		CurrentUser user = this.fixtures.create("promoted", Role.ADVISOR);
		long version = this.accounts.getUser(user.getId()).version();
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(as(Role.ADMIN))
				.with(csrf())
				.param("displayName", "Nu Coördinator")
				.param("role", "COORDINATOR")
				.param("_enabled", "on") // an unticked checkbox sends only its marker
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		UserDetailsView saved = this.accounts.getUser(user.getId());
		assertThat(saved.role()).isEqualTo(Role.COORDINATOR);
		assertThat(saved.enabled()).isFalse();
	}

	@Test
	void listSearchesUsernameAndDisplayNameInAnyCaseAndShowsWhoIsLocked() {
		CurrentUser user = this.fixtures.create("zoeklijst", Role.ADVISOR);
		this.jdbc.update("update account_user set locked_until = now() + interval '10 minutes' where id = ?",
				user.getId());
		assertThat(this.accounts.findUsers(user.getUsername().toUpperCase(), null, PageRequest.of(0, 5)))
			.singleElement()
			.satisfies((found) -> assertThat(found.locked()).isTrue());
		assertThat(this.accounts.findUsers("TEST ZOEKLIJST", Role.ADVISOR, PageRequest.of(0, 5)))
			.extracting(UserSummary::id)
			.contains(user.getId());
		assertThat(this.accounts.findUsers(user.getUsername(), Role.PARTNER, PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void resetsPasswordAndLiftsLock() throws Exception {
		CurrentUser user = this.fixtures.create("reset", Role.PARTNER,
				this.network.partner("Reset", PartnerDomain.SOCIAL));
		this.jdbc.update("update account_user set failed_logins = 5, locked_until = now() + interval '10 minutes' "
				+ "where id = ?", user.getId());
		this.mvc.perform(get("/admin/users/{id}/edit", user.getId()).with(as(Role.ADMIN)))
			.andExpect(content().string(containsString("geblokkeerd tot")));

		this.mvc
			.perform(post("/admin/users/{id}/password", user.getId()).with(as(Role.ADMIN))
				.with(csrf())
				.param("newPassword", "another-long-password"))
			.andExpect(status().isFound());
		UserDetailsView saved = this.accounts.getUser(user.getId());
		assertThat(saved.locked()).isFalse();
		assertThat(saved.failedLogins()).isZero();
	}

	@Test
	void rejectsUsernameAsResetPassword() throws Exception {
		CurrentUser user = this.fixtures.create("samename-long", Role.ADVISOR);
		this.mvc
			.perform(post("/admin/users/{id}/password", user.getId()).with(as(Role.ADMIN))
				.with(csrf())
				.param("newPassword", user.getUsername()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordResetForm", "newPassword",
					"account.password.sameAsUsername"))
			.andExpect(content().string(not(containsString(user.getUsername() + "\" type=\"password\""))));
	}

	@Test
	void unlocksAccount() throws Exception {
		CurrentUser user = this.fixtures.create("locked", Role.ADVISOR);
		this.jdbc.update("update account_user set failed_logins = 5, locked_until = now() + interval '10 minutes' "
				+ "where id = ?", user.getId());
		this.mvc.perform(post("/admin/users/{id}/unlock", user.getId()).with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.accounts.getUser(user.getId()).locked()).isFalse();
	}

	@Test
	void linksPartnerUserToPartnerChosenByName() throws Exception {
		Long partnerId = this.network.partner("Linked", PartnerDomain.ARTS_CULTURE);
		this.mvc.perform(get("/admin/users/new").with(as(Role.ADMIN)))
			.andExpect(content().string(containsString("<option value=\"" + partnerId + "\">Linked ")));
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-partner")
				.param("displayName", "Partner Gebruiker")
				.param("role", "PARTNER")
				.param("partnerId", String.valueOf(partnerId))
				.param("password", "a-good-long-password"))
			.andExpect(status().isFound());
		assertThat(
				this.accounts.findUsers("admin-test-partner", null, org.springframework.data.domain.Pageable.unpaged())
					.getContent())
			.singleElement()
			.satisfies((user) -> assertThat(user.partnerId()).isEqualTo(partnerId));
	}

	@Test
	void partnerUserNeedsAnExistingPartner() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-nopartner")
				.param("displayName", "Partner Gebruiker")
				.param("role", "PARTNER")
				.param("password", "a-good-long-password"))
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "partnerId", "account.partnerId.required"));
		this.mvc
			.perform(post("/admin/users").with(as(Role.ADMIN))
				.with(csrf())
				.param("username", "admin-test-nopartner")
				.param("displayName", "Partner Gebruiker")
				.param("role", "PARTNER")
				.param("partnerId", "987654321")
				.param("password", "a-good-long-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "partnerId", "account.partnerId.unknown"));
	}

}
