package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and write reports, and what bad periods do.
 */
@IntegrationTest
class ReportAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		this.coordinator = this.accounts.create("report-coordinator", Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from report_narrative");
		this.accounts.deleteCreated();
	}

	@Test
	void coordinatorsWriteTheNarrativeAdvisorsOnlyRead() throws Exception {
		CurrentUser advisor = this.accounts.create("report-reader", Role.ADVISOR);
		this.mvc.perform(get("/reports/annual/2024").with(user(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Impactrapportage 2024")));
		this.mvc
			.perform(post("/reports/narrative").with(user(advisor))
				.with(csrf())
				.param("from", "2024-01-01")
				.param("to", "2024-12-31")
				.param("introduction", "Niet van mij"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/narrative").with(user(this.coordinator))
				.with(csrf())
				.param("from", "2024-01-01")
				.param("to", "2024-12-31")
				.param("introduction", "Een bijzonder jaar in de wijken.")
				.param("version", "0"))
			.andExpect(status().isFound());
		String html = this.mvc.perform(get("/reports/annual/2024").with(user(advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Een bijzonder jaar in de wijken.");
	}

	@Test
	void partnerUsersGetNoFiguresOrReports() throws Exception {
		for (String path : List.of("/dashboard", "/reports/annual/2024", "/reports/annual/2024.pdf",
				"/reports/period.xlsx?from=2022-01-01&to=2024-12-31")) {
			this.mvc.perform(get(path).with(user(AccountFixtures.principal(Role.PARTNER, 1L))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void badPeriodsAndYearsAreBadRequestsWithAReason() throws Exception {
		for (String path : List.of("/reports/period?from=2024-12-31&to=2024-01-01",
				"/reports/period?from=0001-01-01&to=9999-12-31", "/reports/period?from=2000-01-01&to=2025-01-01",
				"/reports/period?from=2024-01-01", "/reports/period",
				"/reports/period.pdf?from=0001-01-01&to=9999-12-31",
				"/reports/period.xlsx?from=1999-12-31&to=2000-01-01", "/reports/annual/0", "/reports/annual/0000",
				"/reports/annual/-1", "/reports/annual/99999", "/reports/annual/1999", "/reports/annual/2100",
				"/reports/annual/0.pdf", "/reports/annual/99999.xlsx")) {
			String html = this.mvc.perform(get(path).with(user(this.coordinator)))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("[data-period-error]").text()).as(path)
				.isIn("De einddatum ligt vóór de begindatum.",
						"Kies een periode tussen 1 januari 2000 en 31 december 2099.",
						"Een periode is hoogstens 25 jaar lang.", "Vul een begindatum en een einddatum in.");
		}
		for (String path : List.of("/reports/annual/abc", "/reports/annual/abc.pdf",
				"/reports/annual/99999999999999999999", "/reports/period?from=nonsense&to=2024-01-01",
				"/dashboard?from=nonsense", "/dashboard?district=NOWHERE", "/dashboard?neighbourhood=abc")) {
			this.mvc.perform(get(path).with(user(this.coordinator))).andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(get("/reports/period").param("from", "+999999999-01-01")
				.param("to", "+999999999-12-31")
				.with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/reports/annual/2024?neighbourhood=999999999").with(user(this.coordinator)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/period?from=2000-01-01&to=2024-12-31").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Impactrapportage 1 januari 2000 tot en met 31 december 2024")));
	}

	@Test
	void theDashboardExplainsABadPeriodAboveTheFormAndKeepsWhatWasTyped() throws Exception {
		String html = this.mvc.perform(
				get("/dashboard").param("from", "0001-01-01").param("to", "9999-12-31").with(user(this.coordinator)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#period-error").text()).isEqualTo(
				"Kies een periode tussen 1 januari 2000 en 31 december 2099. Hieronder staan de cijfers van dit jaar.");
		assertThat(page.select("#from").val()).isEqualTo("0001-01-01");
		assertThat(page.select("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("[data-figure]")).isNotEmpty();

		this.mvc.perform(
				get("/dashboard").param("from", "2024-12-31").param("to", "2024-01-01").with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/dashboard").param("from", "1990-01-01").param("to", "2024-12-31").with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNarrativeForABadPeriodIsRefusedAndNotStored() throws Exception {
		for (String[] period : List.of(new String[] { "0001-01-01", "9999-12-31" },
				new String[] { "2024-12-31", "2024-01-01" }, new String[] { "nonsense", "2024-01-01" })) {
			this.mvc
				.perform(post("/reports/narrative").with(user(this.coordinator))
					.with(csrf())
					.param("from", period[0])
					.param("to", period[1])
					.param("introduction", "Mag niet bewaard worden")
					.param("version", "0"))
				.andExpect(status().isBadRequest());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from report_narrative", Long.class)).isZero();
	}

}
