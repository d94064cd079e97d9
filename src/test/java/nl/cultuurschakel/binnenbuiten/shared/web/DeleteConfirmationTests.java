package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one delete-confirmation page ({@code fragments/delete :: confirm}): it asks first,
 * and when other records still refer to the record it says so instead of failing.
 */
@IntegrationTest
class DeleteConfirmationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerService partners;

	@Autowired
	IdeaService ideas;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@AfterEach
	void cleanUp() {
		this.activities.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aSpaceWithActivitiesIsNotDeletedAndThePageSaysWhy() throws Exception {
		Long neighbourhood = this.activities.neighbourhood("Zaalwijk");
		Long partner = this.network.partner("Buurthuis De Zaal", PartnerDomain.OTHER);
		Long space = this.partners.addSpace(partner, new SpaceData("Grote zaal", 80, null));
		this.activities
			.activity(activity(neighbourhood, partner, LocalDate.of(2024, 5, 1), "15:00", "16:00").space(space));

		Document confirm = page(get("/partners/{p}/spaces/{s}/delete", partner, space));
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Ruimte Grote zaal verwijderen");
		assertThat(confirm.select("form[action=/partners/" + partner + "/spaces/" + space + "/delete] button").text())
			.isEqualTo("Verwijderen");

		Document refused = page(post("/partners/{p}/spaces/{s}/delete", partner, space).with(csrf()));
		assertThat(refused.selectFirst(".notice--error[role=alert]").text())
			.startsWith("Deze ruimte kan niet worden verwijderd");
		assertThat(refused.select("form[action$=/delete]")).isEmpty();
		assertThat(refused.selectFirst("main a[href=/partners/" + partner + "]").text()).isEqualTo("Terug");
		assertThat(this.partners.spaces(partner)).hasSize(1);
	}

	@Test
	void anUnusedSpaceIsDeleted() throws Exception {
		Long partner = this.network.partner("Buurthuis Leeg", PartnerDomain.OTHER);
		Long space = this.partners.addSpace(partner, new SpaceData("Kleine zaal", 10, null));
		this.mvc.perform(post("/partners/{p}/spaces/{s}/delete", partner, space).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(redirectedUrl("/partners/" + partner));
		assertThat(this.partners.spaces(partner)).isEmpty();
	}

	@Test
	void anIdeaWithAGrantIsNotDeleted() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Bijdragewijk");
		Long partner = this.network.partner("Fonds", PartnerDomain.OTHER);
		Long idea = this.youth.idea(neighbourhood, "Muziekfestival", LocalDate.of(2024, 2, 1));
		this.youth.grant(idea, partner, "500", LocalDate.of(2024, 2, 10));

		Document refused = page(post("/ideas/{id}/delete", idea).with(csrf()));
		assertThat(refused.selectFirst("h1").text()).isEqualTo("Idee \"Muziekfestival\" verwijderen");
		assertThat(refused.selectFirst(".notice--error[role=alert]").text())
			.isEqualTo("Voor dit idee zijn bijdragen aangevraagd; het kan daarom niet worden verwijderd.");
		assertThat(refused.select("form[action$=/delete]")).isEmpty();
		assertThat(this.ideas.get(idea).data().title()).isEqualTo("Muziekfestival");
	}

	@Test
	void theMembershipConfirmationKeepsWhereTheUserCameFrom() throws Exception {
		Long partner = this.network.partner("Lidpartner", PartnerDomain.ARTS_CULTURE);
		Long neighbourhood = this.network.neighbourhood("Lidwijk");
		Long id = this.network.membership(partner, neighbourhood, LocalDate.of(2022, 1, 1), null);

		Document confirm = page(get("/memberships/{id}/delete", id).param("from", "neighbourhood"));
		assertThat(confirm.select("main p").eachText())
			.anyMatch((text) -> text.startsWith("Is de samenwerking gestopt?"));
		String action = confirm.selectFirst("form[action^=/memberships/" + id + "/delete]").attr("action");
		assertThat(confirm.selectFirst("a.button--secondary").attr("href"))
			.isEqualTo("/memberships/" + id + "/edit?from=neighbourhood");

		this.mvc.perform(post(action).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(redirectedUrl("/neighbourhoods/" + neighbourhood));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
