package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkshopWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Vrederust");
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void recordsAWorkshopWithCountsOnly() throws Exception {
		Long school = this.network.partner("Basisschool De Linde", PartnerDomain.EDUCATION);
		String location = this.mvc
			.perform(post("/workshops").with(as(Role.ADVISOR))
				.with(csrf())
				.param("heldOn", "2023-10-05")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("venuePartnerId", school.toString())
				.param("childrenSpoken", "24")
				.param("ageFrom", "9")
				.param("ageTo", "11")
				.param("groupDescription", "groep 7")
				.param("methodNotes", "Droomkaarten"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.replace("/workshops/", ""));
		this.youth.trackWorkshop(id);
		WorkshopData saved = this.workshops.get(id).data();
		assertThat(saved.childrenSpoken()).isEqualTo(24);
		assertThat(saved.venuePartnerId()).isEqualTo(school);
		this.mvc.perform(get(location).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("groep 7")))
			.andExpect(content().string(containsString("9–11 jaar")));
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		this.mvc
			.perform(post("/workshops").with(as(Role.ADVISOR))
				.with(csrf())
				.param("heldOn", "31-02-2023")
				.param("neighbourhoodId", "987654321")
				.param("childrenSpoken", "0")
				.param("ageFrom", "12")
				.param("ageTo", "8")
				.param("groupDescription", "groep 8 van juf"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("workshopForm", "heldOn", "neighbourhoodId", "childrenSpoken",
					"ageTo"))
			.andExpect(content().string(containsString("Vul een geldige datum in")))
			.andExpect(content().string(containsString("Vul een getal in van minstens 1")))
			.andExpect(content().string(containsString("groep 8 van juf")))
			.andExpect(content().string(containsString("nooit als persoon vastgelegd")));
	}

	@Test
	void listFiltersAndTotals() throws Exception {
		Long other = this.network.neighbourhood("Duindorp");
		this.youth.workshop(this.neighbourhood, LocalDate.of(2077, 1, 1), 12);
		this.youth.workshop(this.neighbourhood, LocalDate.of(2077, 12, 31), 8);
		this.youth.workshop(this.neighbourhood, LocalDate.of(2078, 1, 1), 30);
		this.youth.workshop(other, LocalDate.of(2077, 6, 1), 40);
		this.mvc
			.perform(get("/workshops").with(as(Role.ADVISOR))
				.param("neighbourhood", this.neighbourhood.toString())
				.param("from", "2077-01-01")
				.param("to", "2077-12-31")
				.param("sort", "nonsense,desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 workshops gevonden, samen 20 kinderen gesproken")));
		this.mvc.perform(get("/workshops").with(as(Role.ADVISOR)).param("from", "2099-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er zijn geen workshops")));
	}

	@Test
	void aWorkshopWithIdeasIsNotDeletedButOneWithoutIs() throws Exception {
		Long used = this.youth.workshop(this.neighbourhood, LocalDate.of(2023, 1, 1), 12);
		this.youth.idea(this.neighbourhood, used, "Dansfeest", LocalDate.of(2023, 1, 1));
		Long unused = this.youth.workshop(this.neighbourhood, LocalDate.of(2023, 1, 2), 12);
		this.mvc.perform(get("/workshops/{id}/delete", unused).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Weet u zeker")));
		this.mvc.perform(post("/workshops/{id}/delete", used).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kan daarom niet worden verwijderd")));
		this.mvc.perform(post("/workshops/{id}/delete", unused).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.workshops.exists(unused)).isFalse();
		assertThat(this.workshops.exists(used)).isTrue();
	}

	@Test
	void editConflictKeepsInputAndShowsTheCurrentState() throws Exception {
		Long id = this.youth.workshop(this.neighbourhood, LocalDate.of(2023, 1, 1), 12);
		long version = this.workshops.get(id).version();
		this.workshops.update(id, new WorkshopData(LocalDate.of(2023, 1, 1), this.neighbourhood, null, null, 15, 8, 12,
				"groep 5 (gewijzigd)", null), version);
		this.mvc
			.perform(post("/workshops/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("heldOn", "2023-01-01")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("childrenSpoken", "13")
				.param("ageFrom", "8")
				.param("ageTo", "12")
				.param("groupDescription", "mijn versie"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("groep 5 (gewijzigd)")))
			.andExpect(content().string(containsString("mijn versie")));
		assertThat(this.workshops.get(id).data().childrenSpoken()).isEqualTo(15);
	}

	@Test
	void unknownWorkshopIsNotFoundAndPartnersAreKeptOut() throws Exception {
		this.mvc.perform(get("/workshops/{id}", 987654321L).with(as(Role.ADVISOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/workshops").with(as(Role.PARTNER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/workshops/new").with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("naam van het kind"))));
	}

}
