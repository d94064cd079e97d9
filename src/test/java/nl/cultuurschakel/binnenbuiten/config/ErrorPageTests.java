package nl.cultuurschakel.binnenbuiten.config;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Error pages are rendered by the servlet container's error dispatch, which MockMvc does
 * not perform; these tests render the error page as the container would.
 */
@IntegrationTest
class ErrorPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void notFoundPageIsFriendlyAndDutch() throws Exception {
		String html = renderError(404, "/partners/999", null);
		assertThat(html).contains("<h1>Pagina niet gevonden</h1>", "Foutcode 404", "<main");
	}

	@Test
	void forbiddenPageExplains() throws Exception {
		assertThat(renderError(403, "/admin/users", null)).contains("<h1>Geen toegang</h1>");
	}

	@Test
	void conflictPageExplains() throws Exception {
		assertThat(renderError(409, "/x", null)).contains("<h1>Conflict bij opslaan</h1>");
	}

	@Test
	void serverErrorNeverShowsTheException() throws Exception {
		String html = renderError(500, "/x", new IllegalStateException("secret internal detail"));
		assertThat(html).contains("<h1>Er ging iets mis</h1>")
			.doesNotContain("secret internal detail", "IllegalStateException", "at nl.");
	}

	@Test
	void otherClientErrorsGetTheGeneralPage() throws Exception {
		assertThat(renderError(400, "/x", null)).contains("<h1>Dit verzoek kan niet worden verwerkt</h1>");
	}

	@Test
	void errorPagesSpeakEnglishToo() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/error").with(as(Role.ADVISOR))
				.param("lang", "en")
				.accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", 404)
				.requestAttr("jakarta.servlet.error.request_uri", "/x"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("<h1>Page not found</h1>");
	}

	@Test
	void unknownPathForLoggedInUserIsNotFound() throws Exception {
		this.mvc.perform(get("/no-such-page").with(as(Role.ADVISOR))).andExpect(status().isNotFound());
	}

	private String renderError(int status, String uri, Exception exception) throws Exception {
		MockHttpServletRequestBuilder request = get("/error").with(as(Role.ADVISOR))
			.accept(MediaType.TEXT_HTML)
			.requestAttr("jakarta.servlet.error.status_code", status)
			.requestAttr("jakarta.servlet.error.request_uri", uri);
		if (exception != null) {
			request.requestAttr("jakarta.servlet.error.exception", exception);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return result.getResponse().getContentAsString();
	}

}
