package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a report is about: its heading names the period and the selection, the dashboard's
 * link to it keeps every filter, the report honours the selection, and its stories tell
 * only what happened in the period. Two fixture neighbourhoods (both in Escamp), removed
 * afterwards.
 */
@IntegrationTest
class ReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activityFixtures;

	@Autowired
	YouthFixtures youth;

	@Autowired
	ActivityService activities;

	@Autowired
	IdeaService ideas;

	@Autowired
	NeighbourhoodService neighbourhoods;

	CurrentUser coordinator;

	Long north;

	Long south;

	Long partner;

	@BeforeEach
	void setUp() {
		this.coordinator = this.accounts.create("report-reader", Role.COORDINATOR);
		this.north = this.activityFixtures.neighbourhood("Rapportnoord");
		this.south = this.activityFixtures.neighbourhood("Rapportzuid");
		this.partner = this.network.partner("Rapportpartner", PartnerDomain.ARTS_CULTURE);
	}

	@AfterEach
	void cleanUp() {
		this.activityFixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void headingNamesTheYearOrThePeriodAndTheSelection() throws Exception {
		assertThat(page("/reports/annual/2023").select("h1").text()).isEqualTo("Impactrapportage 2023");
		assertThat(page("/reports/annual/2023?lang=en").select("h1").text()).isEqualTo("Impact report 2023");
		assertThat(page("/reports/period?from=2022-01-01&to=2024-12-31").select("h1").text())
			.isEqualTo("Impactrapportage 1 januari 2022 tot en met 31 december 2024");
		assertThat(page("/reports/annual/2023?neighbourhood=" + this.north).select("h1").text())
			.isEqualTo("Impactrapportage 2023 – wijk " + name(this.north));
		Document district = page("/reports/annual/2023?district=ESCAMP");
		assertThat(district.select("h1").text()).isEqualTo("Impactrapportage 2023 – stadsdeel Escamp");
		assertThat(district.title()).contains("Impactrapportage 2023 – stadsdeel Escamp");
	}

	@Test
	void theDashboardLinksToTheReportWithEveryFilter() throws Exception {
		assertThat(reportLink("/dashboard?from=2023-01-01&to=2023-12-31&neighbourhood=" + this.north))
			.isEqualTo("/reports/annual/2023?neighbourhood=" + this.north);
		assertThat(reportLink("/dashboard?from=2022-01-01&to=2024-12-31&district=ESCAMP"))
			.isEqualTo("/reports/period?from=2022-01-01&to=2024-12-31&district=ESCAMP");
		assertThat(reportLink("/dashboard?from=2022-03-01&to=2022-03-31"))
			.isEqualTo("/reports/period?from=2022-03-01&to=2022-03-31");
	}

	@Test
	void aReportOnOneNeighbourhoodShowsOnlyThatNeighbourhood() throws Exception {
		this.activityFixtures
			.activity(ActivityFixtures.activity(this.north, this.partner, LocalDate.of(2023, 5, 1), "14:00", "15:00"));
		this.activityFixtures
			.activity(ActivityFixtures.activity(this.south, this.partner, LocalDate.of(2023, 5, 2), "14:00", "15:00"));
		this.activityFixtures
			.activity(ActivityFixtures.activity(this.south, this.partner, LocalDate.of(2023, 5, 3), "14:00", "15:00"));

		Document north = page("/reports/annual/2023?neighbourhood=" + this.north);
		assertThat(north.select("tr[data-figure=activities]").attr("data-value")).isEqualTo("1");
		assertThat(north.select("table[data-table=results] tbody th").eachText()).containsExactly(name(this.north));
		assertThat(north.select("table[data-table=network] tbody th").eachText()).containsExactly(name(this.north));
		assertThat(north.select("[data-selection]").text()).contains("wijk " + name(this.north));
		assertThat(north.select("a[href^=/reports/annual/2023.pdf]").attr("href"))
			.isEqualTo("/reports/annual/2023.pdf?neighbourhood=" + this.north);
		assertThat(north.select("a[href^=/reports/annual/2023.xlsx]").attr("href"))
			.isEqualTo("/reports/annual/2023.xlsx?neighbourhood=" + this.north);
		// The coordinators' text belongs to the whole programme: written there, linked
		// from here.
		assertThat(north.select("form[action=/reports/narrative]")).isEmpty();
		assertThat(north.select("a[href=/reports/annual/2023]")).isNotEmpty();

		Document all = page("/reports/annual/2023");
		assertThat(Integer.parseInt(all.select("tr[data-figure=activities]").attr("data-value")))
			.isGreaterThanOrEqualTo(3);
		assertThat(all.select("table[data-table=results] tbody th").eachText()).contains(name(this.north),
				name(this.south));
		assertThat(all.select("form[action=/reports/narrative]")).isNotEmpty();
	}

	@Test
	void storiesTellOnlyWhatCameTrueInThePeriod() throws Exception {
		Long idea = this.youth.idea(this.north, "Muziek op het plein", LocalDate.of(2023, 3, 1));
		Long heldIn2023 = this.activityFixtures
			.activity(ActivityFixtures.activity(this.north, this.partner, LocalDate.of(2023, 6, 10), "14:00", "16:00")
				.title("Pleinconcert"));
		this.activities.markDone(heldIn2023, 40);
		Long plannedIn2026 = this.activityFixtures
			.activity(ActivityFixtures.activity(this.north, this.partner, LocalDate.of(2026, 6, 10), "14:00", "16:00")
				.title("Tweede pleinconcert"));
		this.activities.linkSourceIdea(heldIn2023, idea);
		this.activities.linkSourceIdea(plannedIn2026, idea);
		realise(idea);
		Long notYetRealised = this.youth.idea(this.north, "Een eigen krant", LocalDate.of(2023, 3, 1));
		this.activities.linkSourceIdea(this.activityFixtures
			.activity(ActivityFixtures.activity(this.north, this.partner, LocalDate.of(2023, 9, 1), "14:00", "16:00")
				.title("Krantenmiddag")), notYetRealised);

		Document year2023 = page("/reports/annual/2023?neighbourhood=" + this.north);
		assertThat(year2023.select("article.story h3").eachText()).containsExactly("Muziek op het plein");
		assertThat(year2023.select("article.story [data-activity]").eachText())
			.containsExactly("Pleinconcert op 10 juni 2023 (40 kinderen bereikt)");
		// Activities, children reached, ideas collected, realised in the period, grants,
		// amount.
		assertThat(year2023.select("table[data-table=results] tbody td").eachText()).containsExactly("2", "40", "2",
				"1", "0", "€ 0,00");

		Document year2026 = page("/reports/annual/2026?neighbourhood=" + this.north);
		assertThat(year2026.select("[data-activity]").eachText())
			.containsExactly("Tweede pleinconcert op 10 juni 2026 (nog niet uitgevoerd)");

		Document year2024 = page("/reports/annual/2024?neighbourhood=" + this.north);
		assertThat(year2024.select("article.story")).isEmpty();
		assertThat(year2024.select("table[data-table=results] tbody td").get(3).text()).isEqualTo("0");
		assertThat(year2024.text()).contains("In deze periode is nog geen idee van kinderen gerealiseerd.");
	}

	/**
	 * COLLECTED → EXPLORING → PLANNED → REALISED, with the activity link the rule asks.
	 */
	/** Moves an idea whose activities are linked already on to realised. */
	private void realise(Long idea) {
		for (IdeaStatus status : List.of(IdeaStatus.EXPLORING, IdeaStatus.PLANNED, IdeaStatus.REALISED)) {
			this.ideas.changeStatus(idea, status, LocalDate.of(2023, 6, 11), null, Actor.SYSTEM);
		}
	}

	private String reportLink(String dashboard) throws Exception {
		return page(dashboard).select("a.button:contains(Naar het rapport over deze periode)").attr("href");
	}

	private String name(Long neighbourhood) {
		return this.neighbourhoods.get(neighbourhood).name();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
