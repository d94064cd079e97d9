package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.LocalDate;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates in URLs and forms are ISO with a four-digit year. {@code java.time} alone reads
 * {@code +999999999-01-01}, which PostgreSQL cannot compare or store: every list filtered
 * by such a date answered 500. Now it is bad input: 400 for a filter, a field message on
 * a form, and nothing stored.
 */
@IntegrationTest
class RequestDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void tearDown() {
		this.jdbc.update("delete from contact where subject like 'Datumtest%'");
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/contacts?from=+999999999-01-01", "/contacts?to=-999999999-01-01",
			"/contacts/export.csv?from=+999999999-01-01", "/contacts/export.xlsx?to=+999999999-12-31",
			"/workshops?from=+999999999-01-01", "/ideas?from=+999999999-01-01", "/contacts?from=10000-01-01",
			"/activities/conflicts?from=+999999999-01-01", "/activities/calendar?month=+999999999-12",
			"/dashboard?from=+999999999-01-01&to=+999999999-12-31", "/contacts?from=2023-02-29",
			"/contacts?from=24-1-1" })
	void aDateBeyondFourDigitYearsOrNotOnTheCalendarIsABadRequest(String url) throws Exception {
		this.mvc.perform(withRawQuery(url).with(AccountFixtures.as(Role.ADVISOR))).andExpect(status().isBadRequest());
	}

	/**
	 * The contact list used to answer an empty list for such a period; the activity list,
	 * dashboard and reports answered 400. Every period filter now answers 400.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/contacts?from=2024-03-02&to=2024-03-01",
			"/contacts/export.csv?from=2024-03-02&to=2024-03-01", "/contacts/export.xlsx?from=2024-03-02&to=2024-03-01",
			"/activities?from=2024-03-02&to=2024-03-01", "/activities/export.csv?from=2024-03-02&to=2024-03-01" })
	void aPeriodThatEndsBeforeItStartsIsABadRequest(String url) throws Exception {
		this.mvc.perform(withRawQuery(url).with(AccountFixtures.as(Role.ADVISOR))).andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@CsvSource({ "/contacts?from=0001-01-01&to=9999-12-31, value=\"9999-12-31\"",
			"/workshops?from=2024-02-29, value=\"2024-02-29\"",
			"/ideas?from=2022-01-01&to=2024-12-31, value=\"2024-12-31\"",
			"/activities/calendar?month=2024-03, Kalender maart 2024" })
	void ordinaryAndExtremeFourDigitDatesAreServed(String url, String shown) throws Exception {
		this.mvc.perform(withRawQuery(url).with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)));
	}

	/**
	 * A GET whose query values reach the application exactly as written (a + stays a +).
	 */
	private static MockHttpServletRequestBuilder withRawQuery(String url) {
		String[] parts = url.split("\\?", 2);
		MockHttpServletRequestBuilder request = get(parts[0]);
		for (String pair : parts[1].split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			request.param(nameAndValue[0], nameAndValue[1]);
		}
		return request;
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-01-01", "10000-01-01", "2024-13-01", "1-1-2024" })
	void aFormWithSuchADateGetsAFieldMessageAndStoresNothing(String date) throws Exception {
		Long partner = this.network.partner("Datumtheater", PartnerDomain.ARTS_CULTURE);
		int before = contacts();
		this.mvc.perform(contact(partner, date))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "date"));
		assertThat(contacts()).isEqualTo(before);
	}

	@Test
	void anOrdinaryDateIsStored() throws Exception {
		Long partner = this.network.partner("Datumtheater", PartnerDomain.ARTS_CULTURE);
		this.mvc.perform(contact(partner, "2024-03-05")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select contact_date from contact where counterpart_id = ?",
				LocalDate.class, partner))
			.isEqualTo(LocalDate.of(2024, 3, 5));
	}

	private MockHttpServletRequestBuilder contact(Long partner, String date) {
		return post("/contacts").with(user(this.accounts.create("dates-advisor", Role.ADVISOR)))
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("counterpartId", partner.toString())
			.param("date", date)
			.param("kind", "MEETING")
			.param("subject", "Datumtest " + date);
	}

	private int contacts() {
		return this.jdbc.queryForObject("select count(*) from contact", Integer.class);
	}

}
