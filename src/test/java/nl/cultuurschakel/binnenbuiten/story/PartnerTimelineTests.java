package nl.cultuurschakel.binnenbuiten.story;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner's timeline: everything with the partner, newest first, filterable by kind and
 * period, paginated, in a fixed number of SQL statements; contact moments for staff only.
 */
@IntegrationTest
class PartnerTimelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PartnerStory story;

	StoryScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new StoryScenario(this.context);
	}

	@AfterEach
	void cleanUp() {
		this.scenario.deleteCreated();
	}

	@Test
	void staffSeeEveryKindNewestFirst() throws Exception {
		Document page = page(timelineUrl(""), this.scenario.advisor);

		assertThat(kinds(page)).containsExactly("ACTIVITY", "CONTACT", "GRANT", "IDEA", "MEMBERSHIP");
		assertThat(page.select(".story-entry time").eachAttr("datetime")).containsExactly("2024-06-01", "2024-03-05",
				"2024-02-01", "2023-05-04", "2022-01-10");
		Element contact = page.selectFirst(".story-entry[data-kind=CONTACT]");
		assertThat(contact.text()).contains(StoryScenario.CONTACT_SUBJECT, "Overleg", "5 maart 2024");
		assertThat(page.selectFirst(".story-entry[data-kind=GRANT]").text()).contains(StoryScenario.IDEA_TITLE,
				"Toegekend", "750,00");
		assertThat(page.selectFirst(".story-entry[data-kind=MEMBERSHIP]").text()).contains("lid geworden",
				"Sleutelfiguur");
		assertThat(page.selectFirst(".story-entry[data-kind=ACTIVITY] a").attr("href")).startsWith("/activities/");
		assertThat(page.text()).doesNotContain("Notitie alleen voor staf");
	}

	@Test
	void partnerUsersNeitherReachTheTimelineNorSeeContactMoments() throws Exception {
		CurrentUser partnerUser = this.scenario.accounts.create("story-partner", Role.PARTNER, this.scenario.partner);
		this.mvc.perform(get(timelineUrl("")).with(user(partnerUser))).andExpect(status().isForbidden());
		this.mvc.perform(get(timelineUrl("?kind=CONTACT")).with(user(partnerUser))).andExpect(status().isForbidden());
		this.mvc.perform(get("/partners/" + this.scenario.partner).with(user(partnerUser)))
			.andExpect(status().isForbidden());

		// And the query itself leaves contact moments out for them, even when asked.
		assertThat(
				this.story.of(this.scenario.partner, partnerUser, null, new Period(null, null), PageRequest.of(0, 50))
					.map(StoryEntry::kind))
			.doesNotContain(StoryKind.CONTACT)
			.contains(StoryKind.ACTIVITY);
		assertThat(this.story.of(this.scenario.partner, partnerUser, StoryKind.CONTACT, new Period(null, null),
				PageRequest.of(0, 50)))
			.isEmpty();
	}

	@Test
	void filtersByKindAndPeriodKeptInTheUrl() throws Exception {
		Document grants = page(timelineUrl("?kind=GRANT"), this.scenario.advisor);
		assertThat(kinds(grants)).containsExactly("GRANT");
		assertThat(grants.selectFirst("select#kind option[selected]").attr("value")).isEqualTo("GRANT");

		Document year = page(timelineUrl("?from=2024-01-01&to=2024-12-31"), this.scenario.advisor);
		assertThat(kinds(year)).containsExactly("ACTIVITY", "CONTACT", "GRANT");
		assertThat(year.selectFirst("input#from").attr("value")).isEqualTo("2024-01-01");

		Document none = page(timelineUrl("?kind=IDEA&from=2024-01-01"), this.scenario.advisor);
		assertThat(kinds(none)).isEmpty();
		assertThat(none.selectFirst(".empty-state").text()).contains("nog niets vastgelegd");
	}

	@Test
	void pagesThroughTheTimelineAndRejectsBadPages() throws Exception {
		Document second = page(timelineUrl("?size=2&page=2&kind="), this.scenario.advisor);
		assertThat(kinds(second)).containsExactly("GRANT", "IDEA");
		assertThat(second.selectFirst(".pagination").text()).contains("Pagina 2 van 3");
		assertThat(second.selectFirst(".pagination a[rel=next]").attr("href")).contains("page=3", "size=2");

		for (String bad : List.of("?page=9", "?page=0", "?page=abc", "?page=99999999999", "?kind=NONSENSE",
				"?from=gisteren", "?from=2024-12-31&to=2024-01-01")) {
			this.mvc.perform(get(timelineUrl(bad)).with(user(this.scenario.advisor)))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/partners/999999999/timeline").with(user(this.scenario.advisor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void takesTheSameNumberOfStatementsForFiveEntriesAsForHundreds() throws Exception {
		long few = statements(timelineUrl(""));
		for (int i = 0; i < 120; i++) {
			this.scenario.contact(LocalDate.of(2021, 1, 1).plusDays(i), "Contact " + i);
		}
		for (int i = 0; i < 40; i++) {
			this.scenario.activity(LocalDate.of(2020, 1, 6).plusWeeks(i), "Activiteit " + i);
		}
		for (int i = 0; i < 30; i++) {
			Long idea = this.scenario.idea(LocalDate.of(2020, 3, 1).plusDays(i), "Idee " + i);
			this.scenario.youth.grant(idea, this.scenario.partner, "100.00", LocalDate.of(2020, 4, 1).plusDays(i));
		}
		for (int i = 0; i < 5; i++) {
			this.scenario.network.membership(this.scenario.partner, this.scenario.network.neighbourhood("Extra wijk"),
					LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), MembershipRole.COORDINATION);
		}

		// 5 + 120 contacts + 40 activities + 30 ideas + 30 grants + 5 memberships that
		// started and ended.
		long many = statements(timelineUrl(""));
		assertThat(many).isEqualTo(few);
		assertThat(page(timelineUrl(""), this.scenario.advisor).selectFirst(".result-count").text())
			.isEqualTo("235 gebeurtenissen");
	}

	@Test
	void thePartnerPageLoadsTheTimelineAndLinksToTheContactForm() throws Exception {
		Document partnerPage = page("/partners/" + this.scenario.partner, this.scenario.advisor);
		Element loader = partnerPage.selectFirst("#partner-timeline");
		assertThat(loader.attr("data-hx-get")).isEqualTo(timelineUrl(""));
		assertThat(loader.selectFirst("a").attr("href")).isEqualTo(timelineUrl(""));
		assertThat(partnerPage.selectFirst("#log-contact").attr("href"))
			.isEqualTo("/contacts/new?partner=" + this.scenario.partner);

		String fragment = this.mvc
			.perform(get(timelineUrl("")).header("HX-Request", "true").with(user(this.scenario.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains(StoryScenario.CONTACT_SUBJECT);
	}

	@Test
	void theContactFormOpensWithThePartnerAndItsNeighbourhoodChosen() throws Exception {
		Document form = page("/contacts/new?partner=" + this.scenario.partner, this.scenario.advisor);
		assertThat(form.selectFirst("select#counterpartId option[selected]").attr("value"))
			.isEqualTo(this.scenario.partner.toString());
		assertThat(form.selectFirst("select#neighbourhoodId option[selected]").attr("value"))
			.isEqualTo(this.scenario.neighbourhood.toString());
	}

	private String timelineUrl(String query) {
		return "/partners/" + this.scenario.partner + "/timeline" + query;
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> kinds(Document page) {
		return page.select(".story-entry").eachAttr("data-kind");
	}

	private long statements(String url) throws Exception {
		QueryCounting.reset();
		this.mvc.perform(get(url).with(user(this.scenario.advisor))).andExpect(status().isOk());
		return QueryCounting.statements();
	}

}
