package nl.cultuurschakel.binnenbuiten.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the {@link AuthorisationMatrixTests matrix} opens to partner users that
 * takes an id, tried by a partner user of organisation A with the ids of organisation B's
 * records in a neighbourhood where A is no member: each answers 403 or 404 and changes
 * nothing. The cases come from the matrix, so a new partner endpoint is tried too.
 */
@IntegrationTest
class PartnerRecordAccessTests {

	static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@Autowired
	ActivityService activityService;

	@Autowired
	PartnerService partners;

	CurrentUser partnerOfA;

	Map<String, String> foreign;

	/** Query strings naming organisation B's records in filters and form choices. */
	List<String> namingB;

	@BeforeEach
	void setUp() {
		Long ownWijk = this.network.neighbourhood("Eigen wijk");
		Long otherWijk = this.network.neighbourhood("Andere wijk");
		this.activities.track(ownWijk);
		this.activities.track(otherWijk);
		Long a = this.network.partner("Organisatie A", PartnerDomain.ARTS_CULTURE);
		Long b = this.network.partner("Organisatie B", PartnerDomain.SOCIAL);
		this.network.membership(a, ownWijk, LocalDate.of(2022, 1, 1), null);
		this.network.membership(b, otherWijk, LocalDate.of(2022, 1, 1), null);
		this.partnerOfA = principal(Role.PARTNER, a);

		Long space = this.partners.addSpace(b, new SpaceData("Zaal van B", 30, null, true));
		Long activity = this.activities
			.activity(activity(otherWijk, b, DAY, "10:00", "11:00").title("Activiteit van B").space(space));
		List<Long> series = this.activityService.plan(
				activity(otherWijk, b, DAY.plusDays(1), "10:00", "11:00").title("Reeks van B").build(),
				new SeriesPlan(Recurrence.WEEKLY, null, 3), true);
		String seriesId = this.jdbc.queryForObject("select series_id::text from activity where id = ?", String.class,
				series.get(0));
		Long idea = this.youth.idea(otherWijk, "Idee uit de andere wijk", DAY);
		Long grant = this.youth.grant(idea, b, "300", DAY);
		this.foreign = Map.of("/activities/series/{seriesId}", seriesId, "/activities/spaces/{spaceId}",
				space.toString(), "/activities/{id}", activity.toString(), "/grants/{id}", grant.toString(),
				"/neighbourhoods/{id}", otherWijk.toString(), "/neighbourhoods/{neighbourhoodId}", otherWijk.toString(),
				"/network/{neighbourhoodId}", otherWijk.toString(), "/partners/{partnerId}", b.toString(),
				"/spaces/{spaceId}", space.toString());
		String year = "&from=2024-01-01&to=2024-12-31";
		this.namingB = List.of("/activities?neighbourhood=" + otherWijk + year, "/activities?partner=" + b + year,
				"/activities/calendar?neighbourhood=" + otherWijk + "&month=2024-03",
				"/activities/export.csv?neighbourhood=" + otherWijk + year,
				"/activities/export.csv?partner=" + b + year,
				"/activities/export.ics?neighbourhood=" + otherWijk + year,
				"/activities/new?neighbourhoodId=" + otherWijk,
				"/activities/form/spaces?neighbourhoodId=" + otherWijk + "&activity=" + activity,
				"/activities/form/organisers?neighbourhoodId=" + otherWijk + "&activity=" + activity,
				"/activities/form/ideas?neighbourhoodId=" + otherWijk + "&ideaQuery=Idee&sourceIdeaId=" + idea,
				"/grants?neighbourhood=" + otherWijk, "/grants?partner=" + b + "&year=2024",
				"/grants/export.csv?partner=" + b, "/grants/export.xlsx?neighbourhood=" + otherWijk, "/search?q=van+B",
				"/search?q=Idee+uit+de+andere+wijk", "/search?q=Organisatie+B&kind=partner",
				"/search/suggestions?q=van+B", "/");
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aPartnerUserReachesNoRecordOfAnotherOrganisationInAnotherNeighbourhood() throws Exception {
		String before = fingerprint();
		List<String> tried = new ArrayList<>();
		List<String> open = new ArrayList<>();
		for (String endpoint : partnerEndpointsWithIds()) {
			String[] parts = endpoint.split(" ", 2);
			String path = foreignPath(parts[1]);
			if (path == null) {
				continue;
			}
			int status = this.mvc
				.perform(request(HttpMethod.valueOf(parts[0]), path).with(user(this.partnerOfA)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			tried.add(endpoint);
			if (status != 403 && status != 404) {
				open.add(endpoint + " (" + path + "): " + status);
			}
		}
		assertThat(open).as("answered other than 403/404").isEmpty();
		assertThat(tried).hasSizeGreaterThanOrEqualTo(20);
		assertThat(fingerprint()).as("organisation B's records after the attempts").isEqualTo(before);
	}

	@Test
	void filtersExportsAndFormChoicesNamingAnotherOrganisationsRecordsShowNoneOfThem() throws Exception {
		List<String> shown = new ArrayList<>();
		for (String url : this.namingB) {
			MockHttpServletResponse response = this.mvc
				.perform(get(url).with(user(this.partnerOfA)).locale(Locale.forLanguageTag("nl")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(url).isIn(200, 400, 403, 404);
			String text = text(response);
			for (String name : List.of("van B", "Organisatie B", "Idee uit de andere wijk")) {
				if (text.contains(name)) {
					shown.add(url + " shows \"" + name + "\"");
				}
			}
		}
		assertThat(shown).as("organisation B's records shown to a partner user of A").isEmpty();
	}

	/** The response as text; a spreadsheet's parts unpacked. */
	private static String text(MockHttpServletResponse response) throws IOException {
		byte[] body = response.getContentAsByteArray();
		if (body.length < 2 || body[0] != 'P' || body[1] != 'K') {
			return new String(body, StandardCharsets.UTF_8);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body));
				XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
			return extractor.getText();
		}
	}

	/**
	 * The endpoints that partner users may reach and that name a record in their path
	 * (the class links and agenda feeds, opened by a token, aside).
	 */
	List<String> partnerEndpointsWithIds() throws IOException {
		List<String> endpoints = new ArrayList<>();
		new AuthorisationMatrixTests().matrix().forEach((endpoint, cells) -> {
			if (cells.get(AuthorisationMatrixTests.WHO.indexOf("partner")).equals("allow") && endpoint.contains("{")
					&& !endpoint.contains("{token}")) {
				endpoints.add(endpoint);
			}
		});
		return endpoints;
	}

	/**
	 * The path with organisation B's record for each variable, by the longest known
	 * prefix that ends in it; {@code null} when a variable is of no known kind.
	 */
	String foreignPath(String pattern) {
		Matcher matcher = AuthorisationMatrixTests.VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String upTo = pattern.substring(0, matcher.end());
			String value = (matcher.group(1).equals("year")) ? "2024"
					: this.foreign.entrySet()
						.stream()
						.filter((entry) -> upTo.endsWith(entry.getKey()))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(null);
			if (value == null) {
				return null;
			}
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * Organisation B's activities, spaces and grants as they are stored.
	 */
	String fingerprint() {
		return this.jdbc
			.queryForList("select 'activity' as kind, id, version, status from activity where title like '%van B%'"
					+ " union all select 'space', id, version, name from partner_space where name = 'Zaal van B'"
					+ " union all select 'grant', g.id, g.version, g.status from grant_contribution g"
					+ " join idea i on i.id = g.idea_id where i.title like 'Idee uit de andere wijk%'"
					+ " order by 1, 2")
			.toString();
	}

}
