package nl.cultuurschakel.binnenbuiten.agenda;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The private agenda feed: made, renewed and stopped on its page (staff only), opened
 * without a log-in by its token alone, and read back with ical4j: the advisor's open
 * follow-ups with a due date and the activities in their neighbourhoods within the
 * window, with stable UIDs. A wrong, renewed or stopped token is a 404; the database
 * holds only the token's hash.
 */
@IntegrationTest
class AgendaFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactService contacts;

	@Autowired
	PartnerService partners;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CurrentUser advisor;

	Long partner;

	Long ownWijk;

	Long otherWijk;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("agenda", Role.ADVISOR);
		this.partner = this.network.partner("Agendapartner", PartnerDomain.ARTS_CULTURE);
		this.ownWijk = this.activities.neighbourhood("Agendawijk");
		this.otherWijk = this.activities.neighbourhood("Anderewijk");
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void cleanUp() {
		this.activities.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theFeedHoldsTheOpenFollowUpsAndTheActivitiesOfTheAdvisorsNeighbourhoods() throws Exception {
		Long dueSoon = contact(this.advisor, "Zomerprogramma", "Offerte sturen", this.today.plusDays(3), this.ownWijk);
		Long done = contact(this.advisor, "Afgesloten", "Al gedaan", this.today.plusDays(4), null);
		this.contacts.markFollowUpDone(done, this.advisor);
		contact(this.advisor, "Zonder datum", "Ooit eens", null, null);
		CurrentUser other = this.accounts.create("agenda-other", Role.ADVISOR);
		contact(other, "Van een ander", "Niet van mij", this.today.plusDays(2), this.otherWijk);
		Long dance = this.activities
			.activity(ActivityFixtures.activity(this.ownWijk, this.partner, this.today.plusDays(7), "15:00", "16:30")
				.title("Dansles; hiphop, breakdance"));
		this.activities
			.activity(ActivityFixtures.activity(this.otherWijk, this.partner, this.today.plusDays(7), "10:00", "11:00")
				.title("Elders"));
		this.activities
			.activity(ActivityFixtures.activity(this.ownWijk, this.partner, this.today.minusDays(60), "10:00", "11:00")
				.title("Lang geleden"));

		String token = subscribe(this.advisor);
		String feed = this.mvc.perform(get(feedPath(token)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, VEvent> events = events(feed);

		assertThat(events).containsOnlyKeys("follow-up-" + dueSoon + "@binnenbuiten.cultuurschakel.nl",
				"activity-" + dance + "@binnenbuiten.cultuurschakel.nl");
		VEvent followUp = events.get("follow-up-" + dueSoon + "@binnenbuiten.cultuurschakel.nl");
		assertThat(followUp.getSummary().getValue())
			.isEqualTo("Vervolgactie: Zomerprogramma – " + this.partners.names(Set.of(this.partner)).get(this.partner));
		assertThat(start(followUp)).isEqualTo(this.today.plusDays(3));
		assertThat(followUp.getDescription().getValue()).contains("/contacts/" + dueSoon);
		VEvent activity = events.get("activity-" + dance + "@binnenbuiten.cultuurschakel.nl");
		assertThat(activity.getSummary().getValue()).isEqualTo("Dansles; hiphop, breakdance");
		assertThat(Instant.from(start(activity)))
			.isEqualTo(this.today.plusDays(7).atTime(15, 0).atZone(DenHaag.ZONE).toInstant());
		assertThat(activity.getDateStamp()).isPresent();
		// Text is escaped and lines are folded as RFC 5545 says.
		assertThat(feed).contains("SUMMARY:Dansles\\; hiphop\\, breakdance");
		assertThat(feed.lines()).allSatisfy((line) -> assertThat(line.length()).isLessThanOrEqualTo(75));
		// The same agenda fetched again has the same UIDs.
		assertThat(events(this.mvc.perform(get(feedPath(token))).andReturn().getResponse().getContentAsString()))
			.containsOnlyKeys(events.keySet());
	}

	@Test
	void anAdvisorWithoutContactMomentsGetsNoActivities() throws Exception {
		this.activities
			.activity(ActivityFixtures.activity(this.ownWijk, this.partner, this.today.plusDays(1), "10:00", "11:00")
				.title("Niet mijn wijk"));
		String feed = this.mvc.perform(get(feedPath(subscribe(this.advisor))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(events(feed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "onzin", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
	void aWrongTokenIsNotFound(String token) throws Exception {
		subscribe(this.advisor);
		this.mvc.perform(get("/agenda/feeds/" + token + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void aRenewedTokenReplacesTheOldOne() throws Exception {
		String old = subscribe(this.advisor);
		String renewed = subscribe(this.advisor);

		assertThat(renewed).isNotEqualTo(old);
		this.mvc.perform(get(feedPath(old))).andExpect(status().isNotFound());
		this.mvc.perform(get(feedPath(renewed))).andExpect(status().isOk());
	}

	@Test
	void aStoppedFeedIsNotFound() throws Exception {
		String token = subscribe(this.advisor);
		this.mvc.perform(post("/agenda/subscription/delete").with(user(this.advisor)).with(csrf()))
			.andExpect(redirectedUrl("/agenda"))
			.andExpect(flash().attribute("flash", "agenda.revoked"));

		this.mvc.perform(get(feedPath(token))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agenda").with(user(this.advisor)))
			.andExpect(content().string(containsString("U hebt nog geen agenda-abonnement.")));
	}

	@Test
	void aFeedStopsWhenItsUserIsDisabled() throws Exception {
		String token = subscribe(this.advisor);
		this.jdbc.update("update account_user set enabled = false where id = ?", this.advisor.getId());

		this.mvc.perform(get(feedPath(token))).andExpect(status().isNotFound());
	}

	@Test
	void theDatabaseKeepsOnlyTheHashOfTheToken() throws Exception {
		String token = subscribe(this.advisor);
		String stored = this.jdbc.queryForObject("select token_hash from agenda_feed where user_id = ?", String.class,
				this.advisor.getId());

		assertThat(token).hasSize(43);
		assertThat(stored).isEqualTo(AgendaFeeds.hash(token)).doesNotContain(token).hasSize(64);
	}

	@Test
	void thePageShowsTheNewAddressOnceWithHowToAddItToOutlook() throws Exception {
		String token = subscribe(this.advisor);
		this.mvc
			.perform(get("/agenda").flashAttr("feedUrl", "http://localhost/agenda/feeds/" + token + ".ics")
				.with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token)))
			.andExpect(content().string(containsString("Agenda toevoegen → Van internet")))
			.andExpect(content().string(containsString("Adres kopiëren")));
		this.mvc.perform(get("/agenda").with(user(this.advisor)))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(containsString("U hebt een agenda-abonnement")))
			.andExpect(content().string(containsString("Nieuw adres maken")));
	}

	@Test
	void partnerUsersGetNoFeed() throws Exception {
		CurrentUser partnerUser = this.accounts.create("agenda-partner", Role.PARTNER, this.partner);
		this.mvc.perform(get("/agenda").with(user(partnerUser))).andExpect(status().isForbidden());
		this.mvc.perform(post("/agenda/subscription").with(user(partnerUser)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_feed where user_id = ?", Integer.class,
				partnerUser.getId()))
			.isZero();
	}

	@Test
	void makingAnAddressNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/agenda/subscription").with(user(this.advisor))).andExpect(status().isForbidden());
	}

	@Test
	void theFeedPageNeedsALogIn() throws Exception {
		this.mvc.perform(get("/agenda")).andExpect(status().isFound());
		this.mvc.perform(post("/agenda/feeds/x.ics")).andExpect(status().isForbidden());
	}

	/** Makes an address on the page and answers its token. */
	private String subscribe(CurrentUser user) throws Exception {
		String url = (String) this.mvc.perform(post("/agenda/subscription").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/agenda"))
			.andExpect(flash().attribute("flash", "agenda.subscribed"))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(url).startsWith("http://localhost/agenda/feeds/").endsWith(".ics");
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	private static String feedPath(String token) {
		return "/agenda/feeds/" + token + ".ics";
	}

	private static Map<String, VEvent> events(String feed) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream().collect(Collectors.toMap((event) -> event.getUid().get().getValue(), (event) -> event));
	}

	private static Temporal start(VEvent event) {
		return event.getStartDate().orElseThrow().getDate();
	}

	private Long contact(CurrentUser owner, String subject, String followUp, LocalDate due, Long neighbourhood) {
		return this.contacts.log(new ContactData(this.today.minusDays(10), owner.getId(), this.partner, Set.of(),
				neighbourhood, ContactKind.MEETING, subject, null, followUp, due, false), UUID.randomUUID());
	}

}
