package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The space choice follows the chosen neighbourhood: staff get the spaces of its current,
 * active members; a partner user also the own organisation's. The server refuses any
 * other space with a field message and stores nothing; an activity keeps the space it
 * already has.
 */
@IntegrationTest
class ActivitySpaceChoiceTests {

	static final LocalDate DAY = LocalDate.of(2030, 3, 5);

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

	Long wijk;

	Long otherWijk;

	Long ownOrganisation;

	Long member;

	Long theatre;

	Long ownStudio;

	Long gym;

	Long formerCanteen;

	CurrentUser partnerUser;

	@BeforeEach
	void setUp() {
		this.wijk = this.fixtures.neighbourhood("Ruimtewijk");
		this.otherWijk = this.fixtures.neighbourhood("Buurwijk");
		this.member = this.network.partner("Theater Lid", PartnerDomain.ARTS_CULTURE);
		Long elsewhere = this.network.partner("Sportclub Elders", PartnerDomain.OTHER);
		Long former = this.network.partner("Oud Lid", PartnerDomain.SOCIAL);
		Long closed = this.network.partner("Gesloten Lid", PartnerDomain.SOCIAL);
		this.ownOrganisation = this.network.partner("Eigen Organisatie", PartnerDomain.ARTS_CULTURE);
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(this.member, this.wijk, start, null);
		this.network.membership(elsewhere, this.otherWijk, start, null);
		this.network.membership(former, this.wijk, start, LocalDate.of(2023, 12, 31));
		this.network.membership(closed, this.wijk, start, null);
		this.network.membership(this.ownOrganisation, this.wijk, start, null);
		this.theatre = this.partners.addSpace(this.member, new SpaceData("Theaterzaal", 80, null, false));
		this.gym = this.partners.addSpace(elsewhere, new SpaceData("Gymzaal", 40, null, false));
		this.formerCanteen = this.partners.addSpace(former, new SpaceData("Oude kantine", 30, null, false));
		this.partners.addSpace(closed, new SpaceData("Dichte zaal", 30, null, false));
		this.partners.deactivate(closed);
		this.ownStudio = this.partners.addSpace(this.ownOrganisation, new SpaceData("Eigen atelier", 12, null, false));
		this.partnerUser = principal(Role.PARTNER, this.ownOrganisation);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	List<String> offeredSpaces(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select("select#spaceId option[value~=.+]").eachAttr("value");
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return ActivityRequests.page(this.mvc, request);
	}

	MockHttpServletRequestBuilder plan(RequestPostProcessor who, Long neighbourhood, Long space) {
		Map<String, String> fields = ActivityRequests
			.inSpace(ActivityRequests.validFields(neighbourhood, this.ownOrganisation), space);
		fields.put("title", "Voorstelling");
		fields.put("date", DAY.toString());
		return ActivityRequests.post(fields, "/activities").with(who);
	}

	long planned(Long neighbourhood) {
		return this.activities
			.find(new ActivityFilter(null, null, neighbourhood, null, null, null, null, null, null),
					PageRequest.of(0, 10))
			.getTotalElements();
	}

	@Test
	void staffAreOfferedTheSpacesOfTheChosenNeighbourhoodsCurrentActiveMembers() throws Exception {
		assertThat(offeredSpaces(
				get("/activities/form/spaces").param("neighbourhoodId", this.wijk.toString()).with(as(Role.ADVISOR))))
			.containsExactlyInAnyOrder(this.theatre.toString(), this.ownStudio.toString());
		assertThat(offeredSpaces(get("/activities/form/spaces").param("neighbourhoodId", this.otherWijk.toString())
			.with(as(Role.ADVISOR)))).containsExactly(this.gym.toString());

		Document none = page(get("/activities/form/spaces").with(as(Role.ADVISOR)));
		assertThat(none.select("select#spaceId option").eachText()).containsExactly("Geen ruimte: ik vul een adres in");
		assertThat(none.select("#spaceId-help").text()).startsWith("Kies eerst een wijk");
		assertThat(offeredSpaces(get("/activities/new").with(as(Role.ADVISOR)))).isEmpty();
	}

	@Test
	void withoutJavaScriptTheRefreshButtonShowsTheChosenNeighbourhoodsSpacesAndSavesNothing() throws Exception {
		Document form = page(plan(as(Role.ADVISOR), this.otherWijk, this.gym).param("refresh", "neighbourhood"));

		assertThat(form.select("select#spaceId option[value~=.+]").eachText()).singleElement()
			.satisfies((text) -> assertThat(text).startsWith("Gymzaal (Sportclub Elders"));
		assertThat(form.select("select#spaceId option[selected]").attr("value")).isEqualTo(this.gym.toString());
		assertThat(form.select("input#title").attr("value")).isEqualTo("Voorstelling");
		assertThat(form.select(".error-summary")).isEmpty();
		assertThat(planned(this.otherWijk)).isZero();
	}

	@Test
	void aPartnerUserIsOfferedTheOwnSpacesAndThoseOfTheOwnNeighbourhoodsNetwork() throws Exception {
		assertThat(offeredSpaces(get("/activities/form/spaces").param("neighbourhoodId", this.wijk.toString())
			.with(user(this.partnerUser))))
			.containsExactlyInAnyOrder(this.theatre.toString(), this.ownStudio.toString());
		// A neighbourhood the organisation is not in shows only its own spaces.
		assertThat(offeredSpaces(get("/activities/form/spaces").param("neighbourhoodId", this.otherWijk.toString())
			.with(user(this.partnerUser)))).containsExactly(this.ownStudio.toString());
		assertThat(offeredSpaces(get("/activities/new").with(user(this.partnerUser))))
			.containsExactly(this.ownStudio.toString());
	}

	@Test
	void theServerRefusesASpaceOutsideTheNeighbourhoodsNetwork() throws Exception {
		for (RequestPostProcessor who : List.of(as(Role.ADVISOR), user(this.partnerUser))) {
			for (Long space : List.of(this.gym, this.formerCanteen)) {
				Document form = page(plan(who, this.wijk, space));
				assertThat(form.select("#spaceId-error").text()).isEqualTo(
						"Deze ruimte hoort niet bij een partner in het netwerk van deze wijk. Kies een ruimte uit de lijst.");
				assertThat(form.select(".error-summary a[href=#spaceId]")).hasSize(1);
			}
		}
		assertThat(planned(this.wijk)).isZero();

		this.mvc.perform(plan(user(this.partnerUser), this.wijk, this.theatre)).andExpect(status().is3xxRedirection());
		assertThat(planned(this.wijk)).isEqualTo(1);
	}

	@Test
	void anActivityKeepsTheSpaceItAlreadyHas() throws Exception {
		Long id = this.fixtures
			.activity(activity(this.wijk, this.ownOrganisation, DAY, "10:00", "11:00").title("In de oude kantine")
				.space(this.formerCanteen));

		Document edit = page(get("/activities/{id}/edit", id).with(as(Role.ADVISOR)));
		assertThat(edit.select("select#spaceId option[selected]").attr("value"))
			.isEqualTo(this.formerCanteen.toString());
		assertThat(offeredSpaces(get("/activities/form/spaces").param("neighbourhoodId", this.wijk.toString())
			.param("activity", id.toString())
			.with(as(Role.ADVISOR)))).contains(this.formerCanteen.toString());

		long version = this.activities.get(id).version();
		this.mvc.perform(edit(id, version, this.formerCanteen, "Nog steeds in de kantine"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.activities.get(id).data().title()).isEqualTo("Nog steeds in de kantine");

		Document refused = page(edit(id, version + 1, this.gym, "Naar de gymzaal"));
		assertThat(refused.select("#spaceId-error").text()).startsWith("Deze ruimte hoort niet bij een partner");
		assertThat(this.activities.get(id).data().spaceId()).isEqualTo(this.formerCanteen);
	}

	private MockHttpServletRequestBuilder edit(Long id, long version, Long space, String title) {
		Map<String, String> fields = ActivityRequests
			.inSpace(ActivityRequests.validFields(this.wijk, this.ownOrganisation), space);
		fields.put("version", String.valueOf(version));
		fields.put("title", title);
		fields.put("date", DAY.toString());
		return ActivityRequests.post(fields, "/activities/{id}", id).with(as(Role.ADVISOR));
	}

}
