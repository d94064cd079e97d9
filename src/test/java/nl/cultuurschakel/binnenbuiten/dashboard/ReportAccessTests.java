package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
		this.mvc.perform(get("/reports/annual/2024").with(user(advisor))).andExpect(status().isOk());
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
	void badPeriodIsABadRequestNotAServerError() throws Exception {
		this.mvc
			.perform(get("/reports/period").param("from", "2024-12-31")
				.param("to", "2024-01-01")
				.with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/dashboard").param("from", "2024-12-31").param("to", "2024-01-01").with(user(this.coordinator)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").param("from", "nonsense").with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
	}

}
