package nl.cultuurschakel.binnenbuiten.audit;

import nl.cultuurschakel.binnenbuiten.grant.GrantRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerData;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDetails;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerProfile;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change through the application lands in the audit trail with who made it and each
 * field's old and new value, and admins and coordinators (only they) read it back per
 * record and filtered.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	GrantService grants;

	@Autowired
	PartnerService partners;

	@Autowired
	AuditTrail trail;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser coordinator;

	CurrentUser admin;

	Long partner;

	Long idea;

	@BeforeEach
	void setUp() {
		this.coordinator = this.accounts.create("auditcoordinator", Role.COORDINATOR);
		this.admin = this.accounts.create("auditadmin", Role.ADMIN);
		Long neighbourhood = this.network.neighbourhood("Moerwijk");
		this.partner = this.network.partner("Audit Theater", PartnerDomain.ARTS_CULTURE);
		this.idea = this.youth.idea(neighbourhood, "Een muurschildering", LocalDate.of(2084, 1, 10));
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void aGrantsHistoryTellsWhoChangedWhatFromWhatToWhatInDutch() throws Exception {
		Long id = createGrantAsCoordinator("500.00");
		this.mvc
			.perform(post("/grants/{id}", id).with(user(this.coordinator))
				.with(csrf())
				.param("version", String.valueOf(this.grants.get(id).version()))
				.param("partnerId", this.partner.toString())
				.param("amountRequested", "650.75")
				.param("requestedOn", "2084-02-02"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/grants/{id}/status", id).with(user(this.coordinator))
				.with(csrf())
				.param("status", "AWARDED")
				.param("on", "2084-03-01")
				.param("amountAwarded", "600.00")
				.param("confirmOverBudget", "true"))
			.andExpect(status().isFound());
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.AWARDED);

		Document page = page(get("/admin/audit/grant/{id}", id).with(user(this.admin)));

		List<Element> entries = page.select(".audit-history__entry");
		assertThat(entries).hasSize(3);
		assertThat(entries.get(2).select("h2").text()).contains("aangemaakt", "door " + this.coordinator.getUsername());
		assertThat(rows(entries.get(2))).contains("Aangevraagd bedrag | — | 500,00", "Status | — | Aangevraagd");
		assertThat(entries.get(1).select("h2").text()).contains("gewijzigd", "door " + this.coordinator.getUsername());
		assertThat(rows(entries.get(1))).contains("Aangevraagd bedrag | 500,00 | 650,75",
				"Aangevraagd op | 1 februari 2084 | 2 februari 2084");
		assertThat(rows(entries.get(0))).contains("Status | Aangevraagd | Toegekend", "Toegekend bedrag | — | 600,00",
				"Boven budget | nee | ja");
		assertThat(rows(entries.get(0))).noneMatch((row) -> row.startsWith("Aangevraagd bedrag"));
	}

	@Test
	void theGrantPageLinksCoordinatorsToItsHistory() throws Exception {
		Long id = createGrantAsCoordinator("300.00");
		assertThat(page(get("/grants/{id}", id).with(user(this.coordinator)))
			.select("a[href=/admin/audit/grant/" + id + "]")).hasSize(1);
		CurrentUser advisor = this.accounts.create("auditadvisor", Role.ADVISOR);
		assertThat(page(get("/grants/{id}", id).with(user(advisor))).select("a[href^=/admin/audit]")).isEmpty();
	}

	@Test
	void aDeletionKeepsWhatWasDeleted() throws Exception {
		Long doomed = this.youth.idea(this.network.neighbourhood("Transvaal"), "Een te verwijderen idee",
				LocalDate.of(2084, 2, 1));
		this.mvc.perform(post("/ideas/{id}/delete", doomed).with(user(this.coordinator)).with(csrf()))
			.andExpect(status().isFound());

		Document page = page(get("/admin/audit/idea/{id}", doomed).with(user(this.coordinator)));

		Element newest = page.select(".audit-history__entry").first();
		assertThat(newest.select("h2").text()).contains("verwijderd", "door " + this.coordinator.getUsername());
		assertThat(rows(newest)).contains("Titel | Een te verwijderen idee | —");
		assertThat(page.select(".audit-history__entry").last().select("h2").text()).contains("aangemaakt",
				"door system");
	}

	@Test
	void theListFiltersByUserKindAndPeriodKeptInTheAddress() throws Exception {
		Long id = createGrantAsCoordinator("410.00");
		String who = this.coordinator.getUsername();

		Document mine = page(get("/admin/audit").param("user", who).param("type", "grant").with(user(this.admin)));
		assertThat(mine.select("tbody tr")).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.select("td").get(1).text()).isEqualTo(who);
			assertThat(row.select("td").get(2).text()).isEqualTo("Bijdrage");
		});
		assertThat(mine.select("tbody tr td:nth-child(4)").eachText()).contains("#" + id);
		assertThat(mine.select("tbody tr").first().text()).contains("aangemaakt", "Aangevraagd bedrag: 410,00");
		assertThat(mine.select("select#user option[selected]").text()).isEqualTo(who);
		assertThat(mine.select("select#type option[selected]").text()).isEqualTo("Bijdrage");

		Document statusChanges = page(
				get("/admin/audit").param("user", who).param("type", "grant-status-change").with(user(this.admin)));
		assertThat(statusChanges.select("tbody tr td:nth-child(3)").eachText())
			.containsOnly("Statuswijziging bijdrage");

		LocalDate today = LocalDate.now();
		assertThat(page(get("/admin/audit").param("user", who)
			.param("from", today.toString())
			.param("to", today.toString())
			.with(user(this.admin))).select("tbody tr")).isNotEmpty();
		Document later = page(get("/admin/audit").param("user", who)
			.param("from", today.plusDays(1).toString())
			.with(user(this.admin)));
		assertThat(later.select("tbody tr")).isEmpty();
		assertThat(later.select(".result-count").text()).isEqualTo("Geen wijzigingen");
		assertThat(later.select("input#from").attr("value")).isEqualTo(today.plusDays(1).toString());
	}

	@Test
	void badFilterValuesGetAMessageOrA400NeverA500() throws Exception {
		Document unknown = page(get("/admin/audit").param("type", "<script>").with(user(this.admin)));
		assertThat(unknown.select("#type-error").text()).contains("staat niet in de audit trail");
		assertThat(unknown.select("tbody tr")).isEmpty();
		this.mvc.perform(get("/admin/audit").param("from", "gisteren").with(user(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/admin/audit").param("from", "2084-02-02").param("to", "2084-02-01").with(user(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/audit").param("page", "0").with(user(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/audit").param("user", "x".repeat(10_000)).with(user(this.admin)))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownKindOrRecordGetsAHelpful404() throws Exception {
		assertThat(this.mvc.perform(get("/admin/audit/spaceship/1").with(user(this.admin)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("“spaceship” is geen soort record in de audit trail");
		assertThat(this.mvc.perform(get("/admin/audit/grant/999999999").with(user(this.admin)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("geen wijzigingen van Bijdrage #999999999");
		this.mvc.perform(get("/admin/audit/grant/abc").with(user(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/audit/grant/-1").with(user(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsAndCoordinatorsReadTheTrailAndNobodyCanWriteIt() throws Exception {
		Long id = createGrantAsCoordinator("250.00");
		CurrentUser advisor = this.accounts.create("auditadvisor", Role.ADVISOR);
		CurrentUser partnerUser = this.accounts.create("auditpartner", Role.PARTNER, this.partner);
		for (CurrentUser denied : List.of(advisor, partnerUser)) {
			this.mvc.perform(get("/admin/audit").with(user(denied))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/audit/grant/{id}", id).with(user(denied))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/audit/grant/{id}", id).with(user(this.coordinator))).andExpect(status().isOk());
		for (String path : List.of("/admin/audit", "/admin/audit/grant/" + id,
				"/admin/audit/grant/" + id + "/delete")) {
			this.mvc.perform(post(path).with(user(this.admin)).with(csrf()))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 405));
		}
	}

	@Test
	void secretsAndStaffOnlyNotesNeverReachTheTrail() {
		assertThat(columns("account_user_aud")).contains("username", "role", "enabled")
			.doesNotContain("password_hash", "failed_logins", "locked_until");
		assertThat(columns("agenda_feed_aud")).contains("user_id").doesNotContain("token_hash");
		assertThat(columns("workshop_aud")).doesNotContain("public_token");
		assertThat(columns("contact_aud")).contains("subject").doesNotContain("notes");
	}

	@Test
	void aPasswordResetShowsAsAChangeOfTheAccountWithoutTheHash() throws Exception {
		CurrentUser advisor = this.accounts.create("auditreset", Role.ADVISOR);
		this.accountService.resetPassword(advisor.getId(), "een-nieuw-lang-wachtwoord");

		Document page = page(get("/admin/audit/user-account/{id}", advisor.getId()).with(user(this.admin)));

		Element newest = page.select(".audit-history__entry").first();
		assertThat(newest.select("h2").text()).contains("gewijzigd");
		assertThat(newest.select(".audit-fields__other").text()).contains("niet in de audit trail");
		assertThat(page.select(".audit-history__entry").last().select("tbody").text()).contains("Gebruikersnaam",
				advisor.getUsername(), "Rol", "Adviseur");
		assertThat(page.text()).doesNotContain("bcrypt", "$2a$");
	}

	@Test
	void changesWithoutALoggedInUserAreBySystem() {
		Long id = this.youth.grant(this.idea, this.partner, "125.00", LocalDate.of(2084, 2, 1));
		assertThat(this.trail.history("grant", id)).get()
			.satisfies((history) -> assertThat(history).singleElement().satisfies((entry) -> {
				assertThat(entry.username()).isEqualTo("system");
				assertThat(entry.kind()).isEqualTo(ChangeKind.CREATED);
			}));
	}

	@Test
	void forgettingPersonalDataEmptiesItInEveryStoredRevision() throws Exception {
		PartnerDetails before = this.partners.get(this.partner);
		this.partners.update(this.partner,
				new PartnerData(before.name(), before.domain(), false, new PartnerProfile("Jet Janssen",
						"jet@audit-theater.example", "070 123 4567", null, null, "Theater", Set.of(OfferTag.THEATRE))),
				before.version());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_aud where id = ? and contact_name is not null", Long.class, this.partner))
			.isEqualTo(2);

		int erased = this.trail.forget("partner", this.partner, List.of("contactName", "contactEmail", "contactPhone"));

		assertThat(erased).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from partner_aud
				 where id = ? and (contact_name is not null or contact_email is not null or contact_phone is not null)
				""", Long.class, this.partner)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from partner_aud where id = ? and name is not null",
				Long.class, this.partner))
			.isEqualTo(2);
		String history = page(get("/admin/audit/partner/{id}", this.partner).with(user(this.admin))).text();
		assertThat(history).doesNotContain("Jet Janssen", "jet@audit-theater.example", "Contact Audit Theater")
			.contains("Theater");
		assertThat(this.trail.forget("Partner", this.partner, List.of("contactName"))).isEqualTo(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trail.forget("partner", this.partner, List.of("nonsense")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trail.forget("partner", this.partner, List.of("tags")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.trail.forget("spaceship", 1, List.of("name")));
	}

	private Long createGrantAsCoordinator(String amount) throws Exception {
		return GrantRequests.request(this.mvc, this.coordinator, this.idea, this.partner, amount,
				LocalDate.parse("2084-02-01"));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = this.mvc.perform(request).andExpect(status().isOk());
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	/** The rows of a history entry's table as "field | old | new". */
	private static List<String> rows(Element entry) {
		return entry.select("tbody tr")
			.stream()
			.map((row) -> row.select("th").text() + " | " + row.select("td").get(0).text() + " | "
					+ row.select("td").get(1).text())
			.toList();
	}

	private List<String> columns(String table) {
		return this.jdbc.queryForList("select column_name from information_schema.columns where table_name = ?",
				String.class, table);
	}

}
