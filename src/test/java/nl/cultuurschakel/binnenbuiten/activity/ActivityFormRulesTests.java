package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity form's rules as a planner reads them: each field says, in Dutch (or
 * English), exactly what is wrong with it, and nothing is planned.
 */
@IntegrationTest
class ActivityFormRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	Long neighbourhood;

	Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Regelwijk");
		this.partner = this.network.partner("Regelpartner", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void daysOutsideThePlanningYearsAreRefused() throws Exception {
		assertThat(errors("date", "1999-12-31")).containsExactly("date: Vul een datum in tussen 2000 en 2099.");
		assertThat(errors("repeat", "WEEKLY", "until", "2100-01-01"))
			.containsExactly("until: Vul een datum in tussen 2000 en 2099.");
		assertThat(errors("date", "2100-01-05", "repeat", "WEEKLY", "until", "2100-03-01")).containsExactly(
				"date: Vul een datum in tussen 2000 en 2099.", "until: Vul een datum in tussen 2000 en 2099.");
	}

	@Test
	void theEndComesAfterTheStart() throws Exception {
		assertThat(errors("endTime", "15:00"))
			.containsExactly("endTime: De eindtijd moet na de begintijd liggen, op dezelfde dag.");
		assertThat(errors("startTime", "23:00", "endTime", "01:00"))
			.containsExactly("endTime: De eindtijd moet na de begintijd liggen, op dezelfde dag.");
	}

	@Test
	void agesLieWithinFourToEighteenYoungestFirst() throws Exception {
		assertThat(errors("minAge", "3", "maxAge", "19")).containsExactly(
				"minAge: Vul een leeftijd in van 4 tot en met 18.", "maxAge: Vul een leeftijd in van 4 tot en met 18.");
		assertThat(errors("minAge", "12", "maxAge", "8"))
			.containsExactly("maxAge: De leeftijd tot en met mag niet lager zijn dan de leeftijd vanaf.");
	}

	@Test
	void onlyAPaidActivityHasAPriceAndItIsAnAmountInCents() throws Exception {
		assertThat(errors("costType", "PAID")).containsExactly("price: Vul de prijs in als de activiteit betaald is.");
		for (String price : List.of("0", "-2.50", "2.555", "10000")) {
			assertThat(errors("costType", "PAID", "price", price)).as(price)
				.containsExactly(
						"price: Vul een prijs in van meer dan 0 en minder dan 10000 euro, met hoogstens twee decimalen.");
		}
		assertThat(errors("costType", "FREE", "price", "2.50"))
			.containsExactly("price: Een prijs hoort alleen bij een betaalde activiteit.");
	}

	@Test
	void anActivityTakesPlaceInASpaceOrAtAnAddress() throws Exception {
		assertThat(errors("address", ""))
			.containsExactly("address: Kies een ruimte of vul een adres in (niet allebei).");
	}

	@Test
	void aSeriesEndsOnADayOrAfterANumberOfTimes() throws Exception {
		assertThat(errors("repeat", "WEEKLY"))
			.containsExactly("until: Vul een einddatum of een aantal keer in (niet allebei).");
		assertThat(errors("repeat", "WEEKLY", "until", "2024-04-30", "occurrences", "4"))
			.containsExactly("until: Vul een einddatum of een aantal keer in (niet allebei).");
		assertThat(errors("repeat", "WEEKLY", "occurrences", "1"))
			.containsExactly("occurrences: Vul een aantal in van 2 tot en met 80.");
		assertThat(errors("repeat", "FORTNIGHTLY", "occurrences", "81"))
			.containsExactly("occurrences: Vul een aantal in van 2 tot en met 80.");
		assertThat(errors("repeat", "WEEKLY", "until", "2024-03-05"))
			.containsExactly("until: De einddatum moet na de eerste datum liggen.");
		assertThat(errors("repeat", "WEEKLY", "until", "2026-01-01"))
			.containsExactly("until: Een reeks heeft hoogstens 80 keer.");
	}

	@Test
	void withoutRepeatingTheSeriesFieldsDoNotCount() throws Exception {
		this.mvc.perform(post("until", "2024-03-05", "occurrences", "1")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anEditLeavesTheSeriesFieldsAlone() throws Exception {
		Long id = this.fixtures.activity(ActivityFixtures.activity(this.neighbourhood, this.partner,
				LocalDate.of(2024, 3, 5), "15:00", "16:00"));
		Map<String, String> fields = ActivityRequests.validFields(this.neighbourhood, this.partner);
		fields.put("repeat", "WEEKLY");
		fields.put("occurrences", "1");
		this.mvc.perform(ActivityRequests.post(fields, "/activities/{id}", id).with(as(Role.ADVISOR)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theRulesSpeakEnglishToo() throws Exception {
		Document page = ActivityRequests.page(this.mvc,
				post("endTime", "15:00", "minAge", "12", "maxAge", "8", "costType", "PAID", "repeat", "WEEKLY",
						"occurrences", "81")
					.cookie(new Cookie("binnenbuiten-lang", "en")));
		assertThat(errors(page)).containsExactlyInAnyOrder(
				"endTime: The end time must be after the start time, on the same day.",
				"maxAge: The upper age may not be lower than the lower age.",
				"price: Enter the price when the activity is paid.", "occurrences: Enter a number from 2 to 80.");
	}

	/**
	 * The field errors the form shows for a valid activity with these fields replaced (an
	 * empty value removes the field), as "field: message" in form order.
	 */
	private List<String> errors(String... overrides) throws Exception {
		return errors(ActivityRequests.page(this.mvc, post(overrides)));
	}

	private static List<String> errors(Document page) {
		assertThat(page.select("form h1, main h1").text()).isNotEmpty();
		return page.select("p.field__error span")
			.stream()
			.map((Element span) -> span.parent().id().replace("-error", "") + ": " + span.text())
			.toList();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String... overrides) {
		Map<String, String> fields = ActivityRequests.validFields(this.neighbourhood, this.partner);
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1].isEmpty()) {
				fields.remove(overrides[i]);
			}
			else {
				fields.put(overrides[i], overrides[i + 1]);
			}
		}
		return ActivityRequests.post(fields, "/activities").with(as(Role.ADVISOR));
	}

}
