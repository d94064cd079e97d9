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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * "Organiserende partners" is a checklist (no Ctrl-click multi-select) that works without
 * JavaScript. Staff choose from every active partner; a partner user's own organisation
 * is fixed and the others on offer are the partners in the chosen wijk's network. The
 * server refuses any other organiser with a field message and stores nothing; an activity
 * keeps the organisers it already has.
 */
@IntegrationTest
class ActivityOrganiserChoiceTests {

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

	Long elsewhere;

	CurrentUser partnerUser;

	@BeforeEach
	void setUp() {
		this.wijk = this.fixtures.neighbourhood("Organisatiewijk");
		this.otherWijk = this.fixtures.neighbourhood("Verre wijk");
		this.ownOrganisation = this.network.partner("Eigen Dansschool", PartnerDomain.ARTS_CULTURE);
		this.member = this.network.partner("Buurthuis Lid", PartnerDomain.SOCIAL);
		this.elsewhere = this.network.partner("Sportclub Elders", PartnerDomain.OTHER);
		Long former = this.network.partner("Oud Lid", PartnerDomain.SOCIAL);
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(this.ownOrganisation, this.wijk, start, null);
		this.network.membership(this.member, this.wijk, start, null);
		this.network.membership(former, this.wijk, start, LocalDate.of(2023, 12, 31));
		this.network.membership(this.elsewhere, this.otherWijk, start, null);
		this.partnerUser = principal(Role.PARTNER, this.ownOrganisation);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return ActivityRequests.page(this.mvc, request);
	}

	/** The ids the organiser checklist offers. */
	static List<String> offered(Document page) {
		return page.select("#partnerIds-list input[type=checkbox]").eachAttr("value");
	}

	/** A valid activity in the wijk without organisers. */
	Map<String, String> fields() {
		Map<String, String> fields = ActivityRequests.validFields(this.wijk, this.ownOrganisation);
		fields.remove("partnerIds");
		fields.put("title", "Samen dansen");
		fields.put("date", DAY.toString());
		return fields;
	}

	MockHttpServletRequestBuilder plan(RequestPostProcessor who, Long... organisers) {
		return plan(who, fields(), organisers);
	}

	MockHttpServletRequestBuilder plan(RequestPostProcessor who, Map<String, String> fields, Long... organisers) {
		MockHttpServletRequestBuilder request = ActivityRequests.post(fields, "/activities").with(who);
		for (Long organiser : organisers) {
			request.param("partnerIds", organiser.toString());
		}
		return request;
	}

	List<ActivityDetails> planned() {
		return this.activities
			.find(new ActivityFilter(null, null, this.wijk, null, null, null, null, null, null), PageRequest.of(0, 10))
			.stream()
			.map((item) -> this.activities.get(item.row().id()))
			.toList();
	}

	@Test
	void staffTickOrganisersInAChecklistThatWorksWithoutJavaScript() throws Exception {
		Document form = page(get("/activities/new").with(as(Role.ADVISOR)));

		assertThat(form.select("select[multiple]")).isEmpty();
		assertThat(form.select("fieldset#partnerIds > legend").text()).isEqualTo("Organiserende partners");
		assertThat(offered(form)).contains(this.ownOrganisation.toString(), this.member.toString(),
				this.elsewhere.toString());
		for (Element checkbox : form.select("#partnerIds-list input[type=checkbox]")) {
			assertThat(checkbox.attr("name")).isEqualTo("partnerIds");
			assertThat(form.select("label[for=" + checkbox.id() + "]").text()).isNotBlank();
		}
		// The filter box needs JavaScript; without it the list alone does the work.
		assertThat(form.select("#partnerIds-filter").parents().hasClass("js-only")).isTrue();

		this.mvc.perform(plan(as(Role.ADVISOR), this.member, this.elsewhere)).andExpect(status().is3xxRedirection());
		assertThat(planned()).singleElement()
			.satisfies((activity) -> assertThat(activity.data().partnerIds()).containsExactlyInAnyOrder(this.member,
					this.elsewhere));
	}

