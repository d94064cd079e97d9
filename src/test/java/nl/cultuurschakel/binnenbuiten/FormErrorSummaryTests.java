package nl.cultuurschakel.binnenbuiten;

import java.time.LocalDate;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error summary at the top of a form ({@code fragments/forms :: errorSummary}): each
 * line names its field (from the labels the form passes) and links to an element that is
 * on the page, also for fields whose controls do not simply carry the field's name as id.
 */
@IntegrationTest
class FormErrorSummaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	CurrentUser advisor;

	Long partner;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("summary-advisor", Role.ADVISOR);
		this.partner = this.network.partner("Samenvattingspartner", PartnerDomain.EDUCATION);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void eachLineNamesItsFieldAndLinksToIt() throws Exception {
		Document page = invalid(post("/contacts").param("submissionKey", UUID.randomUUID().toString())
			.param("date", "2024-03-05")
			.param("kind", "PHONE"));

		assertThat(page.select(".error-summary li").eachText())
			.containsExactlyInAnyOrder("Partner: Dit veld is verplicht.", "Onderwerp: Dit veld is verplicht.");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#counterpartId",
				"#subject");
		assertLinksLeadToTheirFields(page);
	}

	@Test
	void linksLeadToSelectsCheckboxesAndTheOtherPartners() throws Exception {
		Document page = invalid(post("/contacts").param("submissionKey", UUID.randomUUID().toString())
			.param("date", "2024-03-05")
			.param("counterpartId", this.partner.toString())
			.param("subject", "Kennismaken")
			.param("kind", "TELEPATHY")
			.param("neighbourhoodId", "987654321")
			.param("participantIds", "987654322"));

		assertThat(page.select(".error-summary li").eachText()).contains("Soort contact: Deze waarde is ongeldig.",
				"Wijk: Kies een bestaande wijk.", "Andere aanwezige partners: Kies alleen bestaande partners.");
		assertLinksLeadToTheirFields(page);
	}

	@Test
	void linksLeadToASingleCheckboxAndToACheckboxGroup() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Samenvattingswijk");
		Document membership = invalid(post("/memberships").param("partnerId", this.partner.toString())
			.param("neighbourhoodId", neighbourhood.toString())
			.param("roles", "NO_SUCH_ROLE"));
		assertThat(membership.select(".error-summary a").eachAttr("href")).contains("#roles", "#startDate");
		assertLinksLeadToTheirFields(membership);

		Long contact = Long.valueOf(this.mvc
			.perform(post("/contacts").with(user(this.advisor))
				.with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("date", LocalDate.of(2024, 3, 5).toString())
				.param("counterpartId", this.partner.toString())
				.param("kind", "PHONE")
				.param("subject", "Kennismaken"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/contacts/", ""));
		Document edit = invalid(post("/contacts/{id}", contact).param("date", "2024-03-05")
			.param("counterpartId", this.partner.toString())
			.param("kind", "PHONE")
			.param("subject", "Kennismaken")
			.param("followUpDone", "misschien"));
		assertThat(edit.select(".error-summary a").eachAttr("href")).containsExactly("#followUpDone");
		assertThat(edit.select(".error-summary a").text()).startsWith("Afgerond: ");
		assertLinksLeadToTheirFields(edit);
	}

	private Document invalid(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(this.advisor)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void assertLinksLeadToTheirFields(Document page) {
		assertThat(page.select(".error-summary a")).isNotEmpty();
		for (Element link : page.select(".error-summary a")) {
			String id = link.attr("href").substring(1);
			assertThat(page.getElementById(id)).as("target of %s", link).isNotNull();
		}
	}

}
