package nl.cultuurschakel.binnenbuiten;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDetails;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Many people saving at the same moment, through the web: every accepted write is stored
 * exactly once, every edit that lost the race is reported (the edit-conflict notice or a
 * field message, never an error page), and nothing accepted is lost. All requests of a
 * test are released at once by a start gate.
 */
@IntegrationTest
class ConcurrentWritesTests {

	private static final int THREADS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	@Autowired
	JdbcTemplate jdbc;

	private ExecutorService executor;

	@BeforeEach
	void startThreads() {
		this.executor = Executors.newFixedThreadPool(THREADS);
	}

	@AfterEach
	void cleanUp() throws InterruptedException {
		this.executor.shutdownNow();
		assertThat(this.executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void contactMomentsLoggedAtOnceAreEachStoredExactlyOnce() throws Exception {
		CurrentUser advisor = this.accounts.create("busy", Role.ADVISOR);
		Long partner = this.network.partner("Drukke partner", PartnerDomain.SOCIAL);
		// Eight different contact moments, and one form sent four times at once (a
		// double click, a retry): nine contact moments.
		UUID doubleSent = UUID.randomUUID();
		List<UUID> keys = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			keys.add((i < 4) ? doubleSent : UUID.randomUUID());
		}

		List<MockHttpServletResponse> responses = atOnce((i) -> post("/contacts").with(user(advisor))
			.with(csrf())
			.param("submissionKey", keys.get(i).toString())
			.param("date", "2024-03-05")
			.param("counterpartId", partner.toString())
			.param("kind", "PHONE")
			.param("subject", "Gelijktijdig gesprek " + i));

		assertThat(responses).allSatisfy((response) -> assertThat(response.getStatus()).isEqualTo(302));
		List<Long> stored = this.jdbc.queryForList("select id from contact where counterpart_id = ?", Long.class,
				partner);
		assertThat(stored).hasSize(9);
		for (UUID key : keys) {
			assertThat(this.jdbc.queryForObject("select count(*) from contact where submission_key = ?", Integer.class,
					key))
				.isOne();
		}
		// Every request was sent to the contact moment of its form.
		for (int i = 0; i < THREADS; i++) {
			Long id = this.jdbc.queryForObject("select id from contact where submission_key = ?", Long.class,
					keys.get(i));
			assertThat(responses.get(i).getRedirectedUrl()).isEqualTo("/contacts/" + id);
		}
	}

	@Test
	void simultaneousEditsOfOnePartnerKeepOneAndReportEveryOtherAsAConflict() throws Exception {
		Long id = this.network.partner("Gedeelde partner", PartnerDomain.ARTS_CULTURE);
		PartnerDetails before = this.partners.get(id);

		List<MockHttpServletResponse> responses = atOnce((i) -> post("/partners/{id}", id).with(as(Role.ADVISOR))
			.with(csrf())
			.param("name", before.name() + " versie " + i)
			.param("domain", "ARTS_CULTURE")
			.param("version", String.valueOf(before.version())));

		List<Integer> accepted = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			MockHttpServletResponse response = responses.get(i);
			if (response.getStatus() == 302) {
				accepted.add(i);
			}
			else {
				assertThat(response.getStatus()).isEqualTo(200);
				assertThat(response.getContentAsString()).contains("Iemand anders heeft dit intussen gewijzigd");
			}
		}
		assertThat(accepted).hasSize(1);
		PartnerDetails after = this.partners.get(id);
		assertThat(after.name()).isEqualTo(before.name() + " versie " + accepted.get(0));
		assertThat(after.version()).isEqualTo(before.version() + 1);
	}

	@Test
	void registeringTheSameNewPartnerNameAtOnceStoresItOnceAndTellsTheOthersItIsTaken() throws Exception {
		String name = NetworkFixtures.unique("Tegelijk geregistreerd");

		List<MockHttpServletResponse> responses = atOnce((i) -> post("/partners").with(as(Role.ADVISOR))
			.with(csrf())
			.param("name", name)
			.param("domain", "SOCIAL"));

		List<Long> stored = this.jdbc.queryForList("select id from partner where lower(name) = lower(?)", Long.class,
				name);
		stored.forEach((id) -> this.network.track(null, id));
		assertThat(stored).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.getStatus() == 302)
			.singleElement()
			.satisfies((response) -> assertThat(response.getRedirectedUrl()).isEqualTo("/partners/" + stored.get(0)));
		assertThat(responses).filteredOn((response) -> response.getStatus() != 302)
			.hasSize(THREADS - 1)
			.allSatisfy((response) -> {
				assertThat(response.getStatus()).isEqualTo(200);
				assertThat(response.getContentAsString()).contains("Er is al een partner met deze naam.");
			});
	}

	/**
	 * Sends one request per thread, all released at the same moment, and waits for every
	 * answer.
	 */
	private List<MockHttpServletResponse> atOnce(IntFunction<MockHttpServletRequestBuilder> request) throws Exception {
		CountDownLatch ready = new CountDownLatch(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			MockHttpServletRequestBuilder builder = request.apply(i);
			Callable<MockHttpServletResponse> send = () -> {
				ready.countDown();
				go.await();
				return this.mvc.perform(builder).andReturn().getResponse();
			};
			answers.add(this.executor.submit(send));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		List<MockHttpServletResponse> responses = new ArrayList<>();
		for (Future<MockHttpServletResponse> answer : answers) {
			responses.add(answer.get(60, TimeUnit.SECONDS));
		}
		return responses;
	}

}
