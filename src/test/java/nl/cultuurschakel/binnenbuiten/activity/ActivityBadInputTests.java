package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Days and periods that no activity page can show (year 1 or 9999, ±999999999, a period
 * that ends before it starts, a clash list of ten years) are a bad request (400) on every
 * activity page and export, never a 500; in the form they are a field message and nothing
 * is stored, however long the series would be.
 */
@IntegrationTest
class ActivityBadInputTests {

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

	Long space;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Grenswijk");
		this.partner = this.network.partner("Grenspartner", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
		this.space = this.partners.addSpace(this.partner, new SpaceData("Grenszaal", 30, null, false));
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/activities?from=0001-01-01&to=9999-12-31", "/activities?from=+999999999-12-31",
			"/activities?to=-999999999-01-01", "/activities?from=1999-12-31", "/activities?to=2100-01-01",
			"/activities?from=2024-03-10&to=2024-03-01", "/activities/export.ics?from=0001-01-01&to=9999-12-31",
			"/activities/export.ics?to=+999999999-12-31", "/activities/export.csv?from=-999999999-01-01",
			"/activities/export.csv?from=2024-03-10&to=2024-03-01", "/activities/calendar?month=+999999999-12",
			"/activities/calendar?month=-999999999-01", "/activities/calendar?month=9999-12",
			"/activities/calendar?month=0001-01", "/activities/calendar?month=2024-13",
			"/activities/calendar?month= 999999999-12", "/activities/calendar?week=+999999999-12-31",
			"/activities/calendar?week=0001-01-01", "/activities/calendar?week=gisteren",
			"/activities/conflicts?from=0001-01-01&to=9999-12-31", "/activities/conflicts?from=+999999999-12-31",
			"/activities/conflicts?from=2099-12-31&to=2099-12-01",
			"/activities/conflicts?from=2020-01-01&to=2029-12-31",
			"/activities/spaces/{space}?from=0001-01-01&to=9999-12-31",
			"/activities/spaces/{space}?from=+999999999-12-31", "/activities/spaces/{space}?to=-999999999-01-01",
			"/activities/spaces/{space}?from=2020-01-01&to=2029-12-31" })
	void aDayOrPeriodNoPageCanShowIsABadRequest(String url) throws Exception {
		this.mvc.perform(get(url.replace("{space}", this.space.toString())).with(as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/activities?discipline=NONSENSE", "/activities?status=gepland", "/activities?age=tien",
			"/activities?neighbourhood=abc" })
	void aFilterOtherThanADayThatCannotBeReadIsLeftOutAndTheListSaysSo(String url) throws Exception {
		this.mvc.perform(get(url).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("konden niet worden gelezen en zijn genegeerd")));
	}

	@ParameterizedTest
	@CsvSource({ "/activities?from=2000-01-01&to=2099-12-31, value=\"2099-12-31\"",
			"/activities/calendar?month=2099-12, Kalender december 2099",
			"/activities/calendar?month=2000-01, Kalender januari 2000",
			"/activities/calendar?week=2099-12-31, 28 december 2099",
			"/activities/conflicts?from=2099-12-01, value=\"2099-12-01\"",
			"/activities/spaces/{space}?from=2099-12-01, value=\"2099-12-01\"",
			"/activities/export.csv?from=2000-01-01&to=2099-12-31, Datum" })
	void theFirstAndLastPlanningYearsStillWork(String url, String shown) throws Exception {
		this.mvc.perform(get(url.replace("{space}", this.space.toString())).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)));
	}

	@ParameterizedTest
	@CsvSource({ "date, 9999-12-31, , ", "date, +999999999-12-31, 2, ", "date, 0001-01-01, , ",
			"until, 9999-12-31, , 9999-12-31", "until, +999999999-12-31, , +999999999-12-31",
			"occurrences, 2024-03-05, 10000, ", "occurrences, 2024-03-05, 2147483647, ",
			"until, 2024-03-05, , 2099-12-31" })
	void anActivityOrSeriesOutsideThePlanningYearsGetsAFieldMessage(String field, String date, String occurrences,
			String until) throws Exception {
		Map<String, String> fields = ActivityRequests.validFields(this.neighbourhood, this.partner);
		fields.put("date", date);
		if (occurrences != null || until != null) {
			fields.put("repeat", "WEEKLY");
		}
		if (occurrences != null) {
			fields.put("occurrences", occurrences);
		}
		if (until != null) {
			fields.put("until", until);
		}
		this.mvc.perform(ActivityRequests.post(fields, "/activities").with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", field));
		assertThat(this.activities
			.find(new ActivityFilter(null, null, this.neighbourhood, null, null, null, null, null, null),
					PageRequest.of(0, 10))
			.getTotalElements()).isZero();
	}

	@org.junit.jupiter.api.Test
	void theDateMessageNamesTheYearsWithoutAThousandsSeparator() throws Exception {
		this.mvc
			.perform(post("/activities").with(as(Role.ADVISOR))
				.with(csrf())
				.param("title", "Grensles")
				.param("date", "9999-12-31"))
			.andExpect(content().string(containsString("Vul een datum in tussen 2000 en 2099.")));
	}

}
