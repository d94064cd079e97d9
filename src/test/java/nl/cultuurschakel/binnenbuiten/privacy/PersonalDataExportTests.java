package nl.cultuurschakel.binnenbuiten.privacy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.agenda.AgendaFeeds;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator downloads everything stored about one user: the account without its
 * password hash, the contact moments the user logged (with notes) and the status changes
 * the user made, gathered from the modules that store them.
 */
@IntegrationTest
class PersonalDataExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ContactService contacts;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	AgendaFeeds agendaFeeds;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("exported", Role.ADVISOR);
		CurrentUser colleague = this.accounts.create("colleague", Role.ADVISOR);
		Long partner = this.network.partner("Exportschool", PartnerDomain.SOCIAL);
		Long neighbourhood = this.network.neighbourhood("Exportwijk");
		log(this.advisor, partner, LocalDate.of(2023, 2, 1), "Kennismaking", "Notitie van de adviseur");
		log(this.advisor, partner, LocalDate.of(2023, 5, 1), "Vervolg", null);
		log(colleague, partner, LocalDate.of(2023, 6, 1), "Van een collega", "Notitie van een ander");
		this.neighbourhoods.changePhase(neighbourhood, EcosystemPhase.BUILDING_NETWORK, LocalDate.of(2023, 7, 1),
				this.advisor.getId());
		this.agendaFeeds.subscribe(this.advisor.getId());
	}

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void exportsEverythingStoredAboutTheUserWithoutThePassword() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/export", this.advisor.getId()).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"binnenbuiten-user-" + this.advisor.getId() + ".json\"")))
			.andExpect(jsonPath("$.account.username").value(this.advisor.getUsername()))
			.andExpect(jsonPath("$.account.role").value("ADVISOR"))
			.andExpect(jsonPath("$.contactMoments", hasSize(2)))
			.andExpect(jsonPath("$.contactMoments[0].data.date").value("2023-02-01"))
			.andExpect(jsonPath("$.contactMoments[0].data.subject").value("Kennismaking"))
			.andExpect(jsonPath("$.contactMoments[0].data.notes").value("Notitie van de adviseur"))
			.andExpect(jsonPath("$.contactMoments[1].data.subject").value("Vervolg"))
			.andExpect(jsonPath("$.phaseChanges", hasSize(1)))
			.andExpect(jsonPath("$.phaseChanges[0].toStatus").value("BUILDING_NETWORK"))
			.andExpect(jsonPath("$.agendaFeedSince").isNotEmpty())
			.andExpect(jsonPath("$.ideaStatusChanges", hasSize(0)))
			.andExpect(jsonPath("$.grantStatusChanges", hasSize(0)))
			.andExpect(content().string(not(containsString("Notitie van een ander"))))
			.andExpect(content().string(not(containsString("bcrypt"))))
			.andExpect(content().string(not(containsString("password"))));
	}

	@Test
	void theAdminPageOffersTheDownload() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/edit", this.advisor.getId()).with(as(Role.ADMIN)))
			.andExpect(content().string(containsString("/admin/users/" + this.advisor.getId() + "/export")))
			.andExpect(content().string(containsString("Gegevens downloaden (JSON)")));
	}

	@Test
	void onlyAdministratorsExport() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/export", this.advisor.getId()).with(as(Role.COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownUserIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/export", Long.MAX_VALUE).with(as(Role.ADMIN)))
			.andExpect(status().isNotFound());
	}

	private void log(CurrentUser advisor, Long partner, LocalDate date, String subject, String notes) {
		this.contacts.log(new ContactData(date, advisor.getId(), partner, Set.of(), null, ContactKind.MEETING, subject,
				notes, null, null, false), UUID.randomUUID());
	}

}
