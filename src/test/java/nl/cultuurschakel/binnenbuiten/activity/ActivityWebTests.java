package nl.cultuurschakel.binnenbuiten.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The activity pages for staff: planning with validation, overlap confirmation, double
 * bookings, series, list filters, calendar and status changes.
 */
@IntegrationTest
class ActivityWebTests {

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

	Long neighbourhood;

	Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Webwijk");
		this.partner = this.network.partner("Webpartner", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	/**
	 * A valid new activity, with some fields replaced (an empty value removes the field).
	 */
	MockHttpServletRequestBuilder validPost(String... overrides) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("title", List.of("Hiphop dansles"));
		fields.put("neighbourhoodId", List.of(this.neighbourhood.toString()));
		fields.put("partnerIds", List.of(this.partner.toString()));
		fields.put("date", List.of(DAY.toString()));
		fields.put("startTime", List.of("15:00"));
		fields.put("endTime", List.of("16:30"));
		fields.put("address", List.of("Wijkpark 1"));
		fields.put("discipline", List.of("DANCE"));
		fields.put("minAge", List.of("8"));
		fields.put("maxAge", List.of("12"));
		fields.put("costType", List.of("FREE"));
		fields.put("channels", List.of("SOCIAL_MEDIA", "POSTER_FLYER"));
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1].isEmpty()) {
				fields.remove(overrides[i]);
			}
			else {
				fields.put(overrides[i], List.of(overrides[i + 1]));
			}
		}
		MockHttpServletRequestBuilder request = post("/activities").with(as(Role.ADVISOR)).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	long count() {
		return this.activities
			.find(new ActivityFilter(null, null, this.neighbourhood, null, null, null, null, null, null),
					PageRequest.of(0, 100))
			.getTotalElements();
	}

	@Test
	void advisorPlansAnActivity() throws Exception {
		this.mvc.perform(validPost()).andExpect(status().is3xxRedirection());

		ActivityListItem item = this.activities
			.find(new ActivityFilter(null, null, this.neighbourhood, null, null, null, null, null, null),
					PageRequest.of(0, 10))
			.getContent()
			.get(0);
		ActivityDetails details = this.activities.get(item.row().id());
		assertThat(details.data().title()).isEqualTo("Hiphop dansles");
		assertThat(details.data().channels()).containsExactlyInAnyOrder(PromotionChannel.SOCIAL_MEDIA,
				PromotionChannel.POSTER_FLYER);
		assertThat(details.status()).isEqualTo(ActivityStatus.PLANNED);
	}

	@Test
	void invalidInputIsExplainedInDutchAndKept() throws Exception {
		this.mvc
			.perform(validPost("endTime", "14:00", "costType", "PAID", "minAge", "3", "spaceId", "", "title",
					"Mijn titel"))
			.andExpect(status().isOk())
			.andExpect(view().name("activities/form"))
			.andExpect(model().attributeHasFieldErrors("activityForm", "endTime", "price", "minAge"))
			.andExpect(content().string(allOf(containsString("De eindtijd moet na de begintijd liggen"),
					containsString("Vul de prijs in als de activiteit betaald is."),
					containsString("Vul een leeftijd in van 4 tot en met 18."), containsString("value=\"Mijn titel\""),
					containsString("value=\"14:00\""))));
		this.mvc.perform(validPost("address", "", "title", ""))
			.andExpect(model().attributeHasFieldErrors("activityForm", "address", "title"))
			.andExpect(content().string(containsString("Dit veld is verplicht.")));
		assertThat(count()).isZero();
	}

	@Test
	void badDatesTimesEnumsAndIdsNeverGiveAServerError() throws Exception {
		this.mvc
			.perform(validPost("date", "2024-02-30", "startTime", "25:99", "discipline", "JUGGLING", "neighbourhoodId",
					"abc", "partnerIds", "x", "minAge", "oud", "spaceId", "999999999", "price", "veel"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", "date", "startTime", "discipline",
					"neighbourhoodId", "minAge", "price"))
			.andExpect(content().string(containsString("Vul een geldige datum in.")));
		this.mvc.perform(validPost("neighbourhoodId", "999999999", "partnerIds", "999999999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", "neighbourhoodId", "partnerIds"));
		this.mvc
			.perform(get("/activities").param("discipline", "JUGGLING")
				.param("age", "oud")
				.param("sort", "nonsense,desc")
				.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("konden niet worden gelezen en zijn genegeerd")));
		this.mvc.perform(get("/activities").param("from", "gisteren").with(as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/activities/calendar").param("month", "2024-03")
				.param("neighbourhood", "x")
				.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kalender maart 2024")));
		this.mvc.perform(get("/activities/calendar").param("month", "2024-13").with(as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/activities/999999999").with(as(Role.ADVISOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/abc").with(as(Role.ADVISOR))).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/activities/conflicts").param("from", "morgen").with(as(Role.ADVISOR)))
			.andExpect(status().is4xxClientError());
		assertThat(count()).isZero();
	}

	@Test
	void anOverlapIsShownAndSavedOnlyAfterConfirmation() throws Exception {
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "16:00", "17:00").title("Koor"));

		this.mvc.perform(validPost())
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Overlap met andere activiteiten"), containsString("Koor"),
					containsString("name=\"confirmOverlaps\""))));
		assertThat(count()).isEqualTo(1);

		this.mvc.perform(validPost("confirmOverlaps", "true")).andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aDoubleBookingIsRefused() throws Exception {
		Long space = this.partners.addSpace(this.partner, new SpaceData("Danszaal", 20, null, false));
		this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY, "15:30", "17:00").ages(4, 6).space(space));

		this.mvc.perform(validPost("address", "", "spaceId", space.toString()).param("confirmOverlaps", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", "spaceId"))
			.andExpect(content().string(containsString("Deze ruimte is op dat moment al geboekt")));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aSeriesIsPlannedInOneForm() throws Exception {
		this.mvc.perform(validPost("repeat", "FORTNIGHTLY", "occurrences", "4")).andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(4);

		this.mvc.perform(validPost("repeat", "WEEKLY", "until", DAY.minusDays(1).toString()))
			.andExpect(model().attributeHasFieldErrors("activityForm", "until"));
		this.mvc.perform(validPost("repeat", "WEEKLY", "occurrences", "500"))
			.andExpect(model().attributeHasFieldErrors("activityForm", "occurrences"));
		assertThat(count()).isEqualTo(4);
	}

	@Test
	void theListFiltersCountsAndSortsInTheUrl() throws Exception {
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00").title("Alfa dans"));
		this.fixtures.activity(
				activity(this.neighbourhood, this.partner, DAY.plusDays(1), "10:00", "11:00").title("Bravo betaald")
					.paid("3.00")
					.ages(12, 16));
		this.fixtures.activity(
				activity(this.neighbourhood, this.partner, DAY.plusYears(1), "10:00", "11:00").title("Charlie later"));

		this.mvc
			.perform(get("/activities").param("neighbourhood", this.neighbourhood.toString())
				.param("from", DAY.toString())
				.param("to", DAY.plusDays(1).toString())
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(allOf(containsString("2 activiteiten gevonden"), containsString("Alfa dans"),
					containsString("Bravo betaald"), not(containsString("Charlie later")))));
		this.mvc
			.perform(get("/activities").param("neighbourhood", this.neighbourhood.toString())
				.param("costType", "PAID")
				.with(as(Role.ADVISOR)))
			.andExpect(
					content().string(allOf(containsString("1 activiteit gevonden"), containsString("Bravo betaald"))));
		this.mvc
			.perform(get("/activities").param("neighbourhood", this.neighbourhood.toString())
				.param("age", "7")
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Geen activiteiten gevonden")));
		String sorted = this.mvc
			.perform(get("/activities").param("neighbourhood", this.neighbourhood.toString())
				.param("sort", "title,desc")
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sorted.indexOf("Charlie later")).isLessThan(sorted.indexOf("Alfa dans"));
	}

	@Test
	void theCalendarShowsTheMonthAndTheWeek() throws Exception {
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00").title("Kalenderdans"));

		this.mvc
			.perform(get("/activities/calendar").param("neighbourhood", this.neighbourhood.toString())
				.param("month", "2024-03")
				.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kalender maart 2024"),
					containsString("15:00 Kalenderdans"), containsString("<th scope=\"col\">Dinsdag</th>"))));
		this.mvc
			.perform(get("/activities/calendar").param("neighbourhood", this.neighbourhood.toString())
				.param("week", DAY.plusDays(2).toString())
				.with(as(Role.ADVISOR)))
			.andExpect(
					content().string(allOf(containsString("week van 4 maart 2024"), containsString("Kalenderdans"))));
		this.mvc
			.perform(get("/activities/calendar").param("neighbourhood", this.neighbourhood.toString())
				.param("month", "2024-04")
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(
					allOf(containsString("Geen activiteiten in deze periode."), not(containsString("Kalenderdans")))));
	}

	@Test
	void theCalendarMarksEveryClashInWords() throws Exception {
		Long hall = this.partners.addSpace(this.partner, new SpaceData("Zaal", 60, null, true));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00").title("Rustige les"));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00").title("Koor"));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:30", "16:30").title("Toneel"));
		this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY.plusDays(1), "15:00", "16:00").title("Jonge dans")
				.ages(4, 6)
				.space(hall));
		this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY.plusDays(1), "15:30", "16:30").title("Oude dans")
				.ages(14, 16)
				.space(hall));
		// The partner stops sharing the hall in parallel: the two bookings now clash.
		long version = this.partners.space(this.partner, hall).version();
		this.partners.updateSpace(this.partner, hall, new SpaceData("Zaal", 60, null, false), version);

		String html = this.mvc
			.perform(get("/activities/calendar").param("neighbourhood", this.neighbourhood.toString())
				.param("month", "2024-03")
				.with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select(".calendar-list li")).extracting(Element::text)
			.containsExactly("10:00 Rustige les", "15:00 Koor Overlap", "15:30 Toneel Overlap",
					"15:00 Jonge dans Dubbel geboekt", "15:30 Oude dans Dubbel geboekt");
		assertThat(page.select("td.calendar-clashing")).hasSize(2);
		assertThat(page.select("#calendar-clashes").text()).contains("„Overlap”", "„Dubbel geboekt”");
	}

	@Test
	void markingDoneNeedsChildrenReachedAndCancellingNeedsAReason() throws Exception {
		Long id = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00"));

		this.mvc.perform(get("/activities/{id}/done", id).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("afronden</h1>")));
		this.mvc.perform(post("/activities/{id}/done", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("doneForm", "childrenReached"));
		this.mvc.perform(
				post("/activities/{id}/done", id).param("childrenReached", "-1").with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("doneForm", "childrenReached"));
		this.mvc.perform(
				post("/activities/{id}/done", id).param("childrenReached", "14").with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.activities.get(id).childrenReached()).isEqualTo(14);

		this.mvc.perform(get("/activities/{id}/cancel", id).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("afgelasten</h1>")));
		this.mvc.perform(post("/activities/{id}/cancel", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("cancelForm", "reason"));
		this.mvc
			.perform(post("/activities/{id}/cancel", id).param("reason", "Zaal onder water")
				.with(as(Role.ADVISOR))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/activities/{id}", id).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Afgelast: Zaal onder water")));
	}

	@Test
	void deletingAsksForConfirmationFirst() throws Exception {
		Long id = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00"));

		this.mvc.perform(get("/activities/{id}/delete", id).with(as(Role.ADVISOR)))
			.andExpect(content()
				.string(containsString("Weet u zeker dat u deze activiteit van 5 maart 2024 wilt verwijderen?")));
		assertThat(count()).isEqualTo(1);
		this.mvc.perform(post("/activities/{id}/delete", id).with(as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count()).isZero();
	}

	@Test
	void editingKeepsTheFormAndDetectsConflicts() throws Exception {
		Long id = this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00").title("Oud"));
		long version = this.activities.get(id).version();

		this.mvc.perform(get("/activities/{id}/edit", id).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("value=\"Oud\"")));
		this.mvc
			.perform(post("/activities/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Nieuw")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("partnerIds", this.partner.toString())
				.param("date", DAY.toString())
				.param("startTime", "15:00")
				.param("endTime", "16:00")
				.param("address", "Wijkpark 1")
				.param("discipline", "DANCE")
				.param("minAge", "8")
				.param("maxAge", "12")
				.param("costType", "FREE"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.activities.get(id).data().title()).isEqualTo("Nieuw");

		this.mvc
			.perform(post("/activities/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Te laat")
				.param("neighbourhoodId", this.neighbourhood.toString())
				.param("partnerIds", this.partner.toString())
				.param("date", DAY.toString())
				.param("startTime", "15:00")
				.param("endTime", "16:00")
				.param("address", "Wijkpark 1")
				.param("discipline", "DANCE")
				.param("minAge", "8")
				.param("maxAge", "12")
				.param("costType", "FREE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Iemand anders heeft dit intussen gewijzigd"),
					containsString("value=\"Te laat\""))));
		assertThat(this.activities.get(id).data().title()).isEqualTo("Nieuw");
	}

}
