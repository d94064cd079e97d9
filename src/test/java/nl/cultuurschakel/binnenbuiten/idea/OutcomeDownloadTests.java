package nl.cultuurschakel.binnenbuiten.idea;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The children's outcome PDF downloads under a name in the user's language; the Dutch
 * name has an ë, so the header carries it safely (RFC 6266).
 */
@IntegrationTest
class OutcomeDownloadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Long workshop;

	@BeforeEach
	void setUp() {
		this.workshop = this.youth.workshop(this.network.neighbourhood("Uitkomstwijk"), LocalDate.of(2023, 3, 14), 12);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theDutchNameKeepsItsDiaeresisAndHasAnAsciiFallback() throws Exception {
		String header = disposition("nl");
		assertThat(header).isEqualTo("attachment; filename=\"ideeen-workshop-2023-03-14.pdf\"; "
				+ "filename*=UTF-8''idee%C3%ABn-workshop-2023-03-14.pdf");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("ideeën-workshop-2023-03-14.pdf");
	}

	@Test
	void theEnglishNameIsEnglish() throws Exception {
		assertThat(disposition("en")).isEqualTo("attachment; filename=\"workshop-ideas-2023-03-14.pdf\"");
	}

	@Test
	void theOutcomePageLinksToThePdfWithTheSharedWording() throws Exception {
		String html = this.mvc.perform(get("/workshops/{id}/outcome", this.workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("a[href$=outcome.pdf]").text()).isEqualTo("Downloaden als PDF");
	}

	private String disposition(String language) throws Exception {
		return this.mvc
			.perform(get("/workshops/{id}/outcome.pdf", this.workshop).param("lang", language).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
	}

}
