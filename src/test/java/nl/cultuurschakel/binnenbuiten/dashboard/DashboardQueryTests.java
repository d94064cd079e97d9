package nl.cultuurschakel.binnenbuiten.dashboard;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
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
 * A period's figures per year, and the report's figures per neighbourhood, come from one
 * grouped query per module: the dashboard and the report send as many SQL statements for
 * one year as for 25, and for one neighbourhood as for three.
 */
@IntegrationTest
class DashboardQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		this.coordinator = this.accounts.create("query-counter", Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void theDashboardSendsTheSameStatementsForOneYearAsForTwentyFive() throws Exception {
		long oneYear = statements("/dashboard?from=2024-01-01&to=2024-12-31");
		assertThat(statements("/dashboard?from=2022-01-01&to=2024-12-31")).isEqualTo(oneYear);
		assertThat(statements("/dashboard?from=2000-01-01&to=2024-12-31")).isEqualTo(oneYear);
		assertThat(oneYear).isLessThan(40);

		long district = statements("/dashboard?from=2024-01-01&to=2024-12-31&district=ESCAMP");
		assertThat(statements("/dashboard?from=2000-01-01&to=2024-12-31&district=ESCAMP")).isEqualTo(district);
	}

	@Test
	void theReportSendsTheSameStatementsForOneYearAsForTwentyFive() throws Exception {
		long twoYears = statements("/reports/period?from=2023-01-01&to=2024-12-31");
		assertThat(statements("/reports/period?from=2000-01-01&to=2024-12-31")).isEqualTo(twoYears);

		// A calendar year also shows its building-blocks scans: one statement for all of
		// them.
		long oneYear = statements("/reports/annual/2024");
		assertThat(statements("/reports/period?from=2024-01-01&to=2024-12-31")).isEqualTo(oneYear);
		assertThat(oneYear).isEqualTo(twoYears + 1);
	}

	@Test
	void theReportSendsTheSameStatementsForOneNeighbourhoodAsForMore() throws Exception {
		this.network.neighbourhood("Telwijk");
		long before = statements("/reports/annual/2024?district=ESCAMP");
		this.network.neighbourhood("Tweede telwijk");
		this.network.neighbourhood("Derde telwijk");
		assertThat(statements("/reports/annual/2024?district=ESCAMP")).isEqualTo(before);
	}

	private long statements(String url) throws Exception {
		QueryCounting.reset();
		this.mvc.perform(get(url).with(user(this.coordinator))).andExpect(status().isOk());
		return QueryCounting.statements();
	}

}
