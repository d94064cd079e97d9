package nl.cultuurschakel.binnenbuiten.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the search costs the database: a fixed number of statements however many records
 * match, and each of them able to use the search indexes rather than read whole tables.
 */
@IntegrationTest
class SearchQueryTests {

	final String word = "Merel" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	Long neighbourhood;

	Long partner;

	CurrentUser advisor = principal(Role.ADVISOR, null);

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Merelwijk");
		this.activities.track(this.neighbourhood);
		this.partner = this.network.partner("Muziekschool " + this.word, PartnerDomain.ARTS_CULTURE);
	}

	@AfterEach
	void cleanUp() {
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void takesTheSameStatementsForOneMatchOrMany() throws Exception {
		addActivities(1);
		long one = statementsOfSearch();
		addActivities(15);
		long many = statementsOfSearch();
		assertThat(many).isEqualTo(one);
		// The similarity setting, a statement per kind, and the names of related records.
		assertThat(one).isLessThanOrEqualTo(16);
	}

	@Test
	void everySearchStatementCanUseTheSearchIndexes() throws Exception {
		addActivities(3);
		QueryCounting.reset();
		this.mvc.perform(get("/search").param("q", "muziek " + this.word).with(user(this.advisor)))
			.andExpect(status().isOk());
		List<String> searches = QueryCounting.sent().stream().filter((sql) -> sql.contains("search_fold(")).toList();
		assertThat(searches).hasSizeGreaterThanOrEqualTo(7);
		for (String sql : searches) {
			String plan = genericPlanWithoutSeqScans(sql);
			assertThat(plan).as(sql).contains("_search_").doesNotContain("Seq Scan");
		}
	}

	void addActivities(int count) {
		for (int i = 0; i < count; i++) {
			this.activities.activity(
					activity(this.neighbourhood, this.partner, LocalDate.of(2024, 4, 1).plusDays(i), "10:00", "11:00")
						.title("Muziekles " + this.word + " " + i));
		}
	}

	long statementsOfSearch() throws Exception {
		QueryCounting.reset();
		this.mvc.perform(get("/search").param("q", this.word).with(user(this.advisor))).andExpect(status().isOk());
		return QueryCounting.statements();
	}

	/**
	 * The plan PostgreSQL makes for the statement whatever its parameters (a generic plan
	 * of the prepared statement), told to avoid reading whole tables where an index can.
	 */
	String genericPlanWithoutSeqScans(String sql) {
		StringBuilder numbered = new StringBuilder();
		int parameter = 0;
		for (char c : sql.toCharArray()) {
			numbered.append((c == '?') ? "$" + (++parameter) : String.valueOf(c));
		}
		String nulls = String.join(", ", Collections.nCopies(parameter, "null"));
		return this.transactions.execute((status) -> {
			this.jdbc.execute("set local enable_seqscan = off");
			this.jdbc.execute("set local plan_cache_mode = force_generic_plan");
			this.jdbc.execute("prepare search_plan as " + numbered);
			try {
				return String.join("\n",
						this.jdbc.queryForList("explain execute search_plan(" + nulls + ")", String.class));
			}
			finally {
				this.jdbc.execute("deallocate search_plan");
			}
		});
	}

}
