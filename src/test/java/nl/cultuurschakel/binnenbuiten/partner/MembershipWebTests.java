package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MembershipWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipService memberships;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void addsPartnerToNeighbourhoodFromThePartnerPage() throws Exception {
		Long partner = this.network.partner("Toetreder", PartnerDomain.ARTS_CULTURE);
		Long neighbourhood = this.network.neighbourhood("Doelwijk");
		this.mvc.perform(get("/partners/{id}/memberships/new", partner).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"neighbourhoodId\"")));

		this.mvc
			.perform(post("/memberships").with(as(Role.ADVISOR))
				.with(csrf())
				.param("from", "partner")
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", neighbourhood.toString())
				.param("startDate", "2023-01-01")
				.param("roles", "KEY_FIGURE", "PLAN_OWNER"))
			.andExpect(redirectedUrl("/partners/" + partner));

		assertThat(this.memberships.ofPartner(partner)).singleElement().satisfies((membership) -> {
			assertThat(membership.neighbourhoodId()).isEqualTo(neighbourhood);
			assertThat(membership.roles()).containsExactly(MembershipRole.KEY_FIGURE, MembershipRole.PLAN_OWNER);
			assertThat(membership.endDate()).isNull();
		});
	}

	@Test
	void addsMemberFromTheNeighbourhoodPage() throws Exception {
		Long partner = this.network.partner("Buurtlid", PartnerDomain.SOCIAL);
		Long neighbourhood = this.network.neighbourhood("Startwijk");
		this.mvc.perform(get("/neighbourhoods/{id}/members/new", neighbourhood).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("name=\"partnerId\"")));
		this.mvc
			.perform(post("/memberships").with(as(Role.COORDINATOR))
				.with(csrf())
				.param("from", "neighbourhood")
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", neighbourhood.toString())
				.param("startDate", "2023-01-01"))
			.andExpect(redirectedUrl("/neighbourhoods/" + neighbourhood));
	}

	@Test
	void refusesOverlappingMembershipOfTheSamePair() throws Exception {
		Long partner = this.network.partner("Dubbellid", PartnerDomain.OTHER);
		Long neighbourhood = this.network.neighbourhood("Overlapwijk");
		this.network.membership(partner, neighbourhood, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

		this.mvc
			.perform(post("/memberships").with(as(Role.ADVISOR))
				.with(csrf())
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", neighbourhood.toString())
				.param("startDate", "2022-12-31"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("membershipForm"))
			.andExpect(content().string(containsString("al lid van dit wijknetwerk")))
			.andExpect(content().string(containsString("value=\"2022-12-31\"")));

		// The day after the old one ended is fine.
		this.mvc
			.perform(post("/memberships").with(as(Role.ADVISOR))
				.with(csrf())
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", neighbourhood.toString())
				.param("startDate", "2023-01-01"))
			.andExpect(status().isFound());
		assertThat(this.memberships.ofPartner(partner)).hasSize(2);
	}

	@Test
	void rejectsEndBeforeStartUnknownNeighbourhoodAndBadDate() throws Exception {
		Long partner = this.network.partner("Fout", PartnerDomain.OTHER);
		this.mvc
			.perform(post("/memberships").with(as(Role.ADVISOR))
				.with(csrf())
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", "987654321")
				.param("startDate", "2023-05-01")
				.param("endDate", "2023-04-30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("membershipForm", "neighbourhoodId",
					"membership.neighbourhood.required"))
			.andExpect(
					model().attributeHasFieldErrorCode("membershipForm", "endDate", "membership.endDate.beforeStart"));
		this.mvc
			.perform(post("/memberships").with(as(Role.ADVISOR))
				.with(csrf())
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", "x")
				.param("startDate", "31-02-2023")
				.param("roles", "EMPEROR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("membershipForm", "neighbourhoodId", "startDate", "roles"))
			.andExpect(content().string(containsString("value=\"31-02-2023\"")));
	}

	@Test
	void changesPeriodAndRolesAndDeletesAfterConfirmation() throws Exception {
		Long partner = this.network.partner("Wisselaar", PartnerDomain.ARTS_CULTURE);
		Long neighbourhood = this.network.neighbourhood("Wisselwijk");
		Long id = this.network.membership(partner, neighbourhood, LocalDate.of(2022, 1, 1), null);
		MembershipView before = this.memberships.get(id);

		this.mvc
			.perform(post("/memberships/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("from", "neighbourhood")
				.param("startDate", "2022-01-01")
				.param("endDate", "2024-12-31")
				.param("roles", "COORDINATION")
				.param("version", String.valueOf(before.version())))
			.andExpect(redirectedUrl("/neighbourhoods/" + neighbourhood));
		MembershipView after = this.memberships.get(id);
		assertThat(after.endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(after.roles()).containsExactly(MembershipRole.COORDINATION);

		this.mvc.perform(get("/memberships/{id}/delete", id).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Weet u zeker")));
		this.mvc.perform(post("/memberships/{id}/delete", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(redirectedUrl("/partners/" + partner));
		assertThat(this.memberships.ofPartner(partner)).isEmpty();
	}

	@Test
	void partnerUsersCannotManageMemberships() throws Exception {
		Long partner = this.network.partner("Eigen", PartnerDomain.ARTS_CULTURE);
		Long neighbourhood = this.network.neighbourhood("Eigenwijk");
		Long id = this.network.membership(partner, neighbourhood, LocalDate.of(2022, 1, 1), null);
		org.springframework.test.web.servlet.request.RequestPostProcessor partnerUser = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal(Role.PARTNER, partner));
		this.mvc.perform(get("/memberships/{id}/edit", id).with(partnerUser)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/memberships").with(partnerUser)
				.with(csrf())
				.param("partnerId", partner.toString())
				.param("neighbourhoodId", neighbourhood.toString())
				.param("startDate", "2025-01-01"))
			.andExpect(status().isForbidden());
	}

}
