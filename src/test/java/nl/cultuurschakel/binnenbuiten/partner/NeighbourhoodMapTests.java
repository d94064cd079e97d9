package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The map of a neighbourhood's network: its current members with their positions and
 * spaces (located or not) as a table that the map's script reads, for staff and for
 * partner users of that neighbourhood only.
 */
@IntegrationTest
class NeighbourhoodMapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	Long neighbourhood;

	Long otherNeighbourhood;

	Long school;

	Long library;

	Long outsider;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Kaartwijk");
		this.otherNeighbourhood = this.network.neighbourhood("Anderekaartwijk");
		this.school = this.network.partner("Kaartschool", PartnerDomain.EDUCATION);
		this.library = this.network.partner("Kaartbieb", PartnerDomain.OTHER, true);
		this.outsider = this.network.partner("Buitenstaander", PartnerDomain.SOCIAL);
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(this.school, this.neighbourhood, start, null, MembershipRole.KEY_FIGURE);
		this.network.membership(this.library, this.neighbourhood, start, null);
		this.network.membership(this.outsider, this.otherNeighbourhood, start, null);
		this.network.locate(this.school, new GeoPoint("52.0391", "4.2561"));
		this.partners.addSpace(this.school,
				new SpaceData("Gymzaal", 60, null, false, new GeoPoint("52.040100", "4.258000")));
		this.partners.addSpace(this.school, new SpaceData("Aula", 120, null));
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void staffSeeEveryMemberWithPositionAndSpacesAndThoseWithoutALocation() throws Exception {
		String html = page(AccountFixtures.as(Role.ADVISOR));

		assertThat(html).contains("data-neighbourhood-map")
			.contains("data-map-member")
			// plain decimals with a dot, never locale-formatted
			.contains("data-lat=\"52.039100\"", "data-lon=\"4.256100\"")
			.contains("data-name=\"Gymzaal\"", "data-lat=\"52.040100\"", "data-lon=\"4.258000\"")
			.contains("Aula (bij de partner)")
			.contains("data-domain=\"EDUCATION\"", "data-letter=\"O\"")
			.contains("data-knowledge=\"true\"")
			.contains("Zonder locatie (1)")
			.contains("zonder locatie")
			.contains("href=\"/partners/" + this.school + "\"")
			.doesNotContain(this.partners.get(this.outsider).name());
	}

	@Test
	void aPartnerUserSeesTheMapOfItsOwnNeighbourhoodWithoutStaffData() throws Exception {
		String html = page(user(AccountFixtures.principal(Role.PARTNER, this.school)));

		assertThat(html).contains(this.partners.get(this.library).name())
			.contains("data-lat=\"52.039100\"")
			// no links to the staff-only partner pages, no contact persons
			.doesNotContain("href=\"/partners/")
			.doesNotContain(this.partners.get(this.library).profile().contactEmail())
			.doesNotContain(this.partners.get(this.library).profile().contactName());
	}

	@Test
	void aPartnerUserCannotOpenTheMapOfAnotherNeighbourhood() throws Exception {
		this.mvc
			.perform(get("/neighbourhoods/{id}/map", this.otherNeighbourhood)
				.with(user(AccountFixtures.principal(Role.PARTNER, this.school))))
			.andExpect(status().isNotFound());
	}

	@Test
	void administratorsDoNotSeeNeighbourhoodMaps() throws Exception {
		this.mvc.perform(get("/neighbourhoods/{id}/map", this.neighbourhood).with(AccountFixtures.as(Role.ADMIN)))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownNeighbourhoodIsNotFoundAndTextIsABadRequest() throws Exception {
		this.mvc.perform(get("/neighbourhoods/999999999/map").with(AccountFixtures.as(Role.COORDINATOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/neighbourhoods/kaart/map").with(AccountFixtures.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/neighbourhoods/99999999999999999999999/map").with(AccountFixtures.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEmptyNetworkSaysSo() throws Exception {
		Long empty = this.network.neighbourhood("Legewijk");
		String html = this.mvc.perform(get("/neighbourhoods/{id}/map", empty).with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Het netwerk van deze wijk heeft op dit moment geen leden.")
			.doesNotContain("data-map-member");
	}

	@Test
	void theNeighbourhoodPageLinksToItsMapInsteadOfShowingRawCoordinates() throws Exception {
		String html = this.mvc
			.perform(get("/neighbourhoods/{id}", this.neighbourhood).with(AccountFixtures.as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/neighbourhoods/" + this.neighbourhood + "/map\"");
		String mine = this.mvc
			.perform(get("/my-network").with(user(AccountFixtures.principal(Role.PARTNER, this.school))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("href=\"/neighbourhoods/" + this.neighbourhood + "/map\"");
	}

	@Test
	void theMapTakesFourQueriesWhateverTheNumberOfMembersAndSpaces(@Autowired MemberLocations locations) {
		LocalDate today = LocalDate.now();
		QueryCounting.reset();
		assertThat(locations.of(this.neighbourhood, today)).hasSize(2);
		long small = QueryCounting.statements();
		for (int i = 0; i < 4; i++) {
			Long extra = this.network.partner("Extra", PartnerDomain.SOCIAL);
			this.network.membership(extra, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
			this.partners.addSpace(extra, new SpaceData("Zaal", 10, null));
		}
		QueryCounting.reset();
		assertThat(locations.of(this.neighbourhood, today)).hasSize(6);
		assertThat(QueryCounting.statements()).isEqualTo(small).isLessThanOrEqualTo(4);
	}

	@Test
	void thePartnerPageShowsItsPositionOrThatItHasNone() throws Exception {
		assertThat(this.mvc.perform(get("/partners/{id}", this.school).with(AccountFixtures.as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("52.039100, 4.256100");
		assertThat(this.mvc.perform(get("/partners/{id}", this.library).with(AccountFixtures.as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("zonder locatie");
	}

	private String page(RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get("/neighbourhoods/{id}/map", this.neighbourhood).with(user))
			.andExpect(status().isOk())
			.andExpect(view().name("partners/map"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
