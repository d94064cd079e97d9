package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A series has a page with every date and its status; each of its activities and the page
 * after saving it lead there. Partner users see only the series they may see.
 */
@IntegrationTest
class ActivitySeriesPageTests {

	static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	Long partner;

	List<Long> series;

	UUID seriesId;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Reekswijk");
		this.partner = this.network.partner("Reekspartner", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
		this.series = this.activities.plan(
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00").title("Hiphop in de wijk").build(),
				new SeriesPlan(Recurrence.WEEKLY, null, 4), true);
		this.activities.markDone(this.series.get(0), 12);
		this.activities.cancel(this.series.get(2), "Zaal dicht");
		this.seriesId = this.activities.get(this.series.get(0)).seriesId();
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return ActivityRequests.page(this.mvc, request);
	}

	@Test
	void theSeriesPageListsEveryDateWithItsStatusInDateOrder() throws Exception {
		Document page = page(get("/activities/series/{id}", this.seriesId).with(as(Role.ADVISOR)));

		assertThat(page.select("h1").text()).isEqualTo("Reeks: Hiphop in de wijk");
		assertThat(page.select(".lead").text()).isEqualTo("4 keer, van 5 maart 2024 tot en met 26 maart 2024");
		assertThat(page.select("tbody tr"))
			.extracting((row) -> row.select("td").get(0).text() + " | " + row.select("td").get(1).text() + " | "
					+ row.select("td").get(5).text())
			.containsExactly("dinsdag 5 maart 2024 | 15:00–16:00 | Afgerond",
					"dinsdag 12 maart 2024 | 15:00–16:00 | Gepland", "dinsdag 19 maart 2024 | 15:00–16:00 | Afgelast",
					"dinsdag 26 maart 2024 | 15:00–16:00 | Gepland");
		assertThat(page.select("tbody tr td:eq(0) a").eachAttr("href"))
			.containsExactlyElementsOf(this.series.stream().map((id) -> "/activities/" + id).toList());
		assertThat(page.select(".series-counts li").eachText()).containsExactly("Gepland: 2", "Afgerond: 1",
				"Afgelast: 1");
	}

	@Test
	void everyActivityOfASeriesLinksToItsSeries() throws Exception {
		Document detail = page(get("/activities/{id}", this.series.get(1)).with(as(Role.ADVISOR)));
		assertThat(detail.select("a:contains(Alle data van de reeks)").attr("href"))
			.isEqualTo("/activities/series/" + this.seriesId);

		Long single = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00"));
		assertThat(page(get("/activities/{id}", single).with(as(Role.ADVISOR))).select("a[href^=/activities/series/]"))
			.isEmpty();
	}

	@Test
	void savingASeriesLeadsToItsPage() throws Exception {
		Map<String, String> fields = ActivityRequests.validFields(this.neighbourhood, this.partner);
		fields.put("title", "Nieuwe reeks");
		fields.put("date", DAY.plusYears(1).toString());
		fields.put("repeat", "FORTNIGHTLY");
		fields.put("occurrences", "3");
		var saved = this.mvc.perform(ActivityRequests.post(fields, "/activities").with(as(Role.ADVISOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "activity.series.created"))
			.andExpect(flash().attribute("seriesSaved", 3))
			.andReturn();

		Document detail = page(get(saved.getResponse().getRedirectedUrl()).with(as(Role.ADVISOR))
			.flashAttr("flash", "activity.series.created")
			.flashAttr("seriesSaved", 3));
		assertThat(detail.select(".notice--link a").text()).isEqualTo("Bekijk alle 3 data van de reeks met hun status");
		Document seriesPage = page(get(detail.select(".notice--link a").attr("href")).with(as(Role.ADVISOR)));
		assertThat(seriesPage.select("tbody tr")).hasSize(3);
	}

	@Test
	void savingLaterDatesOfASeriesSaysHowManyChangedAndSavingOneDateDoesNot() throws Exception {
		Long second = this.series.get(1);
		Map<String, String> fields = ActivityRequests.validFields(this.neighbourhood, this.partner);
		fields.put("title", "Hiphop in het park");
		fields.put("date", DAY.plusWeeks(1).toString());
		fields.put("version", String.valueOf(this.activities.get(second).version()));
		fields.put("following", "true");
		fields.put("confirmOverlaps", "true");
		// The second and the fourth date; the third is cancelled and stays as it was.
		this.mvc.perform(ActivityRequests.post(fields, "/activities/{id}", second).with(as(Role.ADVISOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/activities/" + second))
			.andExpect(flash().attribute("flash", "activity.series.saved"))
			.andExpect(flash().attribute("seriesSaved", 2));

		Long last = this.series.get(3);
		fields.put("date", DAY.plusWeeks(3).toString());
		fields.put("version", String.valueOf(this.activities.get(last).version()));
		fields.put("following", "false");
		this.mvc.perform(ActivityRequests.post(fields, "/activities/{id}", last).with(as(Role.ADVISOR)))
			.andExpect(redirectedUrl("/activities/" + last))
			.andExpect(flash().attribute("flash", "activity.saved"))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void aPartnerUserSeesOnlyASeriesTheyMaySee() throws Exception {
		Long elsewhere = this.fixtures.neighbourhood("Verrewijk");
		Long stranger = this.network.partner("Vreemde partner", PartnerDomain.SOCIAL);
		this.network.membership(stranger, elsewhere, LocalDate.of(2022, 1, 1), null);
		CurrentUser member = principal(Role.PARTNER, this.partner);
		CurrentUser outsider = principal(Role.PARTNER, stranger);

		page(get("/activities/series/{id}", this.seriesId).with(user(member)));
		this.mvc.perform(get("/activities/series/{id}", this.seriesId).with(user(outsider)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownOrUnreadableSeriesIsNotFound() throws Exception {
		this.mvc.perform(get("/activities/series/{id}", UUID.randomUUID()).with(as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/series/niet-een-reeks").with(as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/series/ ").with(as(Role.ADVISOR))).andExpect(status().isNotFound());
	}

}
