package nl.cultuurschakel.binnenbuiten.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner users see activities in their own neighbourhoods and plan only their own
 * organisation's, whatever ids they put in a URL or a form.
 */
@IntegrationTest
class ActivityAccessTests {

	static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	Long own;

	Long other;

	Long ownNeighbourhood;

	Long otherNeighbourhood;

	CurrentUser partnerUser;

	Long ownActivity;

	Long colleagueActivity;

	Long elsewhereActivity;

	@BeforeEach
	void setUp() {
		this.ownNeighbourhood = this.fixtures.neighbourhood("Eigenwijk");
		this.otherNeighbourhood = this.fixtures.neighbourhood("Vreemdewijk");
		this.own = this.network.partner("Eigenpartner", PartnerDomain.ARTS_CULTURE);
		this.other = this.network.partner("Anderpartner", PartnerDomain.SOCIAL);
		this.network.membership(this.own, this.ownNeighbourhood, LocalDate.of(2022, 1, 1), null);
		this.network.membership(this.other, this.ownNeighbourhood, LocalDate.of(2022, 1, 1), null);
		this.network.membership(this.other, this.otherNeighbourhood, LocalDate.of(2022, 1, 1), null);
		this.partnerUser = principal(Role.PARTNER, this.own);
		this.ownActivity = this.fixtures
			.activity(activity(this.ownNeighbourhood, this.own, DAY, "10:00", "11:00").title("Eigen dansles"));
		this.colleagueActivity = this.fixtures
			.activity(activity(this.ownNeighbourhood, this.other, DAY, "13:00", "14:00").title("Collega theater"));
		this.elsewhereActivity = this.fixtures
			.activity(activity(this.otherNeighbourhood, this.other, DAY, "10:00", "11:00").title("Verre muziek"));
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	MockHttpServletRequestBuilder asPartner(MockHttpServletRequestBuilder request) {
		return request.with(user(this.partnerUser)).with(csrf());
	}

	MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Long neighbourhood, Long partner) {
		return asPartner(request).param("title", "Partnerplan")
			.param("neighbourhoodId", neighbourhood.toString())
			.param("partnerIds", partner.toString())
			.param("date", DAY.toString())
			.param("startTime", "18:00")
			.param("endTime", "19:00")
			.param("address", "Buurthuis 3")
			.param("discipline", "THEATRE")
			.param("minAge", "8")
			.param("maxAge", "12")
			.param("costType", "FREE")
			.param("version", "0");
	}

