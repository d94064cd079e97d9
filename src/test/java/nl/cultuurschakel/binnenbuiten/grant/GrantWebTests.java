package nl.cultuurschakel.binnenbuiten.grant;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaGrants.IdeaGrant;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GrantWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GrantService grants;

	@Autowired
	YouthFixtures youth;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	GrantsOfIdeas grantsOfIdeas;

	@Autowired
	PartnerService partners;

	Long neighbourhood;

	Long ownPartner;

	Long otherPartner;

	Long idea;

	CurrentUser coordinator;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Bouwlust");
		this.ownPartner = this.network.partner("Eigen Theater", PartnerDomain.ARTS_CULTURE);
		this.otherPartner = this.network.partner("Andere Dansschool", PartnerDomain.ARTS_CULTURE);
		this.idea = this.youth.idea(this.neighbourhood, "Technisch lego", LocalDate.of(2083, 1, 10));
		this.coordinator = this.accounts.create("coordinator", Role.COORDINATOR);
		this.advisor = this.accounts.create("advisor", Role.ADVISOR);
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void anIdeaNamesTheRecipientOfItsGrantAlsoWhenThatPartnerIsNoLongerActive() throws Exception {
		Long id = requestByAdvisor("400.00");
		this.partners.deactivate(this.ownPartner);

		assertThat(this.grantsOfIdeas.grantsOf(this.idea)).extracting(IdeaGrant::partnerName)
			.singleElement()
			.asString()
			.startsWith("Eigen Theater");
		Document page = Jsoup.parse(this.mvc.perform(get("/grants/{id}", id).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("main").text()).contains("Eigen Theater");
	}

	@Test
	void advisorRequestsAndCoordinatorAwardsPaysAndSettles() throws Exception {
		Long id = requestByAdvisor("1250.50");

		decide(this.advisor, id, "AWARDED", "2083-03-01", "amountAwarded", "1000.00").andExpect(status().isForbidden());
		decide(this.coordinator, id, "AWARDED", "2083-03-01", "amountAwarded", "1000.00", "confirmOverBudget", "true")
			.andExpect(status().isFound());
		decide(this.coordinator, id, "PAID", "2083-03-15").andExpect(status().isFound());
		decide(this.coordinator, id, "SETTLED", "2083-12-01").andExpect(status().isOk())
			.andExpect(content().string(containsString("verantwoording is ontvangen")));
		decide(this.coordinator, id, "SETTLED", "2083-12-01", "reportReceivedOn", "2083-11-20")
			.andExpect(status().isFound());

		GrantDetails grant = this.grants.get(id);
		assertThat(grant.status()).isEqualTo(GrantStatus.SETTLED);
		assertThat(grant.amountRequested()).isEqualByComparingTo("1250.50");
		assertThat(grant.amountAwarded()).isEqualByComparingTo("1000.00");
		assertThat(this.grants.history(id)).extracting(HistoryEntry::to)
			.containsExactly(GrantStatus.REQUESTED, GrantStatus.AWARDED, GrantStatus.PAID, GrantStatus.SETTLED);
		assertThat(this.grants.history(id).get(1).changedBy()).isEqualTo("Test coordinator");
		Document page = Jsoup.parse(this.mvc.perform(get("/grants/{id}", id).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".timeline li").eachText()).hasSize(4).first().asString().contains("Aangevraagd");
		assertThat(page.select(".timeline li").get(1).text()).contains("1 maart 2083", "Van Aangevraagd naar Toegekend",
				"door Test coordinator");
	}

	@Test
	void advisorsMayWithdrawButNotReject() throws Exception {
		Long id = this.youth.grant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));
		decide(this.advisor, id, "REJECTED", "2083-03-01").andExpect(status().isForbidden());
		decide(this.advisor, id, "WITHDRAWN", "2083-03-01").andExpect(status().isFound());
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.WITHDRAWN);
		decide(this.advisor, id, "REQUESTED", "2083-03-02").andExpect(status().isOk())
			.andExpect(content().string(containsString("niet toegestaan")));
	}

	@Test
	void aRequestIsEditableUntilItIsDecided() throws Exception {
		Long id = this.youth.grant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));
		this.mvc.perform(get("/grants/{id}/edit", id).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"500,00\"")));
		this.mvc
			.perform(post("/grants/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(this.grants.get(id).version()))
				.param("partnerId", this.otherPartner.toString())
				.param("amountRequested", "650.75")
				.param("requestedOn", "2083-02-02"))
			.andExpect(status().isFound());
		GrantDetails edited = this.grants.get(id);
		assertThat(edited.amountRequested()).isEqualByComparingTo("650.75");
		assertThat(edited.partnerId()).isEqualTo(this.otherPartner);
		assertThat(edited.ideaId()).isEqualTo(this.idea);

		decide(this.coordinator, id, "REJECTED", "2083-03-01").andExpect(status().isFound());
		this.mvc
			.perform(post("/grants/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(this.grants.get(id).version()))
				.param("partnerId", this.ownPartner.toString())
				.param("amountRequested", "700.00")
				.param("requestedOn", "2083-02-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("al besloten")));
		assertThat(this.grants.get(id).amountRequested()).isEqualByComparingTo("650.75");
	}

	@Test
	void requestedAndAwardedAmountsReportEachRuleWithItsOwnMessage() throws Exception {
		String[][] cases = { { "0", "DecimalMin", "meer dan 0" }, { "25000.01", "DecimalMax", "hoogstens € 25.000" },
				{ "12,345", "Digits", "hoogstens twee decimalen" } };
		Long id = requestByAdvisor("500.00");
		for (String[] wrong : cases) {
			this.mvc
				.perform(post("/grants").with(user(this.advisor))
					.with(csrf())
					.param("ideaId", this.idea.toString())
					.param("partnerId", this.ownPartner.toString())
					.param("amountRequested", wrong[0])
					.param("requestedOn", "2083-02-01"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("grantForm", "amountRequested", wrong[1]))
				.andExpect(content().string(containsString(wrong[2])));
			decide(this.coordinator, id, "AWARDED", "2083-03-01", "amountAwarded", wrong[0]).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("decisionForm", "amountAwarded", wrong[1]))
				.andExpect(content().string(containsString(wrong[2])));
		}
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.REQUESTED);
	}

	@Test
	void amountsAreValidatedWithClearMessagesAndKeptInput() throws Exception {
		this.mvc
			.perform(post("/grants").with(user(this.advisor))
				.with(csrf())
				.param("ideaId", this.idea.toString())
				.param("partnerId", this.ownPartner.toString())
				.param("amountRequested", "25000.01")
				.param("requestedOn", "2083-02-01")
				.param("conditions", "Alleen voor materiaal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoogstens € 25.000")))
			.andExpect(content().string(containsString("Alleen voor materiaal")));
		this.mvc
			.perform(post("/grants").with(user(this.advisor))
				.with(csrf())
				.param("ideaId", "999999999")
				.param("partnerId", this.ownPartner.toString())
				.param("amountRequested", "twaalf euro")
				.param("requestedOn", "2083-02-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("grantForm", "amountRequested", "typeMismatch"))
			.andExpect(content().string(containsString("in, bijvoorbeeld 1250,50.")))
			.andExpect(content().string(containsString("Dit idee bestaat niet")));
		assertThat(this.grants.ofIdea(this.idea)).isEmpty();
	}

	@Test
	void amountsAreTypedTheDutchWay() throws Exception {
		Long id = requestByAdvisor("€ 1.250,50");
		assertThat(this.grants.get(id).amountRequested()).isEqualByComparingTo("1250.50");
		decide(this.coordinator, id, "AWARDED", "2083-03-01", "amountAwarded", "1000", "confirmOverBudget", "true")
			.andExpect(status().isFound());
		assertThat(this.grants.get(id).amountAwarded()).isEqualByComparingTo("1000.00");
		this.youth.budget(2088, "1.00");
		this.mvc
			.perform(post("/grants/budget").with(as(Role.COORDINATOR))
				.with(csrf())
				.param("year", "2088")
				.param("amount", "20.000"))
			.andExpect(status().isFound());
		assertThat(this.grants.budget(2088).budget()).isEqualByComparingTo("20000.00");
	}

	@Test
	void awardingBeyondTheRemainingBudgetNeedsConfirmationAndIsFlagged() throws Exception {
		this.youth.budget(2083, "1000.00");
		this.youth.awardedGrant(this.idea, this.otherPartner, "600.00", LocalDate.of(2083, 2, 1));
		Long id = this.youth.grant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));

		decide(this.coordinator, id, "AWARDED", "2083-03-01", "amountAwarded", "400.01").andExpect(status().isOk())
			.andExpect(content().string(containsString("Bevestig dat u toch wilt toekennen")))
			.andExpect(content().string(containsString("€ 400,00")));
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.REQUESTED);

		decide(this.coordinator, id, "AWARDED", "2083-03-01", "amountAwarded", "400.01", "confirmOverBudget", "true")
			.andExpect(status().isFound());
		assertThat(this.grants.get(id).overBudget()).isTrue();
		BudgetOverview budget = this.grants.budget(2083);
		assertThat(budget.remaining()).isEqualByComparingTo("-0.01");
		this.mvc.perform(get("/grants").with(as(Role.ADVISOR)).param("year", "2083"))
			.andExpect(content().string(containsString("Boven budget")));
	}

	@Test
	void budgetArithmeticIsExactAndComputedPerDecisionYear() {
		this.youth.budget(2084, "1000.00");
		this.youth.awardedGrant(this.idea, this.ownPartner, "0.10", LocalDate.of(2084, 1, 1));
		this.youth.awardedGrant(this.idea, this.ownPartner, "0.20", LocalDate.of(2084, 12, 31));
		Long paid = this.youth.awardedGrant(this.idea, this.ownPartner, "333.33", LocalDate.of(2084, 6, 1));
		this.grants.decide(paid,
				new GrantDecision(GrantStatus.PAID, LocalDate.of(2084, 6, 2), null, null, null, null, false, null),
				nl.cultuurschakel.binnenbuiten.account.Actor.SYSTEM);
		this.youth.awardedGrant(this.idea, this.ownPartner, "999.00", LocalDate.of(2085, 1, 1));
		Long rejected = this.youth.grant(this.idea, this.ownPartner, "50.00", LocalDate.of(2084, 3, 1));
		this.grants.decide(rejected,
				new GrantDecision(GrantStatus.REJECTED, LocalDate.of(2084, 3, 2), null, null, null, null, false, null),
				nl.cultuurschakel.binnenbuiten.account.Actor.SYSTEM);

		BudgetOverview budget = this.grants.budget(2084);
		assertThat(budget.budget()).isEqualTo(new BigDecimal("1000.00"));
		assertThat(budget.awarded()).isEqualTo(new BigDecimal("333.63"));
		assertThat(budget.paid()).isEqualTo(new BigDecimal("333.33"));
		assertThat(budget.committed()).isEqualTo(new BigDecimal("0.30"));
		assertThat(budget.remaining()).isEqualTo(new BigDecimal("666.37"));
		BudgetOverview none = this.grants.budget(2086);
		assertThat(none.budget()).isNull();
		assertThat(none.remaining()).isEqualByComparingTo("0");
	}

	@Test
	void onlyCoordinatorsSetTheBudget() throws Exception {
		this.youth.budget(2087, "1.00");
		this.mvc
			.perform(post("/grants/budget").with(as(Role.ADVISOR))
				.with(csrf())
				.param("year", "2087")
				.param("amount", "5000.00"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/grants/budget").with(as(Role.COORDINATOR))
				.with(csrf())
				.param("year", "2087")
				.param("amount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("niet negatief")));
		this.mvc
			.perform(post("/grants/budget").with(as(Role.COORDINATOR))
				.with(csrf())
				.param("year", "2087")
				.param("amount", "5000.00"))
			.andExpect(status().isFound());
		assertThat(this.grants.budget(2087).budget()).isEqualByComparingTo("5000.00");
		this.mvc.perform(get("/grants/budget").with(as(Role.ADVISOR)).param("year", "2087"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("€ 5.000,00")));
	}

	@Test
	void partnerUsersSeeOnlyTheirOwnOrganisationsGrants() throws Exception {
		Long own = this.youth.awardedGrant(this.idea, this.ownPartner, "750.00", LocalDate.of(2083, 4, 1));
		Long other = this.youth.awardedGrant(this.idea, this.otherPartner, "1999.99", LocalDate.of(2083, 4, 1));
		RequestPostProcessor partner = user(AccountFixtures.principal(Role.PARTNER, this.ownPartner));

		this.mvc.perform(get("/grants").with(partner).param("partner", this.otherPartner.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("750,00")))
			.andExpect(content().string(not(containsString("1.999,99"))));
		this.mvc.perform(get("/grants/{id}", own).with(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("750,00")))
			.andExpect(content().string(not(containsString("/ideas/"))));
		this.mvc.perform(get("/grants/{id}", other).with(partner)).andExpect(status().isNotFound());
		this.mvc.perform(get("/grants/export.csv").with(partner).param("partner", this.otherPartner.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("1999,99"))));
		this.mvc.perform(get("/grants/new").with(partner)).andExpect(status().isForbidden());
		this.mvc.perform(get("/grants/budget").with(partner)).andExpect(status().isForbidden());
		this.mvc.perform(get("/grants/{id}/edit", own).with(partner)).andExpect(status().isForbidden());
		this.mvc.perform(post("/grants/{id}/status", own).with(partner).with(csrf()).param("status", "PAID"))
			.andExpect(status().isForbidden());
		RequestPostProcessor orphan = user(AccountFixtures.principal(Role.PARTNER, null));
		this.mvc.perform(get("/grants").with(orphan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geen bijdragen gevonden")));
	}

	@Test
	void partnerUsersSeeStatusAndAmountsButNoConditionsFlagOrMilestoneDates() throws Exception {
		Long id = this.youth.grant(this.idea, this.ownPartner, "1750.00", LocalDate.of(2083, 3, 22));
		this.grants.decide(id,
				new GrantDecision(GrantStatus.AWARDED, LocalDate.of(2083, 4, 1), new BigDecimal("1500.00"),
						"Alleen voor materiaal en vervoer", LocalDate.of(2083, 11, 30), null, true, null),
				nl.cultuurschakel.binnenbuiten.account.Actor.SYSTEM);
		this.grants.decide(id,
				new GrantDecision(GrantStatus.PAID, LocalDate.of(2083, 4, 15), null, null, null, null, false, null),
				nl.cultuurschakel.binnenbuiten.account.Actor.SYSTEM);
		assertThat(this.grants.get(id).overBudget()).isTrue();
		RequestPostProcessor partner = user(AccountFixtures.principal(Role.PARTNER, this.ownPartner));
		String[] internal = { "Alleen voor materiaal en vervoer", "Voorwaarden", "Boven budget", "22 maart 2083",
				"1 april 2083", "15 april 2083", "30 november 2083", "22 mrt. 2083", "1 apr. 2083", "Besluit op",
				"Aangevraagd op", "Verantwoording" };

		String detail = this.mvc.perform(get("/grants/{id}", id).with(partner))
			.andExpect(status().isOk())
			.andExpect(model().attribute("grant", instanceOf(GrantSummary.class)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("Betaald", "€ 1.750,00", "€ 1.500,00").doesNotContain(internal);
		String list = this.mvc
			.perform(get("/grants").with(partner).param("year", "2083").param("sort", "decidedOn,desc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Technisch lego", "Betaald", "€ 1.750,00", "€ 1.500,00")
			.doesNotContain(internal)
			.doesNotContain("name=\"year\"");

		String staffDetail = this.mvc.perform(get("/grants/{id}", id).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staffDetail).contains("Betaald", "€ 1.750,00", "€ 1.500,00", "Alleen voor materiaal en vervoer",
				"Voorwaarden", "boven het resterende budget", "22 maart 2083", "1 april 2083", "15 april 2083",
				"30 november 2083");
		String staffList = this.mvc.perform(get("/grants").with(user(this.advisor)).param("year", "2083"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staffList).contains("Boven budget", "22 mrt. 2083", "1 apr. 2083", "Aangevraagd op", "Besluit op");
	}

	@Test
	void theStatusFormStartsEmptyAndAsksBeforeRejectingOrWithdrawing() throws Exception {
		Long id = this.youth.grant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));

		Document advisorPage = page(this.advisor, id);
		assertThat(advisorPage.select("select#status").attr("required")).isEqualTo("required");
		assertThat(advisorPage.select("select#status option")).extracting((option) -> option.attr("value"))
			.containsExactly("", "WITHDRAWN");
		assertThat(advisorPage.select("select#status option[selected]")).isEmpty();
		assertThat(advisorPage.select("select#status option[value=WITHDRAWN]").attr("data-confirm"))
			.contains("intrekken");
		assertThat(advisorPage.select("#amountAwarded, #conditions, #reportDueOn, #confirmOverBudget1")).isEmpty();

		Document coordinatorPage = page(this.coordinator, id);
		assertThat(coordinatorPage.select("select#status option")).extracting((option) -> option.attr("value"))
			.containsExactly("", "AWARDED", "REJECTED", "WITHDRAWN");
		assertThat(coordinatorPage.select("select#status option[selected]")).isEmpty();
		assertThat(coordinatorPage.select("select#status option[value=AWARDED]").hasAttr("data-confirm")).isFalse();
		assertThat(coordinatorPage.select("select#status option[value=REJECTED]").attr("data-confirm"))
			.contains("afwijzen");
		assertThat(coordinatorPage.select("#amountAwarded")).hasSize(1);
	}

	@Test
	void anAdvisorCannotSendAnAwardAndNoStatusGetsAFieldMessage() throws Exception {
		Long id = this.youth.grant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));

		decide(this.advisor, id, "WITHDRAWN", "2083-03-01", "amountAwarded", "400.00")
			.andExpect(status().isForbidden());
		decide(this.advisor, id, "WITHDRAWN", "2083-03-01", "confirmOverBudget", "true")
			.andExpect(status().isForbidden());
		decide(this.advisor, id, "AWARDED", "2083-03-01").andExpect(status().isForbidden());
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.REQUESTED);

		for (CurrentUser staff : List.of(this.advisor, this.coordinator)) {
			decide(staff, id, "", "2083-03-01").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("decisionForm", "status"))
				.andExpect(content().string(containsString("Kies de nieuwe status.")));
		}
		assertThat(this.grants.get(id).status()).isEqualTo(GrantStatus.REQUESTED);
	}

	@Test
	void anAdvisorIsToldWhenOnlyACoordinatorCanTakeAGrantFurther() throws Exception {
		Long id = this.youth.awardedGrant(this.idea, this.ownPartner, "500.00", LocalDate.of(2083, 2, 1));
		this.grants.decide(id,
				new GrantDecision(GrantStatus.PAID, LocalDate.of(2083, 2, 15), null, null, null, null, false, null),
				nl.cultuurschakel.binnenbuiten.account.Actor.SYSTEM);
		Document advisorPage = page(this.advisor, id);
		assertThat(advisorPage.select("form[action$=/status]")).isEmpty();
		assertThat(advisorPage.text()).contains("Alleen een coördinator kan deze bijdrage verder afhandelen.");
		assertThat(page(this.coordinator, id).select("#reportReceivedOn")).hasSize(1);
	}

	@Test
	void csvExportHonoursTheFiltersWithBomSemicolonsAndIsoDates() throws Exception {
		this.youth.awardedGrant(this.idea, this.ownPartner, "1234.50", LocalDate.of(2083, 4, 1));
		this.youth.grant(this.idea, this.ownPartner, "99.00", LocalDate.of(2083, 5, 1));
		byte[] body = this.mvc
			.perform(get("/grants/export.csv").with(as(Role.COORDINATOR))
				.param("year", "2083")
				.param("status", "AWARDED")
				.param("neighbourhood", this.neighbourhood.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("Nummer;Idee;Wijk;Partner;Status;Aangevraagd bedrag;Toegekend bedrag");
		String[] cells = lines.get(1).split(";", -1);
		assertThat(cells[1]).isEqualTo("Technisch lego");
		assertThat(cells[2]).startsWith("Bouwlust");
		assertThat(cells[4]).isEqualTo("Toegekend");
		assertThat(cells[5]).isEqualTo("1234,50");
		assertThat(cells[6]).isEqualTo("1234,50");
		assertThat(cells[7]).isEqualTo("2083-03-22");
		assertThat(cells[8]).isEqualTo("2083-04-01");
	}

	@Test
	void xlsxExportCanBeReadBack() throws Exception {
		this.youth.awardedGrant(this.idea, this.ownPartner, "2500.00", LocalDate.of(2083, 4, 1));
		this.youth.awardedGrant(this.idea, this.otherPartner, "250.25", LocalDate.of(2083, 4, 2));
		byte[] body = this.mvc
			.perform(get("/grants/export.xlsx").with(as(Role.COORDINATOR))
				.param("partner", this.otherPartner.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Technisch lego");
			assertThat(row.getCell(3).getStringCellValue()).startsWith("Andere Dansschool");
			assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue())).isEqualByComparingTo("250.25");
			assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2083, 4, 2));
		}
	}

	/** An advisor requests a grant for the idea through the form; its id. */
	private Long requestByAdvisor(String amount) throws Exception {
		return GrantRequests.request(this.mvc, this.advisor, this.idea, this.ownPartner, amount,
				LocalDate.parse("2083-02-01"));
	}

	private Document page(CurrentUser user, Long id) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/grants/{id}", id).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private org.springframework.test.web.servlet.ResultActions decide(CurrentUser user, Long id, String status,
			String on, String... more) throws Exception {
		var request = post("/grants/{id}/status", id).with(user(user))
			.with(csrf())
			.param("status", status)
			.param("on", on);
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request);
	}

	@Test
	void anUnreadableListFilterIsABadRequestOnTheListAndBothExports() throws Exception {
		for (String path : List.of("/grants", "/grants/export.csv", "/grants/export.xlsx")) {
			this.mvc.perform(get(path).with(as(Role.ADVISOR)).param("status", "NOPE"))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get(path).with(as(Role.ADVISOR)).param("year", "twintig"))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get(path).with(as(Role.ADVISOR)).param("neighbourhood", "1x"))
				.andExpect(status().isBadRequest());
		}
	}

}
