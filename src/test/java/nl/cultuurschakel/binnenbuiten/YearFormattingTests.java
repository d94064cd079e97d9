package nl.cultuurschakel.binnenbuiten;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.demo.DemoDataSetAccess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page writes a year as a number ("Resterend budget 2.026"): the main pages, rendered
 * in Dutch with the demo data, show every year in a heading, title, link, period line,
 * caption, chart label or budget line as four plain digits.
 */
@IntegrationTest
@Transactional
class YearFormattingTests {

	/** A year between 1900 and 2199 with a thousands separator, not part of an amount. */
	private static final Pattern GROUPED_YEAR = Pattern.compile("\\b(1[.,]9|2[.,][01])\\d{2}\\b(?![.,]\\d)");

	private static final Pattern PLAIN_YEAR = Pattern.compile("\\b(19|20|21)\\d{2}\\b");

	/**
	 * Where a year is meant: headings, titles, links, captions, period lines, chart
	 * labels.
	 */
	private static final String YEAR_CONTEXTS = "title, h1, h2, h3, caption, th, td, dd, a, label, legend, option, nav, "
			+ ".breadcrumb, .lead, [role=status], svg text, p:matches((?i)budget|jaar|periode|kalender)";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DemoDataSetAccess demo;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser coordinator;

	@BeforeEach
	void loadDemoData() {
		this.coordinator = this.accounts.create("years", Role.COORDINATOR);
		this.demo.loadProgramme(List.of(this.coordinator.getId()));
	}

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
	}

	@Test
	void noPageFormatsAYearAsANumber() throws Exception {
		Long decided = this.jdbc.queryForObject(
				"select min(id) from grant_contribution where extract(year from decided_on) = 2023", Long.class);
		Long requested = this.jdbc.queryForObject("select min(id) from grant_contribution where status = 'REQUESTED'",
				Long.class);
		Long idea = this.jdbc.queryForObject("select min(id) from idea", Long.class);
		Long activity = this.jdbc.queryForObject("select min(id) from activity", Long.class);
		Long workshop = this.jdbc.queryForObject("select min(id) from workshop", Long.class);
		List<String> pages = List.of("/grants/budget?year=2026", "/grants/budget?year=2023", "/grants?year=2023",
				"/grants/" + decided, "/grants/" + requested, "/dashboard?from=2022-01-01&to=2024-12-31", "/dashboard",
				"/reports/annual/2023", "/reports/period?from=2022-01-01&to=2024-12-31",
				"/activities/calendar?month=2023-05", "/activities?from=2023-01-01&to=2023-12-31",
				"/activities/" + activity, "/ideas/" + idea, "/workshops/" + workshop,
				"/contacts?from=2023-01-01&to=2023-12-31", "/");
		List<String> grouped = new ArrayList<>();
		for (String page : pages) {
			List<String> contexts = yearContexts(page);
			assertThat(contexts).as("texts on %s that name a year", page)
				.anyMatch((text) -> PLAIN_YEAR.matcher(text).find());
			contexts.stream()
				.filter((text) -> GROUPED_YEAR.matcher(text).find())
				.forEach((text) -> grouped.add(page + ": " + text));
		}
		assertThat(grouped).as("years written with a thousands separator").isEmpty();
	}

	@Test
	void theCheckRecognisesAGroupedYearButNotAnAmount() {
		assertThat(GROUPED_YEAR.matcher("Resterend budget 2.026: € 1.250,00").find()).isTrue();
		assertThat(GROUPED_YEAR.matcher("← 1.999").find()).isTrue();
		assertThat(GROUPED_YEAR.matcher("Resterend budget 2026: € 1.250,00 of € 2.000,00").find()).isFalse();
		assertThat(GROUPED_YEAR.matcher("Budget 2026").find()).isFalse();
	}

	private List<String> yearContexts(String page) throws Exception {
		String html = this.mvc.perform(get(page).with(user(this.coordinator)).locale(Locale.forLanguageTag("nl")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(html);
		List<String> texts = new ArrayList<>(
				document.select(YEAR_CONTEXTS).stream().map(Element::text).filter((text) -> !text.isBlank()).toList());
		document.select("input[name=year], input[name=month]").forEach((input) -> texts.add(input.val()));
		return texts;
	}

}