	@Test
	void partnerSeesOnlyActivitiesInOwnNeighbourhoods() throws Exception {
		this.mvc.perform(asPartner(get("/activities")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Eigen dansles"), containsString("Collega theater"),
					not(containsString("Verre muziek")))));
		this.mvc.perform(asPartner(get("/activities").param("neighbourhood", this.otherNeighbourhood.toString())))
			.andExpect(content().string(containsString("Geen activiteiten gevonden")));
		this.mvc.perform(asPartner(get("/activities/{id}", this.colleagueActivity)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Collega theater")));
		this.mvc.perform(asPartner(get("/activities/{id}", this.elsewhereActivity))).andExpect(status().isNotFound());
		this.mvc
			.perform(asPartner(get("/activities/calendar").param("neighbourhood", this.otherNeighbourhood.toString())))
			.andExpect(status().isNotFound());
		this.mvc.perform(asPartner(get("/activities/export.csv")))
			.andExpect(content().string(allOf(containsString("Eigen dansles"), not(containsString("Verre muziek")))));
	}

	@Test
	void partnerChangesOnlyOwnOrganisationsActivities() throws Exception {
		this.mvc.perform(asPartner(get("/activities/{id}/edit", this.ownActivity)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eigen dansles")));
		this.mvc.perform(asPartner(get("/activities/{id}/edit", this.colleagueActivity)))
			.andExpect(status().isForbidden());
		this.mvc.perform(asPartner(get("/activities/{id}/edit", this.elsewhereActivity)))
			.andExpect(status().isNotFound());
		this.mvc.perform(asPartner(get("/activities/{id}/cancel", this.colleagueActivity)))
			.andExpect(status().isForbidden());
		this.mvc.perform(asPartner(post("/activities/{id}/delete", this.colleagueActivity)))
			.andExpect(status().isForbidden());
		this.mvc.perform(asPartner(get("/activities/{id}", this.colleagueActivity)))
			.andExpect(content().string(not(containsString("/activities/" + this.colleagueActivity + "/edit"))));

		// Posting the own organisation's id into another organisation's activity changes
		// nothing.
		this.mvc.perform(form(post("/activities/{id}", this.colleagueActivity), this.ownNeighbourhood, this.own))
			.andExpect(status().isForbidden());
		assertThat(this.activities.get(this.colleagueActivity).data().title()).isEqualTo("Collega theater");
	}

	@Test
	void partnerCannotPlanForAnotherOrganisationOrNeighbourhood() throws Exception {
		this.mvc.perform(form(post("/activities"), this.ownNeighbourhood, this.other))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post("/activities"), this.otherNeighbourhood, this.own))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post("/activities/{id}", this.ownActivity), this.ownNeighbourhood, this.other))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post("/activities/{id}", this.ownActivity), this.otherNeighbourhood, this.own))
			.andExpect(status().isForbidden());
		assertThat(this.activities.get(this.ownActivity).data().title()).isEqualTo("Eigen dansles");

		this.mvc.perform(form(post("/activities"), this.ownNeighbourhood, this.own))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void partnerFormOffersOnlyOwnNeighbourhoods() throws Exception {
		String html = this.mvc.perform(asPartner(get("/activities/new")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("select#neighbourhoodId option[value~=.+]").eachAttr("value"))
			.contains(this.ownNeighbourhood.toString())
			.doesNotContain(this.otherNeighbourhood.toString());
		assertThat(Jsoup.parse(html).select("#partnerIds-list input[checked]").eachAttr("value"))
			.containsExactly(this.own.toString());
	}

	@Test
	void conflictsAreForStaffAndSpacesForTheirOwners() throws Exception {
		this.mvc.perform(asPartner(get("/activities/conflicts"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/activities/conflicts").with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overlap en dubbele boekingen")));
		this.mvc.perform(get("/activities").with(as(Role.ADMIN))).andExpect(status().isForbidden());

		Long ownSpace = this.partners.addSpace(this.own, new SpaceData("Eigen studio", 20, null, false));
		Long otherSpace = this.partners.addSpace(this.other, new SpaceData("Andere zaal", 20, null, false));
		this.fixtures.activity(
				activity(this.ownNeighbourhood, this.own, DAY, "15:00", "16:00").title("In studio").space(ownSpace));
		this.mvc
			.perform(asPartner(get("/activities/spaces/{id}", ownSpace)).param("from", "2024-03-01")
				.param("to", "2024-03-31"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("In studio"), containsString("Bezetting van Eigen studio"))));
		this.mvc.perform(asPartner(get("/activities/spaces/{id}", otherSpace))).andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/spaces/{id}", otherSpace).with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De ruimte is in deze periode vrij.")));
	}

	@Test
	void aPartnerUsersClashMessageNamesOnlyActivitiesTheyMaySee() throws Exception {
		Long sharedHall = this.partners.addSpace(this.other, new SpaceData("Gedeelde zaal", 40, null, false));
		this.fixtures.activity(activity(this.otherNeighbourhood, this.other, DAY, "15:30", "17:00").title("Fotografie")
			.space(sharedHall));
		this.fixtures.activity(
				activity(this.ownNeighbourhood, this.other, DAY.plusWeeks(1), "15:30", "17:00").title("Zichtbaar koor")
					.space(sharedHall));

		String html = this.mvc
			.perform(inSpace(user(this.partnerUser), sharedHall).param("repeat", "WEEKLY").param("occurrences", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#clashes li").eachText()).containsExactly(
				"5 mrt. 2024: de ruimte is dan al geboekt voor een andere activiteit (15:30–17:00)",
				"12 mrt. 2024: de ruimte is dan al geboekt voor Zichtbaar koor (15:30–17:00)");
		assertThat(html).doesNotContain("Fotografie");

		this.mvc.perform(inSpace(as(Role.ADVISOR), sharedHall))
			.andExpect(content().string(containsString("de ruimte is dan al geboekt voor Fotografie (15:30–17:00)")));
	}

	private MockHttpServletRequestBuilder inSpace(RequestPostProcessor who, Long space) {
		return ActivityRequests
			.post(ActivityRequests.inSpace(ActivityRequests.validFields(this.ownNeighbourhood, this.own), space),
					"/activities")
			.with(who);
	}

}
