package nl.cultuurschakel.binnenbuiten.config;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.junit.jupiter.params.provider.CsvSource;
import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/admin/users", "/admin/users/new", "/account/password", "/no-such-page",
			"/actuator/env" })
	void anonymousVisitorIsSentToLogin(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@CsvSource({ "/login, Inloggen", "/assets/css/app.css, .page-header", "/assets/js/app.js, Progressive enhancement",
			"/assets/favicon.svg, <svg", "/webjars/htmx.org/dist/htmx.min.js, htmx", "/actuator/health, UP" })
	void publicResourcesNeedNoLogin(String path, String shown) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(shown)));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
	void onlyAdminsOpenUserAdministration(Role role) throws Exception {
		this.mvc.perform(get("/admin/users").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/1/unlock").with(as(role)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void adminOpensUserAdministration() throws Exception {
		this.mvc.perform(get("/admin/users").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gebruikers</h1>")));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/account/password").with(as(Role.ADVISOR)).param("currentPassword", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "admin").param("password", "whatever"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/metrics" })
	void noActuatorEndpointButHealthIsExposed(String path) throws Exception {
		this.mvc.perform(get(path).with(as(Role.ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void healthShowsNoDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("components"))));
	}

}
