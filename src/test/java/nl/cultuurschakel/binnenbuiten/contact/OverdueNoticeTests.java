package nl.cultuurschakel.binnenbuiten.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The start page tells a staff user at log-in how many of their follow-ups are overdue,
 * names the most overdue three and links to the list; with none overdue it says nothing.
 */
@IntegrationTest
class OverdueNoticeTests {

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

	@Autowired
	PartnerService partners;

	CurrentUser advisor;

	Long partner;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("overdue", Role.ADVISOR);
		this.partner = this.network.partner("Theater De Wijk", PartnerDomain.ARTS_CULTURE);
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void cleanUp() {
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void countsTheOverdueAndNamesTheMostOverdueThree() throws Exception {
		followUp(this.advisor, "Offerte sturen", this.today.minusDays(20));
		followUp(this.advisor, "Terugbellen", this.today.minusDays(10));
		followUp(this.advisor, "Ruimte bekijken", this.today.minusDays(5));
		followUp(this.advisor, "Verslag delen", this.today.minusDays(1));
		followUp(this.advisor, "Vandaag nog", this.today);
		CurrentUser other = this.accounts.create("overdue-other", Role.ADVISOR);
		followUp(other, "Van een ander", this.today.minusDays(30));

		Element notice = notice(this.advisor);

		assertThat(notice).isNotNull();
		assertThat(notice.selectFirst("h2").text()).isEqualTo("4 vervolgacties zijn te laat");
		assertThat(notice.select("li")).extracting(Element::text)
			.containsExactly(item("Offerte sturen", 20), item("Terugbellen", 10), item("Ruimte bekijken", 5));
		assertThat(notice.select("a[href=/contacts/follow-ups]")).extracting(Element::text)
			.containsExactly("Alle vervolgacties bekijken en afronden");
	}

	@Test
	void oneOverdueIsSaidInTheSingular() throws Exception {
		followUp(this.advisor, "Offerte sturen", this.today.minusDays(2));
		assertThat(notice(this.advisor).selectFirst("h2").text()).isEqualTo("1 vervolgactie is te laat");
	}

	@Test
	void noOverdueFollowUpsNoNotice() throws Exception {
		followUp(this.advisor, "Volgende week", this.today.plusDays(7));
		followUp(this.advisor, "Ooit", null);
		assertThat(notice(this.advisor)).isNull();
	}

	@Test
	void doneFollowUpsAreNotOverdue() throws Exception {
		Long id = followUp(this.advisor, "Al gedaan", this.today.minusDays(3));
		this.contacts.markFollowUpDone(id, this.advisor);
		assertThat(notice(this.advisor)).isNull();
	}

	private Element notice(CurrentUser user) throws Exception {
		String html = this.mvc.perform(get("/").with(user(user))).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html).selectFirst("main .overdue-notice");
	}

	private String item(String text, int daysAgo) {
		return text + " bij " + this.partners.names(Set.of(this.partner)).get(this.partner) + ", uiterlijk "
				+ java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
					.withLocale(java.util.Locale.forLanguageTag("nl"))
					.format(this.today.minusDays(daysAgo));
	}

	private Long followUp(CurrentUser owner, String text, LocalDate due) {
		return this.contacts.log(new ContactData(LocalDate.of(2024, 3, 5), owner.getId(), this.partner, Set.of(), null,
				ContactKind.PHONE, "Overleg", null, text, due, false), UUID.randomUUID());
	}

}