	@Test
	void anInvalidFormKeepsTheTickedOrganisersAndCountsThem() throws Exception {
		Map<String, String> untitled = fields();
		untitled.remove("title");
		Document form = page(plan(as(Role.ADVISOR), untitled, this.member, this.elsewhere));

		assertThat(form.select("#partnerIds-list input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(this.member.toString(), this.elsewhere.toString());
		assertThat(form.select("fieldset#partnerIds > legend").text()).isEqualTo("Organiserende partners (2 gekozen)");
		assertThat(planned()).isEmpty();

		Document none = page(plan(as(Role.ADVISOR)));
		assertThat(none.select("#partnerIds-error").text()).isEqualTo("Dit veld is verplicht.");
		assertThat(none.select("fieldset#partnerIds").attr("aria-describedby")).contains("partnerIds-error");
		assertThat(none.select(".error-summary a[href=#partnerIds]")).hasSize(1);
	}

	@Test
	void aPartnerUsersOwnOrganisationIsFixedAndTheOthersFollowTheWijk() throws Exception {
		Document form = page(get("/activities/new").with(user(this.partnerUser)));
		assertThat(offered(form)).containsExactly(this.ownOrganisation.toString());
		Element own = form.selectFirst("#partnerIds-list input[type=checkbox]");
		assertThat(own.hasAttr("checked")).isTrue();
		assertThat(own.hasAttr("disabled")).isTrue();
		assertThat(own.hasAttr("name")).isFalse();
		assertThat(form.select("#partnerIds-list input[type=hidden][name=partnerIds]").eachAttr("value"))
			.containsExactly(this.ownOrganisation.toString());
		assertThat(form.select("#partnerIds-help").text()).startsWith("Uw organisatie organiseert altijd mee. Kies");
		assertThat(form.select("#organiser-choice").attr("data-hx-get")).isEqualTo("/activities/form/organisers");

		// With htmx the field fetches itself for the chosen wijk: its current members.
		Document fragment = page(get("/activities/form/organisers").param("neighbourhoodId", this.wijk.toString())
			.param("partnerIds", this.ownOrganisation.toString(), this.member.toString())
			.with(user(this.partnerUser)));
		assertThat(offered(fragment)).containsExactlyInAnyOrder(this.ownOrganisation.toString(),
				this.member.toString());
		assertThat(fragment.select("#partnerIds-list input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(this.ownOrganisation.toString(), this.member.toString());
		assertThat(fragment.select("#partnerIds-help").text()).endsWith("ook meedoen.");

		// A wijk the organisation is not in offers nobody else.
		assertThat(offered(page(get("/activities/form/organisers").param("neighbourhoodId", this.otherWijk.toString())
			.with(user(this.partnerUser))))).containsExactly(this.ownOrganisation.toString());

		// Staff: every active partner, and the list does not need to follow the wijk.
		Document staff = page(get("/activities/new").with(as(Role.ADVISOR)));
		assertThat(staff.select("#organiser-choice").hasAttr("data-hx-get")).isFalse();
		assertThat(staff.select("#partnerIds-list input[disabled]")).isEmpty();
	}

	@Test
	void withoutJavaScriptTheRefreshButtonShowsTheWijksPartnersAndSavesNothing() throws Exception {
		Document form = page(plan(user(this.partnerUser), this.ownOrganisation).param("refresh", "neighbourhood"));

		assertThat(offered(form)).containsExactlyInAnyOrder(this.ownOrganisation.toString(), this.member.toString());
		assertThat(form.select(".error-summary")).isEmpty();
		assertThat(planned()).isEmpty();
	}

	@Test
	void theServerRefusesAnOrganiserThePartnerUserMayNotChooseWithAFieldMessage() throws Exception {
		Document form = page(plan(user(this.partnerUser), this.ownOrganisation, this.elsewhere));

		assertThat(form.select("#partnerIds-error").text()).isEqualTo(
				"Kies alleen partners uit de lijst: uw eigen organisatie en partners in het netwerk van de wijk.");
		assertThat(form.select(".error-summary a[href=#partnerIds]")).hasSize(1);
		// The refused partner is not shown: a partner user sees no names from elsewhere.
		assertThat(offered(form)).containsExactlyInAnyOrder(this.ownOrganisation.toString(), this.member.toString());
		assertThat(form.text()).doesNotContain(this.partners.get(this.elsewhere).name());
		assertThat(planned()).isEmpty();

		this.mvc.perform(plan(user(this.partnerUser), this.ownOrganisation, this.member))
			.andExpect(status().is3xxRedirection());
		assertThat(planned()).singleElement()
			.satisfies((activity) -> assertThat(activity.data().partnerIds())
				.containsExactlyInAnyOrder(this.ownOrganisation, this.member));
	}

	@Test
	void anActivityKeepsTheOrganisersItAlreadyHas() throws Exception {
		Long id = this.fixtures.activity(activity(this.wijk, this.ownOrganisation, DAY, "10:00", "11:00")
			.partners(this.ownOrganisation, this.elsewhere)
			.title("Met een gast"));
		this.partners.deactivate(this.elsewhere);

		for (RequestPostProcessor who : List.of(as(Role.ADVISOR), user(this.partnerUser))) {
			Document edit = page(get("/activities/{id}/edit", id).with(who));
			assertThat(edit.select("#partnerIds-list input[checked]").eachAttr("value"))
				.containsExactlyInAnyOrder(this.ownOrganisation.toString(), this.elsewhere.toString());
		}
		assertThat(offered(page(get("/activities/form/organisers").param("neighbourhoodId", this.wijk.toString())
			.param("activity", id.toString())
			.with(user(this.partnerUser))))).contains(this.elsewhere.toString());
	}

}
