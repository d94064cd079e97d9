package nl.cultuurschakel.binnenbuiten.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Ticking off several follow-ups at once: all or none, only one's own, versions
 * respected, bad input a 400; and the undo, which restores exactly those within its few
 * seconds (by the application's clock) and is refused after.
 */
@IntegrationTest
class FollowUpTickOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactService contacts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Clock clock;

	CurrentUser advisor;

	Long partner;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("ticker", Role.ADVISOR);
		this.partner = this.network.partner("Afvinkpartner", PartnerDomain.SOCIAL);
	}

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void ticksOffTheChosenOwnFollowUpsAndOffersTheUndo() throws Exception {
		Long first = followUp(this.advisor, "Offerte sturen");
		Long second = followUp(this.advisor, "Terugbellen");
		Long third = followUp(this.advisor, "Ruimte bekijken");

		TickOff tickOff = (TickOff) this.mvc.perform(tickOff(this.advisor, first, second))
			.andExpect(redirectedUrl("/contacts/follow-ups"))
			.andReturn()
			.getFlashMap()
			.get("tickOff");

		assertThat(tickOff.versions()).containsOnlyKeys(first, second);
		assertThat(isDone(first)).isTrue();
		assertThat(isDone(second)).isTrue();
		assertThat(isDone(third)).isFalse();
		this.mvc.perform(get("/contacts/follow-ups").flashAttr("tickOff", tickOff).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 vervolgacties afgerond —")))
			.andExpect(content().string(containsString("Ongedaan maken")))
			.andExpect(content().string(containsString("Ruimte bekijken")))
			.andExpect(content().string(not(containsString("Terugbellen"))));
	}

	@Test
	void aForeignFollowUpRefusesTheWholeSelection() throws Exception {
		Long own = followUp(this.advisor, "Eigen actie");
		CurrentUser other = this.accounts.create("other-ticker", Role.ADVISOR);
		Long foreign = followUp(other, "Andermans actie");

		this.mvc.perform(tickOff(this.advisor, own, foreign)).andExpect(status().isForbidden());

		assertThat(isDone(own)).isFalse();
		assertThat(isDone(foreign)).isFalse();
	}

	@Test
	void anUnknownFollowUpRefusesTheWholeSelection() throws Exception {
		Long own = followUp(this.advisor, "Eigen actie");

		this.mvc.perform(tickOff(this.advisor, own).param("ids", "987654321").param("versions[987654321]", "0"))
			.andExpect(status().isNotFound());

		assertThat(isDone(own)).isFalse();
	}

	@Test
	void aFollowUpChangedSinceTheListWasShownRefusesTheWholeSelection() throws Exception {
		Long fresh = followUp(this.advisor, "Nog actueel");
		Long stale = followUp(this.advisor, "Intussen gewijzigd");
		long shownVersion = this.contacts.get(stale).version();
		this.contacts.markFollowUpDone(stale, this.advisor);

		this.mvc
			.perform(post("/contacts/follow-ups/done").with(user(this.advisor))
				.with(csrf())
				.param("ids", fresh.toString(), stale.toString())
				.param("versions[" + fresh + "]", String.valueOf(this.contacts.get(fresh).version()))
				.param("versions[" + stale + "]", String.valueOf(shownVersion)))
			.andExpect(redirectedUrl("/contacts/follow-ups"))
			.andExpect(flash().attribute("followUpWarning", "contact.followUps.changedMeanwhile"));

		assertThat(isDone(fresh)).isFalse();
	}

	@Test
	void nothingChosenSaysSo() throws Exception {
		this.mvc.perform(post("/contacts/follow-ups/done").with(user(this.advisor)).with(csrf()))
			.andExpect(redirectedUrl("/contacts/follow-ups"))
			.andExpect(flash().attribute("followUpWarning", "contact.followUps.noneSelected"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ids=abc", "ids=99999999999999999999", "ids=5", "ids=5&versions[5]=x",
			"ids=5&versions[abc]=1", "ids=5&versions[99999999999999999999]=1" })
	void malformedSelectionsAreBadRequests(String query) throws Exception {
		MockHttpServletRequestBuilder request = post("/contacts/follow-ups/done").with(user(this.advisor)).with(csrf());
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			request.param(parts[0], parts[1]);
		}
		this.mvc.perform(request).andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@ValueSource(strings = { "at=abc&versions[5]=1", "at=1&versions[abc]=1", "at=1&versions[5]=x", "at=1",
			"versions[5]=1", "at=99999999999999999999&versions[5]=1" })
	void malformedUndosAreBadRequests(String query) throws Exception {
		MockHttpServletRequestBuilder request = post("/contacts/follow-ups/undo").with(user(this.advisor)).with(csrf());
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			request.param(parts[0], parts[1]);
		}
		this.mvc.perform(request).andExpect(status().isBadRequest());
	}

	@Test
	void undoWithinItsSecondsRestoresExactlyThose() throws Exception {
		Long first = followUp(this.advisor, "Eerste");
		Long second = followUp(this.advisor, "Tweede");
		Long untouched = followUp(this.advisor, "Derde");
		this.contacts.markFollowUpDone(untouched, this.advisor);
		TickOff tickOff = this.contacts.markFollowUpsDone(versions(first, second), this.advisor);

		this.mvc.perform(undo(this.advisor, tickOff, tickOff.at().toEpochMilli()))
			.andExpect(redirectedUrl("/contacts/follow-ups"))
			.andExpect(flash().attribute("flash", "contact.followUps.undone"));

		assertThat(isDone(first)).isFalse();
		assertThat(isDone(second)).isFalse();
		assertThat(isDone(untouched)).isTrue();
		// Undone once is undone: the same undo again changes nothing.
		this.mvc.perform(undo(this.advisor, tickOff, tickOff.at().toEpochMilli()))
			.andExpect(flash().attribute("followUpWarning", "contact.followUps.undoChanged"));
	}

	@Test
	void undoAfterItsSecondsIsRefused() throws Exception {
		Long id = followUp(this.advisor, "Te laat terug");
		TickOff tickOff = this.contacts.markFollowUpsDone(versions(id), this.advisor);
		long elevenSecondsAgo = this.clock.instant().minus(TickOff.UNDO_WINDOW).minusSeconds(1).toEpochMilli();
		long inTheFuture = this.clock.instant().plusSeconds(60).toEpochMilli();

		for (long at : new long[] { elevenSecondsAgo, inTheFuture }) {
			this.mvc.perform(undo(this.advisor, tickOff, at))
				.andExpect(redirectedUrl("/contacts/follow-ups"))
				.andExpect(flash().attribute("followUpWarning", "contact.followUps.undoExpired"));
		}
		assertThat(isDone(id)).isTrue();
		this.mvc
			.perform(get("/contacts/follow-ups").flashAttr("followUpWarning", "contact.followUps.undoExpired")
				.with(user(this.advisor)))
			.andExpect(content().string(containsString("Ongedaan maken kan niet meer")));
	}

	@Test
	void nobodyUndoesSomeoneElsesTickOff() throws Exception {
		Long id = followUp(this.advisor, "Van mij");
		TickOff tickOff = this.contacts.markFollowUpsDone(versions(id), this.advisor);
		CurrentUser other = this.accounts.create("undoer", Role.ADVISOR);

		this.mvc.perform(undo(other, tickOff, tickOff.at().toEpochMilli())).andExpect(status().isForbidden());

		assertThat(isDone(id)).isTrue();
	}

	@Test
	void partnerUsersTickOffNothing() throws Exception {
		Long id = followUp(this.advisor, "Niet voor partners");
		CurrentUser partnerUser = AccountFixtures.principal(Role.PARTNER, this.partner);

		this.mvc.perform(tickOff(partnerUser, id)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/contacts/follow-ups/undo").with(user(partnerUser))
				.with(csrf())
				.param("at", String.valueOf(this.clock.millis()))
				.param("versions[" + id + "]", "1"))
			.andExpect(status().isForbidden());

		assertThat(isDone(id)).isFalse();
	}

	@Test
	void aTickOffWithoutCsrfTokenIsRefused() throws Exception {
		Long id = followUp(this.advisor, "Zonder token");
		this.mvc
			.perform(post("/contacts/follow-ups/done").with(user(this.advisor))
				.param("ids", id.toString())
				.param("versions[" + id + "]", "0"))
			.andExpect(status().isForbidden());
		assertThat(isDone(id)).isFalse();
	}

	@Test
	void theListTicksEveryBoxWhenAskedToSelectAll() throws Exception {
		Long id = followUp(this.advisor, "Alles kiezen");
		String html = this.mvc.perform(get("/contacts/follow-ups").param("select", "all").with(user(this.advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#select-" + id + "[checked]")).hasSize(1);
		String plain = this.mvc.perform(get("/contacts/follow-ups").with(user(this.advisor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(plain).select("#select-" + id + ":not([checked])")).hasSize(1);
	}

	private Long followUp(CurrentUser owner, String text) {
		return this.contacts.log(new ContactData(LocalDate.of(2024, 3, 5), owner.getId(), this.partner, Set.of(), null,
				ContactKind.PHONE, "Overleg", null, text, LocalDate.of(2024, 3, 12), false), UUID.randomUUID());
	}

	private boolean isDone(Long id) {
		return this.contacts.get(id).data().followUpDone();
	}

	private Map<Long, Long> versions(Long... ids) {
		Map<Long, Long> versions = new java.util.HashMap<>();
		for (Long id : ids) {
			versions.put(id, this.contacts.get(id).version());
		}
		return versions;
	}

	private MockHttpServletRequestBuilder tickOff(CurrentUser user, Long... ids) {
		MockHttpServletRequestBuilder request = post("/contacts/follow-ups/done").with(user(user)).with(csrf());
		versions(ids).forEach(
				(id, version) -> request.param("ids", id.toString()).param("versions[" + id + "]", version.toString()));
		return request;
	}

	private static MockHttpServletRequestBuilder undo(CurrentUser user, TickOff tickOff, long at) {
		MockHttpServletRequestBuilder request = post("/contacts/follow-ups/undo").with(user(user))
			.with(csrf())
			.param("at", String.valueOf(at));
		tickOff.versions().forEach((id, version) -> request.param("versions[" + id + "]", version.toString()));
		return request;
	}

}
