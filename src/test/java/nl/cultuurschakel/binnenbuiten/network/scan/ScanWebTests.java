package nl.cultuurschakel.binnenbuiten.network.scan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scan page per role, saving and signing off, and bad input.
 */
@IntegrationTest
class ScanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ScanService scans;

	@Autowired
	JdbcTemplate jdbc;

	Long neighbourhood;

	Long otherNeighbourhood;

	CurrentUser advisor;

	CurrentUser coordinator;

	CurrentUser memberPartner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Scanwijk");
		this.otherNeighbourhood = this.network.neighbourhood("Anderewijk");
		Long library = this.network.partner("Bieb", PartnerDomain.OTHER);
		this.network.membership(library, this.neighbourhood, LocalDate.of(2022, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.advisor = this.accounts.create("scan-advisor", Role.ADVISOR);
		this.coordinator = this.accounts.create("scan-coordinator", Role.COORDINATOR);
		this.memberPartner = this.accounts.create("scan-partner", Role.PARTNER, library);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from network_scan where neighbourhood_id in (?, ?)", this.neighbourhood,
				this.otherNeighbourhood);
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	private String page() {
		return "/neighbourhoods/" + this.neighbourhood + "/scan/2024";
	}

	private MockHttpServletRequestBuilder save(CurrentUser who, long version) {
		return post(page()).with(user(who)).with(csrf()).param("version", String.valueOf(version));
	}

	@Test
	void advisorSeesTheFiveBlocksWithTheirItemsAndTheForm() throws Exception {
		this.mvc.perform(get(page()).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bouwstenenscan 2024")))
			.andExpect(content().string(containsString("Stevige basis")))
			.andExpect(content().string(containsString("Vooruitkijken")))
			.andExpect(content().string(containsString("Een vast aanspreekpunt per organisatie")))
			.andExpect(content().string(containsString("name=\"items[FIXED_CONTACT_PERSON].status\"")))
			.andExpect(content().string(containsString("Nog niet ingevuld.")))
			.andExpect(content().string(not(containsString("Scan aftekenen"))));
	}

	@Test
	void advisorSavesAStatusAndNote() throws Exception {
		this.mvc
			.perform(save(this.advisor, ScanService.NEW).param("items[FIXED_CONTACT_PERSON].status", "IN_PLACE")
				.param("items[FIXED_CONTACT_PERSON].note", "Elke partner heeft een vaste contactpersoon."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flash", "scan.saved"));

		ScanView scan = this.scans.get(this.neighbourhood, 2024);
		assertThat(scan.answer(ScanItem.FIXED_CONTACT_PERSON).status()).isEqualTo(ItemStatus.IN_PLACE);
		assertThat(scan.answer(ScanItem.FIXED_CONTACT_PERSON).note())
			.isEqualTo("Elke partner heeft een vaste contactpersoon.");
		assertThat(scan.answer(ScanItem.CLEAR_GOALS).status()).isEqualTo(ItemStatus.NOT_YET);
		assertThat(scan.updatedBy()).isEqualTo("Test scan-advisor");
		this.mvc.perform(get(page()).with(user(this.advisor)))
			.andExpect(content().string(containsString("Elke partner heeft een vaste contactpersoon.")))
			.andExpect(
					content().string(containsString("Partners in deze wijk lezen de scan mee, ook de onderbouwing.")));
		// the evidence is shared with the neighbourhood's partners, as the form tells
		// staff
		this.mvc.perform(get(page()).with(user(this.memberPartner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elke partner heeft een vaste contactpersoon.")))
			.andExpect(content().string(not(containsString("name=\"items[FIXED_CONTACT_PERSON].note\""))));
	}

	@Test
	void tooLongNoteAndUnknownStatusAreExplainedInDutchAndNothingIsStored() throws Exception {
		this.mvc
			.perform(save(this.advisor, ScanService.NEW).param("items[CLEAR_ROLES].status", "IN_PLACE")
				.param("items[CLEAR_ROLES].note", "Mijn notitie")
				.param("items[NO_OVERLAP].status", "MAYBE")
				.param("items[CLEAR_GOALS].note", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrors("scanForm", "items[NO_OVERLAP].status", "items[CLEAR_GOALS].note"))
			.andExpect(content().string(containsString("Schrijf hoogstens 1.000 tekens.")))
			.andExpect(content().string(containsString("Kies een van de statussen.")))
			.andExpect(content().string(containsString("Mijn notitie")));
		assertThat(this.scans.get(this.neighbourhood, 2024).isStored()).isFalse();
	}

	@Test
	void anUnknownItemIsIgnoredAndTheKnownOnesAreSaved() throws Exception {
		this.mvc
			.perform(save(this.advisor, ScanService.NEW).param("items[NOPE].status", "IN_PLACE")
				.param("items[CLEAR_ROLES].status", "IN_PROGRESS"))
			.andExpect(status().isFound());
		assertThat(this.scans.get(this.neighbourhood, 2024).answers()).containsOnlyKeys(ScanItem.values());
		assertThat(this.scans.get(this.neighbourhood, 2024).answer(ScanItem.CLEAR_ROLES).status())
			.isEqualTo(ItemStatus.IN_PROGRESS);
	}

	@Test
	void aSaveOverSomeoneElsesLaterSaveIsAConflictThatKeepsTheInput() throws Exception {
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PROGRESS, "Eerste versie")), ScanService.NEW,
				this.coordinator.getId());
		this.mvc
			.perform(save(this.advisor, ScanService.NEW).param("items[CLEAR_ROLES].status", "IN_PLACE")
				.param("items[CLEAR_ROLES].note", "Mijn versie"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")))
			.andExpect(content().string(containsString("Mijn versie")))
			.andExpect(content().string(containsString("Mee bezig</span><span> — Eerste versie</span>")));
		assertThat(this.scans.get(this.neighbourhood, 2024).answer(ScanItem.CLEAR_ROLES).note())
			.isEqualTo("Eerste versie");
	}

	@Test
	void coordinatorSignsOffAndAChangeAfterwardsReopensTheScan() throws Exception {
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null)), ScanService.NEW,
				this.advisor.getId());
		long version = this.scans.get(this.neighbourhood, 2024).version();
		this.mvc.perform(get(page()).with(user(this.coordinator)))
			.andExpect(content().string(containsString("Scan aftekenen")));
		this.mvc
			.perform(post(page() + "/sign-off").with(user(this.coordinator))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "scan.signedOff"));
		ScanView signed = this.scans.get(this.neighbourhood, 2024);
		assertThat(signed.isSignedOff()).isTrue();
		assertThat(signed.signedOffBy()).isEqualTo("Test scan-coordinator");
		this.mvc.perform(get(page()).with(user(this.advisor)))
			.andExpect(content().string(containsString("Afgetekend door Test scan-coordinator")));

		this.mvc.perform(save(this.advisor, signed.version()).param("items[CLEAR_ROLES].status", "IN_PROGRESS"))
			.andExpect(flash().attribute("flash", "scan.saved.reopened"));
		assertThat(this.scans.get(this.neighbourhood, 2024).isSignedOff()).isFalse();
	}

	@Test
	void aSignOffOfAScanThatChangedSinceSignsNothing() throws Exception {
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null)), ScanService.NEW,
				this.advisor.getId());
		long version = this.scans.get(this.neighbourhood, 2024).version();
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PROGRESS, null)), version,
				this.advisor.getId());
		this.mvc
			.perform(post(page() + "/sign-off").with(user(this.coordinator))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flash", "scan.signOff.changed"));
		assertThat(this.scans.get(this.neighbourhood, 2024).isSignedOff()).isFalse();
	}

	@Test
	void anAdvisorCannotSignOff() throws Exception {
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null)), ScanService.NEW,
				this.advisor.getId());
		this.mvc
			.perform(post(page() + "/sign-off").with(user(this.advisor))
				.with(csrf())
				.param("version", String.valueOf(this.scans.get(this.neighbourhood, 2024).version())))
			.andExpect(status().isForbidden());
		assertThat(this.scans.get(this.neighbourhood, 2024).isSignedOff()).isFalse();
	}

	@Test
	void aPartnerOfAMemberReadsTheScanWithoutAForm() throws Exception {
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, "Rollen staan in het plan")),
				ScanService.NEW, this.advisor.getId());
		this.mvc.perform(get(page()).with(user(this.memberPartner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rollen staan in het plan")))
			.andExpect(content().string(not(containsString("name=\"items[CLEAR_ROLES].status\""))));
	}

	@Test
	void aPartnerCannotOpenAnotherNeighbourhoodsScanNorSave() throws Exception {
		this.mvc
			.perform(get("/neighbourhoods/" + this.otherNeighbourhood + "/scan/2024").with(user(this.memberPartner)))
			.andExpect(status().isNotFound());
		this.mvc.perform(save(this.memberPartner, ScanService.NEW).param("items[CLEAR_ROLES].status", "IN_PLACE"))
			.andExpect(status().isForbidden());
		assertThat(this.scans.get(this.neighbourhood, 2024).isStored()).isFalse();
	}

	@Test
	void anAdministratorHasNoScan() throws Exception {
		this.mvc.perform(get(page()).with(user(this.accounts.create("scan-admin", Role.ADMIN))))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1999", "2100", "20240", "twee", "-1" })
	void aYearOutsideThePlanningYearsIsABadRequest(String year) throws Exception {
		this.mvc.perform(get("/neighbourhoods/" + this.neighbourhood + "/scan/" + year).with(user(this.advisor)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownNeighbourhoodIsNotFound() throws Exception {
		this.mvc.perform(get("/neighbourhoods/987654321/scan/2024").with(user(this.advisor)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/neighbourhoods/987654321/scan/2024").with(user(this.advisor))
				.with(csrf())
				.param("version", "-1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aChartComparesTheItemsInPlacePerBlockWithThePreviousYear() throws Exception {
		this.scans.answer(
				this.neighbourhood, 2023, Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null),
						ScanItem.KEY_FIGURES, new ItemAnswer(ItemStatus.IN_PROGRESS, null)),
				ScanService.NEW, this.advisor.getId());
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null), ScanItem.KEY_FIGURES,
						new ItemAnswer(ItemStatus.IN_PLACE, null), ScanItem.CLEAR_GOALS,
						new ItemAnswer(ItemStatus.IN_PLACE, null)),
				ScanService.NEW, this.advisor.getId());
		String html = this.mvc.perform(get(page()).with(user(this.advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		Element chart = page.getElementById("chart-scan-comparison");
		assertThat(chart).isNotNull();
		assertThat(chart.select("tbody tr").eachText())
			.startsWith("Stevige basis 2023 1", "Stevige basis 2024 2", "Samen sterker 2023 0", "Samen sterker 2024 0")
			.contains("Vooruitkijken 2023 0", "Vooruitkijken 2024 1")
			.hasSize(10);
		assertThat(chart.select("svg rect")).hasSize(10)
			.allSatisfy((bar) -> assertThat(bar.attr("width")).matches("\\d+(\\.\\d)?"));
	}

	@Test
	void theNeighbourhoodPageLinksToThisYearsScanThroughItsHub() throws Exception {
		this.mvc.perform(get("/neighbourhoods/" + this.neighbourhood).with(user(this.advisor)))
			.andExpect(content().string(containsString("/neighbourhoods/" + this.neighbourhood + "/overview")));
		String year = String.valueOf(LocalDate.now().getYear());
		this.mvc
			.perform(get("/neighbourhoods/" + this.neighbourhood + "/overview").header("HX-Request", "true")
				.with(user(this.advisor)))
			.andExpect(
					content().string(containsString("/neighbourhoods/" + this.neighbourhood + "/scan/" + year + "\"")))
			.andExpect(content().string(containsString("Bouwstenenscan " + year)));
	}

}
