package nl.cultuurschakel.binnenbuiten.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRequests;
import nl.cultuurschakel.binnenbuiten.demo.DemoDataSetAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every id-taking endpoint the {@link AuthorisationMatrixTests matrix} opens to partner
 * users, tried by a partner user of the demo organisation with the records of the demo
 * data that are not theirs: each answers 403 or 404 and nothing stored changes. The cases
 * are generated: every endpoint × the demo records of its kind (other organisations' in
 * neighbourhoods where the organisation never was a member; for the changing actions also
 * other organisations' in its own neighbourhoods; and an own path with another
 * organisation's record inside), plus the activity form posted with the ids of other
 * organisations' spaces, neighbourhoods, organisers and ideas in its hidden and chosen
 * fields. Loaded in the test's transaction and rolled back.
 */
@IntegrationTest
@Transactional
class PartnerDemoRecordAccessTests {

	/** The demo organisation with a partner log-in (DemoPartners.DEMO_USER_PARTNER). */
	static final String ORGANISATION = "Cultuurpunt Laak";

	/** At most this many records of one kind per endpoint, spread over all of them. */
	static final int PER_KIND = 40;

	/** The business tables whose rows must not change, whatever was tried. */
	static final List<String> TABLES = List.of("activity", "activity_partner", "partner", "partner_space",
			"partner_membership", "grant_contribution", "idea", "neighbourhood", "network_scan", "network_scan_item");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DemoDataSetAccess demo;

	@Autowired
	EntityManager entities;

	Long own;

	CurrentUser partnerUser;

	/** Per path variable: the ids of records that are not the organisation's. */
	Map<String, List<String>> foreign = new LinkedHashMap<>();

	/**
	 * The same for the changing actions: other organisations' in its own neighbourhoods.
	 */
	Map<String, List<String>> nextDoor = new LinkedHashMap<>();

	@BeforeEach
	void loadDemoData() {
		CurrentUser advisor = this.accounts.create("demo-access", Role.ADVISOR);
		this.demo.loadProgramme(List.of(advisor.getId()));
		// What the demo loader left in the persistence context is stored before it is
		// fingerprinted.
		this.entities.flush();
		this.own = this.jdbc.queryForObject("select id from partner where name = ?", Long.class, ORGANISATION);
		this.partnerUser = principal(Role.PARTNER, this.own);

		String never = "neighbourhood_id not in (select neighbourhood_id from partner_membership where partner_id = "
				+ this.own + ")";
		String today = "neighbourhood_id in (select neighbourhood_id from partner_membership where partner_id = "
				+ this.own + " and start_date <= current_date and (end_date is null or end_date >= current_date))";
		String notOrganised = "id not in (select activity_id from activity_partner where partner_id = " + this.own
				+ ")";
		String strangers = "partner_id not in (select partner_id from partner_membership where "
				+ never.replace("neighbourhood_id not in", "neighbourhood_id in") + ")";

		this.foreign.put("/activities/series/{seriesId}",
				ids("select distinct series_id::text from activity where series_id is not null and " + never + " and "
						+ notOrganised + " order by 1"));
		this.foreign.put("/activities/{id}",
				ids("select id::text from activity where " + never + " and " + notOrganised + " order by id"));
		this.foreign.put("/spaces/{spaceId}", ids("select id::text from partner_space where " + strangers
				+ " and partner_id <> " + this.own + " order by id"));
		this.foreign.put("/grants/{id}",
				ids("select id::text from grant_contribution where partner_id <> " + this.own + " order by id"));
		List<String> neighbourhoods = ids("select id::text from neighbourhood where id not in "
				+ "(select neighbourhood_id from partner_membership where partner_id = " + this.own + ") order by id");
		this.foreign.put("/neighbourhoods/{id}", neighbourhoods);
		this.foreign.put("/{neighbourhoodId}", neighbourhoods);
		this.foreign.put("/partners/{partnerId}",
				ids("select id::text from partner where id <> " + this.own + " order by id"));
		// Another organisation's space under its own organisation's path.
		this.foreign.put("/partners/{partnerId}/spaces/{spaceId}", ids("select partner_id || '/spaces/' || id"
				+ " from partner_space where partner_id <> " + this.own + " order by id"));

		this.nextDoor.put("/activities/{id}",
				ids("select id::text from activity where " + today + " and " + notOrganised + " order by id"));
		// An own path with another organisation's space inside it.
		this.nextDoor.put("/spaces/{spaceId}",
				ids("select id::text from partner_space where partner_id <> " + this.own + " order by id"));
		this.nextDoor.put("/partners/{partnerId}/spaces/{spaceId}", ids("select " + this.own
				+ " || '/spaces/' || id from partner_space where partner_id <> " + this.own + " order by id"));
	}

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
	}

	@Test
	void theDemoOrganisationsPartnerUserReachesNoOtherOrganisationsRecord() throws Exception {
		assertThat(this.foreign.values()).as("demo records of each kind")
			.allSatisfy((ids) -> assertThat(ids).isNotEmpty());
		assertThat(this.nextDoor.get("/activities/{id}")).as("other organisations' activities next door").isNotEmpty();
		String before = fingerprint();
		List<String> open = new ArrayList<>();
		int tried = 0;
		for (String endpoint : new PartnerRecordAccessTests().partnerEndpointsWithIds()) {
			String[] parts = endpoint.split(" ", 2);
			List<String> paths = new ArrayList<>(paths(parts[1], this.foreign));
			if ((!parts[0].equals("GET") || endpoint.matches(".*/(edit|delete|cancel|done)$"))
					&& endpoint.matches(".*\\{(id|spaceId)}.*")) {
				paths.addAll(paths(parts[1], this.nextDoor));
			}
			assertThat(paths).as("cases for %s", endpoint).isNotEmpty();
			for (String path : paths) {
				int status = status(this.mvc
					.perform(request(HttpMethod.valueOf(parts[0]), path).with(user(this.partnerUser)).with(csrf())));
				tried++;
				if (status != 403 && status != 404) {
					open.add(endpoint + " (" + path + "): " + status);
				}
			}
		}
		assertThat(open).as("answered other than 403/404").isEmpty();
		assertThat(tried).as("cases tried").isGreaterThan(500);
		assertThat(fingerprint()).as("stored records after the attempts").isEqualTo(before);
	}

	@Test
	void theActivityFormRefusesOtherOrganisationsIdsInItsFields() throws Exception {
		Long neighbourhood = this.jdbc.queryForObject(
				"select min(neighbourhood_id) from partner_membership where partner_id = ? and start_date <= current_date"
						+ " and (end_date is null or end_date >= current_date)",
				Long.class, this.own);
		List<String> attempts = new ArrayList<>();
		String before = fingerprint();
		for (String space : sample(this.nextDoor.get("/spaces/{spaceId}"))) {
			attempts.add(post(ActivityRequests.inSpace(ActivityRequests.validFields(neighbourhood, this.own),
					Long.valueOf(space))));
		}
		for (String other : sample(this.foreign.get("/neighbourhoods/{id}"))) {
			attempts.add(post(ActivityRequests.validFields(Long.valueOf(other), this.own)));
		}
		for (String partner : sample(this.foreign.get("/partners/{partnerId}"))) {
			attempts.add(post(ActivityRequests.validFields(neighbourhood, Long.valueOf(partner))));
		}
		for (String idea : sample(ids("select id::text from idea where neighbourhood_id not in "
				+ "(select neighbourhood_id from partner_membership where partner_id = " + this.own
				+ ") order by id"))) {
			Map<String, String> fields = ActivityRequests.validFields(neighbourhood, this.own);
			fields.put("sourceIdeaId", idea);
			attempts.add(post(fields));
		}
		assertThat(attempts).hasSizeGreaterThan(40)
			.as("answers to the activity form with another organisation's ids")
			.allSatisfy((answer) -> assertThat(answer).matches("(200 form again|400|403|404).*"));
		assertThat(fingerprint()).as("stored records after the attempts").isEqualTo(before);
	}

	/**
	 * A new activity posted by the partner user: a redirect would mean it was stored.
	 */
	private String post(Map<String, String> fields) throws Exception {
		MvcResult result = this.mvc.perform(ActivityRequests.post(fields, "/activities").with(user(this.partnerUser)))
			.andReturn();
		int status = result.getResponse().getStatus();
		String answer = (status == 200) ? "200 form again" : String.valueOf(status);
		return answer + " " + fields;
	}

	private static int status(ResultActions actions) {
		return actions.andReturn().getResponse().getStatus();
	}

	/**
	 * The pattern filled in once per foreign record of the kind of its last id variable
	 * (a year variable is a year), the variables before it with the first record of their
	 * kind, a space with its organisation; none when a variable is of no known kind.
	 */
	List<String> paths(String pattern, Map<String, List<String>> records) {
		String pair = "/partners/{partnerId}/spaces/{spaceId}";
		if (pattern.startsWith(pair)) {
			return sample(records.get(pair)).stream()
				.map((ids) -> "/partners/" + ids + pattern.substring(pair.length()))
				.toList();
		}
		List<String> names = new ArrayList<>();
		Matcher matcher = AuthorisationMatrixTests.VARIABLE.matcher(pattern);
		List<List<String>> values = new ArrayList<>();
		while (matcher.find()) {
			String upTo = pattern.substring(0, matcher.end());
			names.add(matcher.group());
			if (matcher.group(1).equals("year")) {
				values.add(List.of("2023"));
				continue;
			}
			List<String> ids = records.entrySet()
				.stream()
				.filter((entry) -> upTo.endsWith(entry.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (ids == null || ids.isEmpty()) {
				return List.of();
			}
			values.add(sample(ids));
		}
		int last = IntStream.range(0, values.size()).reduce((a, b) -> (values.get(b).size() > 1) ? b : a).orElse(0);
		List<String> paths = new ArrayList<>();
		for (String value : values.get(last)) {
			String path = pattern;
			for (int i = 0; i < names.size(); i++) {
				path = path.replace(names.get(i), (i == last) ? value : values.get(i).get(0));
			}
			paths.add(path);
		}
		return paths;
	}

	/** At most {@link #PER_KIND} of the ids, evenly spread from the first to the last. */
	static List<String> sample(List<String> ids) {
		if (ids.size() <= PER_KIND) {
			return ids;
		}
		return IntStream.range(0, PER_KIND).mapToObj((i) -> ids.get(i * (ids.size() - 1) / (PER_KIND - 1))).toList();
	}

	private List<String> ids(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

	/** Every row of the business tables, hashed per table. */
	String fingerprint() {
		StringBuilder print = new StringBuilder();
		for (String table : TABLES) {
			print.append(table)
				.append('=')
				.append(this.jdbc.queryForObject(
						"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
								+ table + " t",
						String.class))
				.append('\n');
		}
		return print.toString();
	}

}
