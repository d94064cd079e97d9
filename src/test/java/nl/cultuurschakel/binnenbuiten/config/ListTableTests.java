package nl.cultuurschakel.binnenbuiten.config;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists render through one table fragment ({@code fragments/lists :: table}): the columns
 * a page names as sortable link to their order, the others are plain heads, and an empty
 * list says so instead of showing an empty table.
 */
@IntegrationTest
class ListTableTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
	}

	@Test
	void sortableColumnsLinkToTheirOrderAndTheCurrentOrderIsMarked() throws Exception {
		this.network.partner("Tabeltheater", PartnerDomain.ARTS_CULTURE);
		this.mvc.perform(get("/partners").with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption class=\"visually-hidden\">Partners</caption>")))
			.andExpect(content().string(containsString("<th scope=\"col\" aria-sort=\"ascending\">")))
			.andExpect(content().string(containsString("href=\"/partners?sort=name,desc\"")))
			.andExpect(content().string(containsString("href=\"/partners?sort=domain,asc\"")))
			.andExpect(content().string(containsString("href=\"/partners?sort=active,asc\"")));
	}

	@Test
	void columnsWithoutAnOrderArePlainHeadsAndRowLinksNameTheirRecord() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Tabelwijk");
		Long partner = this.network.partner("Tabelschool", PartnerDomain.EDUCATION);
		Long membership = this.network.membership(partner, neighbourhood, LocalDate.of(2024, 1, 1), null,
				MembershipRole.KEY_FIGURE);
		this.mvc.perform(get("/partners/" + partner).with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">Wijk</th>")))
			.andExpect(content().string(containsString("<span class=\"visually-hidden\">Acties</span>")))
			.andExpect(content().string(containsString("<td class=\"actions\">")))
			.andExpect(content().string(containsString("href=\"/memberships/" + membership + "/delete\"")))
			.andExpect(content().string(not(containsString("sort="))));
	}

	@Test
	void anEmptyListSaysSoWithoutATable() throws Exception {
		this.mvc.perform(get("/partners").param("q", "geen-partner-heet-zo").with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"empty-state\"")))
			.andExpect(content().string(not(containsString("<table"))));
	}

}
