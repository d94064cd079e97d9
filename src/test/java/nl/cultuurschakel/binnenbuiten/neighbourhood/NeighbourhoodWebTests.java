package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class NeighbourhoodWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	PhaseChangeRepository phaseChanges;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void createsNeighbourhoodAndRecordsFirstPhase() throws Exception {
		String name = NetworkFixtures.unique("Nieuwewijk");
		MvcResult result = this.mvc
			.perform(post("/neighbourhoods").with(user(this.accounts.create("creator", Role.ADVISOR)))
				.with(csrf())
				.param("name", name)
				.param("district", "LAAK")
				.param("phase", "BUILDING_NETWORK")
				.param("activeSince", "2023-05-01")
				.param("children4To12", "1200")
				.param("latitude", "52.067")
				.param("longitude", "4.325"))
			.andExpect(status().isFound())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/neighbourhoods/", ""));
		this.network.track(id, null);

		NeighbourhoodDetails saved = this.neighbourhoods.get(id);
		assertThat(saved.district()).isEqualTo(District.LAAK);
		assertThat(this.neighbourhoods.phaseHistory(id))
			.containsExactly(new PhaseHistoryEntry(EcosystemPhase.BUILDING_NETWORK, LocalDate.of(2023, 5, 1)));
	}

	@Test
	void invalidInputKeepsValuesAndExplainsInDutch() throws Exception {
		this.mvc
			.perform(post("/neighbourhoods").with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", "")
				.param("district", "ATLANTIS")
				.param("phase", "EXPLORING")
				.param("children4To12", "-3")
				.param("latitude", "48.85")
				.param("profile", "Mijn lange profieltekst"))
			.andExpect(status().isOk())
			.andExpect(view().name("neighbourhoods/form"))
			.andExpect(model().attributeHasFieldErrors("neighbourhoodForm", "name", "district", "children4To12",
					"latitude"))
			.andExpect(content().string(containsString("Mijn lange profieltekst")))
			.andExpect(content().string(containsString("value=\"-3\"")))
			.andExpect(content().string(containsString("Dit veld is verplicht.")))
			.andExpect(content().string(containsString("Vul 0 of een hoger getal in.")))
			.andExpect(content().string(containsString("Deze breedtegraad ligt niet in of bij Den Haag.")));
	}

	@Test
	void rejectsHalfAPositionAndTextInNumbers() throws Exception {
		this.mvc
			.perform(post("/neighbourhoods").with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", NetworkFixtures.unique("Half"))
				.param("district", "LAAK")
				.param("phase", "EXPLORING")
				.param("children4To12", "veel")
				.param("latitude", "52.06"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("neighbourhoodForm", "longitude"))
			.andExpect(
					content().string(containsString("Vul zowel de breedte- als de lengtegraad in, of geen van beide.")))
			.andExpect(model().attributeHasFieldErrorCode("neighbourhoodForm", "children4To12", "typeMismatch"))
			.andExpect(content().string(containsString("Vul een geheel getal in.")))
			.andExpect(content().string(containsString("value=\"52.06\"")));
	}

	@Test
	void rejectsDuplicateNameInAnyCase() throws Exception {
		Long existing = this.network.neighbourhood("Dubbel");
		String name = this.neighbourhoods.get(existing).name();
		this.mvc
			.perform(post("/neighbourhoods").with(as(Role.COORDINATOR))
				.with(csrf())
				.param("name", name.toUpperCase())
				.param("district", "LAAK")
				.param("phase", "EXPLORING"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("neighbourhoodForm", "name", "neighbourhood.name.taken"));
	}

	@Test
	void concurrentEditShowsConflict() throws Exception {
		Long id = this.network.neighbourhood("Gelijktijdig");
		NeighbourhoodDetails before = this.neighbourhoods.get(id);
		this.neighbourhoods.update(id,
				new NeighbourhoodData(before.name(), District.CENTRUM, "Eerst opgeslagen", 5, null, null, null),
				before.version());

		this.mvc
			.perform(post("/neighbourhoods/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", before.name())
				.param("district", "LAAK")
				.param("profile", "Mijn versie")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn versie")))
			.andExpect(content().string(containsString("Eerst opgeslagen")));
		assertThat(this.neighbourhoods.get(id).profile()).isEqualTo("Eerst opgeslagen");
	}

	@Test
	void changesPhaseWithDate() throws Exception {
		Long id = this.network.neighbourhood("Fase");
		this.mvc
			.perform(post("/neighbourhoods/{id}/phase", id).with(user(this.accounts.create("phaser", Role.ADVISOR)))
				.with(csrf())
				.param("phase", "PARTICIPATION")
				.param("changedOn", "2024-03-01"))
			.andExpect(status().isFound());
		assertThat(this.neighbourhoods.get(id).phase()).isEqualTo(EcosystemPhase.PARTICIPATION);
		assertThat(this.neighbourhoods.phaseHistory(id).get(0))
			.isEqualTo(new PhaseHistoryEntry(EcosystemPhase.PARTICIPATION, LocalDate.of(2024, 3, 1)));
		HistoryEntry<EcosystemPhase> step = this.phaseChanges.history(id).get(1);
		assertThat(step.from()).isEqualTo(this.phaseChanges.history(id).get(0).to());
		assertThat(step.to()).isEqualTo(EcosystemPhase.PARTICIPATION);
	}

	@Test
	void refusesPhaseChangeInTheFuture() throws Exception {
		Long id = this.network.neighbourhood("Toekomst");
		this.mvc
			.perform(post("/neighbourhoods/{id}/phase", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("phase", "REALISING")
				.param("changedOn", LocalDate.now().plusDays(10).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("phaseForm", "changedOn", "PastOrPresent"));
		assertThat(this.neighbourhoods.get(id).phase()).isEqualTo(EcosystemPhase.EXPLORING);
	}

	@Test
	void detailShowsMembersGroupedByDomainWithRoles() throws Exception {
		Long id = this.network.neighbourhood("Netwerkwijk");
		Long school = this.network.partner("School", PartnerDomain.EDUCATION);
		Long theatre = this.network.partner("Theater", PartnerDomain.ARTS_CULTURE, true);
		Long former = this.network.partner("Vroeger", PartnerDomain.SOCIAL);
		this.network.membership(school, id, LocalDate.of(2022, 1, 1), null, MembershipRole.TARGET_GROUP_LINK);
		this.network.membership(theatre, id, LocalDate.of(2022, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.network.membership(former, id, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));

		String html = this.mvc.perform(get("/neighbourhoods/{id}", id).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("2 partners in het netwerk, waarvan 1 kennispartner", "Kunst en cultuur (1)", "Onderwijs (1)",
					"Sleutelfiguur / wegwijzer", "Verbinding met de doelgroep")
			.doesNotContain("Vroeger");
		assertThat(html.indexOf("Kunst en cultuur (1)")).isLessThan(html.indexOf("Onderwijs (1)"));
	}

	@Test
	void neighbourhoodWithMembersCannotBeDeleted() throws Exception {
		Long id = this.network.neighbourhood("Bezet");
		this.network.membership(this.network.partner("Lid", PartnerDomain.OTHER), id, LocalDate.of(2022, 1, 1), null);
		this.mvc.perform(post("/neighbourhoods/{id}/delete", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kan niet worden verwijderd")));
		assertThat(this.neighbourhoods.exists(id)).isTrue();
	}

	@Test
	void deletesUnusedNeighbourhoodAfterConfirmation() throws Exception {
		Long id = this.network.neighbourhood("Leeg");
		this.mvc.perform(get("/neighbourhoods/{id}/delete", id).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Weet u zeker")));
		this.mvc.perform(post("/neighbourhoods/{id}/delete", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.neighbourhoods.exists(id)).isFalse();
	}

	@Test
	void listFiltersByDistrictAndPhaseAndCounts() throws Exception {
		Long id = this.network.neighbourhood("Filterwijk");
		String name = this.neighbourhoods.get(id).name();
		this.mvc
			.perform(get("/neighbourhoods").param("district", "ESCAMP")
				.param("phase", "EXPLORING")
				.param("size", "100")
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/neighbourhoods").param("district", "LAAK").with(as(Role.ADVISOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))))
			.andExpect(content().string(containsString("gevonden")));
	}

	@Test
	void unknownNeighbourhoodIsNotFound() throws Exception {
		this.mvc.perform(get("/neighbourhoods/987654321").with(as(Role.ADVISOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/neighbourhoods/abc").with(as(Role.ADVISOR))).andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PARTNER", "ADMIN" })
	void onlyStaffOpenNeighbourhoods(Role role) throws Exception {
		Long id = this.network.neighbourhood("Verboden");
		this.mvc.perform(get("/neighbourhoods").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/neighbourhoods/{id}", id).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/neighbourhoods/{id}/delete", id).with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
