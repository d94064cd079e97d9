package nl.cultuurschakel.binnenbuiten;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists' page heads and filters, drawn by the shared fragments: the heading with its
 * actions, the from/to fields and the selects keep what the URL asks for, with their
 * labels in the user's language.
 */
@IntegrationTest
class ListFiltersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Filterwijk");
		this.partner = this.network.partner("Filterpartner", PartnerDomain.ARTS_CULTURE);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void activityFiltersKeepTheirValuesFromTheUrl() throws Exception {
		Document page = page(get("/activities").param("from", "2024-03-01")
			.param("to", "2024-03-31")
			.param("neighbourhood", this.neighbourhood.toString())
			.param("partner", this.partner.toString())
			.param("discipline", "MUSIC")
			.param("costType", "FREE")
			.param("status", "PLANNED"));

		assertThat(page.select(".page-header h1").text()).isEqualTo("Activiteiten");
		assertThat(page.select(".page-header .actions a").eachText()).contains("Nieuwe activiteit", "Kalender");
		assertThat(page.select("label[for=from]").text()).isEqualTo("Van");
		assertThat(page.select("input#from").val()).isEqualTo("2024-03-01");
		assertThat(page.select("input#to").val()).isEqualTo("2024-03-31");
		assertThat(selected(page, "neighbourhood")).isEqualTo(this.neighbourhood.toString());
		assertThat(selected(page, "partner")).isEqualTo(this.partner.toString());
		assertThat(selected(page, "discipline")).isEqualTo("MUSIC");
		assertThat(page.select("select#discipline option[selected]").text()).isEqualTo("Muziek");
		assertThat(selected(page, "costType")).isEqualTo("FREE");
		assertThat(selected(page, "status")).isEqualTo("PLANNED");
		assertThat(page.select("select#status option").first().text()).isEqualTo("Alle");
	}

	@Test
	void ideaAndWorkshopFiltersKeepTheirValuesInEnglish() throws Exception {
		Document ideas = page(get("/ideas").param("lang", "en")
			.param("neighbourhood", this.neighbourhood.toString())
			.param("discipline", "MUSIC")
			.param("from", "2023-01-01"));
		assertThat(ideas.select(".page-header h1").text()).isEqualTo("Children's ideas");
		assertThat(ideas.select("label[for=from]").text()).isEqualTo("Collected from");
		assertThat(ideas.select("input#from").val()).isEqualTo("2023-01-01");
		assertThat(selected(ideas, "neighbourhood")).isEqualTo(this.neighbourhood.toString());
		assertThat(ideas.select("select#discipline option[selected]").text()).isEqualTo("Music");

		Document workshops = page(get("/workshops").param("lang", "en")
			.param("partner", this.partner.toString())
			.param("to", "2024-12-31"));
		assertThat(workshops.select("label[for=partner]").text()).isEqualTo("Partner (venue or facilitator)");
		assertThat(selected(workshops, "partner")).isEqualTo(this.partner.toString());
		assertThat(workshops.select("input#to").val()).isEqualTo("2024-12-31");
		assertThat(workshops.select("select#neighbourhood option").first().text()).isEqualTo("All");
	}

	@Test
	void grantListShowsItsActionsToStaffAndKeepsTheStatus() throws Exception {
		Document page = page(get("/grants").param("status", "AWARDED"));
		assertThat(page.select(".page-header h1").text()).isEqualTo("Financiële bijdragen van CultuurSchakel");
		assertThat(page.select(".page-header .actions a").eachText()).contains("Nieuwe aanvraag");
		assertThat(page.select("select#status option[selected]").text()).isEqualTo("Toegekend");
	}

	@Test
	void dashboardPeriodFieldsAreRequiredAndMarkedWhenThePeriodIsWrong() throws Exception {
		Document fine = page(get("/dashboard").param("from", "2024-01-01").param("to", "2024-12-31"));
		assertThat(fine.select("input#from").hasAttr("required")).isTrue();
		assertThat(fine.select("input#from").val()).isEqualTo("2024-01-01");
		assertThat(fine.select("input#to").hasAttr("aria-invalid")).isFalse();

		Document page = page(get("/dashboard").param("from", "2024-12-31").param("to", "2024-01-01"),
				status().isBadRequest());
		assertThat(page.select("input#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#to").attr("aria-describedby")).isEqualTo("period-error");
		assertThat(page.select("#period-error")).hasSize(1);
		assertThat(page.select("select#district option").first().text()).isEqualTo("Alle stadsdelen");
	}

	@Test
	void partnerListKeepsItsYesNoFiltersWithTheirOwnWords() throws Exception {
		Document page = page(get("/partners").param("knowledgePartner", "false").param("active", "true"));
		assertThat(selected(page, "knowledgePartner")).isEqualTo("false");
		assertThat(page.select("select#knowledgePartner option").eachText()).containsExactly("Alle", "Ja", "Nee");
		assertThat(selected(page, "active")).isEqualTo("true");
		assertThat(page.select("select#active option").eachText()).containsExactly("Alle", "Actief", "Inactief");
		assertThat(page.select("#partner-search-busy.htmx-indicator")).hasSize(1);
	}

	@Test
	void formsEndWithSaveAndALinkBackAndOfferRecordsById() throws Exception {
		Document page = page(get("/workshops/new"));
		assertThat(page.select(".form__actions button[type=submit]").text()).isEqualTo("Opslaan");
		assertThat(page.select(".form__actions a.button--secondary").attr("href")).isEqualTo("/workshops");
		assertThat(page.select("select#neighbourhoodId option[value=" + this.neighbourhood + "]").text())
			.startsWith("Filterwijk");
	}

	@Test
	void membershipTablesHaveTheirColumnHeadsPeriodsAndRoles() throws Exception {
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null,
				MembershipRole.KEY_FIGURE);

		Document partner = page(get("/partners/{id}", this.partner));
		assertThat(partner.select("h2#memberships-title").text()).isEqualTo("Wijknetwerken");
		assertThat(partner.select(".page-header:has(#memberships-title) a.button--secondary").attr("href"))
			.isEqualTo("/partners/" + this.partner + "/memberships/new");
		assertThat(partner.select("section[aria-labelledby=memberships-title] thead th").eachText())
			.containsExactly("Wijk", "Periode", "Rollen in het netwerk", "Acties");
		assertThat(partner.select("section[aria-labelledby=memberships-title] tbody td").eachText())
			.contains("Sleutelfiguur / wegwijzer")
			.anyMatch((text) -> text.endsWith("2022 – heden"));

		Document neighbourhood = page(get("/neighbourhoods/{id}", this.neighbourhood));
		assertThat(neighbourhood.select("section[aria-labelledby=network-title] thead th").eachText())
			.containsExactly("Naam", "Rollen in het netwerk", "Periode", "Acties");
		assertThat(neighbourhood.select("section[aria-labelledby=network-title] tbody td").eachText())
			.contains("Sleutelfiguur / wegwijzer")
			.anyMatch((text) -> text.endsWith("2022 – heden"));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, status().isOk());
	}

	private Document page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
		String html = this.mvc.perform(request.with(as(Role.COORDINATOR)))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static String selected(Document page, String select) {
		return page.select("select#" + select + " option[selected]").val();
	}

}
