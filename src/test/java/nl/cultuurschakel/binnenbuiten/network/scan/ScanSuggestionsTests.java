package nl.cultuurschakel.binnenbuiten.network.scan;

import java.time.LocalDate;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.PromotionChannel;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The suggestions of a small known neighbourhood: three members from three domains (one
 * without a role), two activities in 2023 (one free, one paid; one promoted through two
 * channels), no workshop.
 */
@IntegrationTest
class ScanSuggestionsTests {

	@Autowired
	ScanSuggestions suggestions;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Long neighbourhood;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.activities.neighbourhood("Voorstelwijk");
		LocalDate start = LocalDate.of(2022, 1, 1);
		Long theatre = this.network.partner("Theater", PartnerDomain.ARTS_CULTURE);
		Long school = this.network.partner("School", PartnerDomain.EDUCATION);
		Long welfare = this.network.partner("Welzijn", PartnerDomain.SOCIAL);
		this.network.membership(theatre, this.neighbourhood, start, null, MembershipRole.KEY_FIGURE);
		this.network.membership(school, this.neighbourhood, start, null, MembershipRole.TARGET_GROUP_LINK);
		this.network.membership(welfare, this.neighbourhood, start, null);
		this.activities.activity(activity(this.neighbourhood, theatre, LocalDate.of(2023, 4, 1), "10:00", "11:00")
			.channels(PromotionChannel.POSTER_FLYER, PromotionChannel.SCHOOL_NEWSLETTER));
		this.activities
			.activity(activity(this.neighbourhood, school, LocalDate.of(2023, 5, 1), "10:00", "11:00").paid("4.00"));
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from network_scan where neighbourhood_id = ?", this.neighbourhood);
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void suggestsWhatTheDataCanTellWithItsReason() {
		Map<ScanItem, Suggestion> suggested = this.suggestions.suggest(this.neighbourhood, 2023);

		assertThat(suggested.get(ScanItem.CROSS_DOMAIN_NETWORK))
			.isEqualTo(new Suggestion(ItemStatus.IN_PLACE, "scan.reason.domains", 3L, 3));
		assertThat(suggested.get(ScanItem.FIXED_CONTACT_PERSON))
			.isEqualTo(new Suggestion(ItemStatus.IN_PLACE, "scan.reason.contacts", 3L, 3));
		assertThat(suggested.get(ScanItem.CLEAR_ROLES))
			.isEqualTo(new Suggestion(ItemStatus.IN_PROGRESS, "scan.reason.roles", 2L, 3));
		assertThat(suggested.get(ScanItem.YOUTH_PARTICIPATION))
			.isEqualTo(new Suggestion(ItemStatus.NOT_YET, "scan.reason.workshops", 0L, "2023"));
		assertThat(suggested.get(ScanItem.FINANCIAL_ACCESS))
			.isEqualTo(new Suggestion(ItemStatus.IN_PROGRESS, "scan.reason.accessible", 50, 2L, "2023"));
		assertThat(suggested.get(ScanItem.NO_OVERLAP))
			.isEqualTo(new Suggestion(ItemStatus.IN_PLACE, "scan.reason.noClashes", "2023"));
		assertThat(suggested.get(ScanItem.SEVERAL_CHANNELS))
			.isEqualTo(new Suggestion(ItemStatus.IN_PROGRESS, "scan.reason.channels", 1L, 2L));
		assertThat(suggested).doesNotContainKeys(ScanItem.SHARED_VISION, ScanItem.CLEAR_GOALS);
	}

	@Test
	void aYearWithoutActivitiesSuggestsNothingAboutThem() {
		Map<ScanItem, Suggestion> suggested = this.suggestions.suggest(this.neighbourhood, 2021);
		assertThat(suggested).doesNotContainKeys(ScanItem.FINANCIAL_ACCESS, ScanItem.NO_OVERLAP,
				ScanItem.SEVERAL_CHANNELS);
	}

	@Test
	void thePageShowsTheSuggestionBesideWhatWasChosenWithoutChangingIt() throws Exception {
		this.mvc.perform(get("/neighbourhoods/" + this.neighbourhood + "/scan/2023").with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Voorstel: Staat er")))
			.andExpect(content().string(containsString("3 van de 3 leden hebben een vast aanspreekpunt.")))
			.andExpect(content()
				.string(containsString("50% van de 2 activiteiten in 2023 is gratis of met Ooievaarspas.")))
			.andExpect(content()
				.string(containsString("<option value=\"NOT_YET\" selected=\"selected\">Nog niet</option>")));
	}

}
