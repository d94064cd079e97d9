package nl.cultuurschakel.binnenbuiten.home;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.grant.GrantDecision;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * A partner user's start page shows what needs their attention: their neighbourhoods, the
 * coming activities there, their own past activities still to be marked done, and the
 * accountability due on their grants.
 */
@IntegrationTest
class PartnerStartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	ActivityService activityService;

	@Autowired
	YouthFixtures youth;

	@Autowired
	GrantService grants;

	@Autowired
	Clock clock;

	LocalDate today;

	Long neighbourhood;

	Long partner;

	Long other;

	CurrentUser partnerUser;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
		this.neighbourhood = this.activities.neighbourhood("Startwijk");
		Long elsewhere = this.activities.neighbourhood("Verre wijk");
		this.partner = this.network.partner("Eigen club", PartnerDomain.ARTS_CULTURE);
		this.other = this.network.partner("Buurclub", PartnerDomain.SOCIAL);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 1), null,
				MembershipRole.KEY_FIGURE);
		this.network.membership(this.other, this.neighbourhood, LocalDate.of(2022, 1, 1), null);
		this.network.membership(this.other, elsewhere, LocalDate.of(2022, 1, 1), null);
		this.partnerUser = this.accounts.create("start-partner", Role.PARTNER, this.partner);

		plan(this.other, this.neighbourhood, this.today.plusDays(2), "Buurtconcert");
		plan(this.other, elsewhere, this.today.plusDays(2), "Concert ver weg");
		plan(this.partner, this.neighbourhood, this.today.minusDays(7), "Vergeten workshop");
		Long done = plan(this.partner, this.neighbourhood, this.today.minusDays(8), "Afgeronde workshop");
		this.activityService.markDone(done, 20);
		plan(this.other, this.neighbourhood, this.today.minusDays(7), "Andermans les");

		Long idea = this.youth.idea(this.neighbourhood, "Een muurschildering", LocalDate.of(2024, 3, 1));
		Long grant = this.youth.grant(idea, this.partner, "900.00", LocalDate.of(2024, 3, 10));
		this.grants.decide(grant, new GrantDecision(GrantStatus.AWARDED, LocalDate.of(2024, 3, 20),
				new BigDecimal("900.00"), null, this.today.plusDays(30), null, true, null), Actor.SYSTEM);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.activities.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void showsWhatNeedsThePartnersAttention() throws Exception {
		Document home = Jsoup.parse(this.mvc.perform(get("/").with(user(this.partnerUser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(home.select("#my-neighbourhoods a").eachAttr("href"))
			.containsExactly("/neighbourhoods/" + this.neighbourhood + "/overview");
		assertThat(home.selectFirst("#upcoming").text()).contains("Buurtconcert").doesNotContain("Concert ver weg");
		assertThat(home.selectFirst("#to-update").text()).contains("Vergeten workshop")
			.doesNotContain("Afgeronde workshop", "Andermans les");
		assertThat(home.selectFirst("#to-update a[href$=/done]")).isNotNull();
		assertThat(home.selectFirst("#grants-due").text()).contains("Een muurschildering", "Toegekend");
		assertThat(home.selectFirst("#grants-due time").attr("datetime")).isEqualTo(this.today.plusDays(30).toString());
		assertThat(home.select(".building-blocks li")).hasSize(5);
	}

	@Test
	void staffDoNotGetThePartnerSections() throws Exception {
		CurrentUser advisor = this.accounts.create("start-advisor", Role.ADVISOR);
		Document home = Jsoup.parse(this.mvc.perform(get("/").with(user(advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.select("#my-neighbourhoods, #upcoming, #to-update, #grants-due")).isEmpty();
	}

	private Long plan(Long organiser, Long neighbourhoodId, LocalDate on, String title) {
		return this.activities
			.activity(ActivityFixtures.activity(neighbourhoodId, organiser, on, "10:00", "11:00").title(title));
	}

}
