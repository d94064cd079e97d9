package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PartnerWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerService partners;

	@Autowired
	NetworkFixtures network;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void registersPartnerWithProfileAndTags() throws Exception {
		String name = NetworkFixtures.unique("Danscollectief");
		MvcResult result = this.mvc
			.perform(post("/partners").with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", name)
				.param("domain", "ARTS_CULTURE")
				.param("knowledgePartner", "true")
				.param("contactName", "Eva Janssen")
				.param("contactEmail", "eva@danscollectief.example")
				.param("contactPhone", "+31 70 123 4567")
				.param("website", "https://danscollectief.example")
				.param("tags", "DANCE", "MUSIC"))
			.andExpect(status().isFound())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/partners/", ""));
		this.network.track(null, id);

		PartnerDetails saved = this.partners.get(id);
		assertThat(saved.knowledgePartner()).isTrue();
		assertThat(saved.profile().tags()).containsExactly(OfferTag.DANCE, OfferTag.MUSIC);
		assertThat(saved.profile().contactEmail()).isEqualTo("eva@danscollectief.example");
	}

	@Test
	void badContactDataIsExplainedAndKept() throws Exception {
		this.mvc
			.perform(post("/partners").with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", "x".repeat(151))
				.param("domain", "CIRCUS")
				.param("contactEmail", "geen-mailadres")
				.param("contactPhone", "bel me")
				.param("website", "www.zonder-schema.nl")
				.param("offer", "Wij bieden veel"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("partnerForm", "name", "domain", "contactEmail", "contactPhone",
					"website"))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Vul een geldig telefoonnummer in")))
			.andExpect(content().string(containsString("https://")))
			.andExpect(content().string(containsString("value=\"geen-mailadres\"")))
			.andExpect(content().string(containsString("Wij bieden veel")));
	}

	@Test
	void nameIsUniqueInAnyCase() throws Exception {
		Long id = this.network.partner("Uniek", PartnerDomain.OTHER);
		this.mvc
			.perform(post("/partners").with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", this.partners.get(id).name().toLowerCase())
				.param("domain", "OTHER"))
			.andExpect(model().attributeHasFieldErrorCode("partnerForm", "name", "partner.name.taken"));
	}

	@Test
	void liveSearchAnswersOnlyTheResultsForHtmx() throws Exception {
		Long id = this.network.partner("Zoekbaar", PartnerDomain.SOCIAL);
		String name = this.partners.get(id).name();
		String fragment = this.mvc.perform(
				get("/partners").param("q", name.substring(0, 14)).header("HX-Request", "true").with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"partner-results\"", name, "1 partner gevonden")
			.doesNotContain("<html", "<h1");

		this.mvc.perform(get("/partners").param("q", name.substring(0, 14)).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("<h1>Partners</h1>")))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void filtersByDomainKnowledgeNeighbourhoodAndStatus() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Filter");
		Long member = this.network.partner("Lidkennis", PartnerDomain.ARTS_CULTURE, true);
		Long outsider = this.network.partner("Buitenstaander", PartnerDomain.ARTS_CULTURE, false);
		this.network.membership(member, neighbourhood, LocalDate.of(2022, 1, 1), null);
		String memberName = this.partners.get(member).name();
		String outsiderName = this.partners.get(outsider).name();

		this.mvc
			.perform(get("/partners").param("neighbourhood", neighbourhood.toString())
				.param("knowledgePartner", "true")
				.param("domain", "ARTS_CULTURE")
				.with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString(memberName)))
			.andExpect(content().string(not(containsString(outsiderName))));

		this.partners.deactivate(outsider);
		this.mvc.perform(get("/partners").param("q", outsiderName).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Geen partners gevonden")));
		this.mvc.perform(get("/partners").param("q", outsiderName).param("active", "").with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString(outsiderName)));
	}

	@Test
	void nameSearchIgnoresCaseAndTakesUnderscoreAndPercentLiterally() {
		String code = NetworkFixtures.unique("Zoek").substring(5);
		Long literal = register("Lijn_" + code + "%");
		Long lookalike = register("LijnX" + code);
		try {
			assertThat(names("N_" + code.toUpperCase())).containsExactly("Lijn_" + code + "%");
			assertThat(names(code + "%")).containsExactly("Lijn_" + code + "%");
			assertThat(names("n" + code)).isEmpty();
		}
		finally {
			this.jdbc.update("delete from partner where id in (?, ?)", literal, lookalike);
		}
	}

	private Long register(String name) {
		return this.partners.register(new PartnerData(name, PartnerDomain.SOCIAL, false, new PartnerProfile("Contact",
				"contact@example.org", "070 555 0000", null, null, "Aanbod", Set.of(OfferTag.MUSIC))));
	}

	private List<String> names(String search) {
		return this.partners.find(new PartnerFilter(search, null, null, null, null), PageRequest.of(0, 10))
			.map(PartnerSummary::name)
			.getContent();
	}

	@Test
	void concurrentEditShowsConflictWithBothVersions() throws Exception {
		Long id = this.network.partner("Gelijktijdig", PartnerDomain.SOCIAL);
		PartnerDetails before = this.partners.get(id);
		this.partners.updateProfile(id, new PartnerProfile("Eerste Contact", null, null, null, null, null, null),
				before.version());

		this.mvc
			.perform(post("/partners/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", before.name())
				.param("domain", "SOCIAL")
				.param("contactName", "Tweede Contact")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Tweede Contact\"")))
			.andExpect(content().string(containsString("Eerste Contact")))
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		assertThat(this.partners.get(id).profile().contactName()).isEqualTo("Eerste Contact");
	}

	@Test
	void deactivatesInsteadOfDeleting() throws Exception {
		Long id = this.network.partner("Stopper", PartnerDomain.OTHER);
		this.mvc.perform(get("/partners/{id}/deactivate", id).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("geschiedenis")));
		this.mvc.perform(post("/partners/{id}/deactivate", id).with(as(Role.ADVISOR)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.partners.get(id).active()).isFalse();
		this.mvc.perform(post("/partners/{id}/activate", id).with(as(Role.ADVISOR)).with(csrf()));
		assertThat(this.partners.get(id).active()).isTrue();
	}

	@Test
	void spaceNeedsPositiveCapacity() throws Exception {
		Long id = this.network.partner("Ruimte", PartnerDomain.EDUCATION);
		this.mvc
			.perform(post("/partners/{id}/spaces", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", "Gymzaal")
				.param("capacity", "-5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("spaceForm", "capacity", "Positive"))
			.andExpect(content().string(containsString("value=\"Gymzaal\"")));
		this.mvc
			.perform(post("/partners/{id}/spaces", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", "Gymzaal")
				.param("capacity", "40"))
			.andExpect(status().isFound());
		assertThat(this.partners.spaces(id)).singleElement()
			.satisfies((space) -> assertThat(space.capacity()).isEqualTo(40));
	}

	@Test
	void unknownPartnerIsNotFound() throws Exception {
		this.mvc.perform(get("/partners/987654321").with(as(Role.ADVISOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/partners").param("domain", "CIRCUS").with(as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void profileMarksOnlyTheMembershipsThatRunToday() throws Exception {
		Long partner = this.network.partner("Wijkmaker", PartnerDomain.ARTS_CULTURE);
		Long current = this.network.neighbourhood("Nuwijk");
		Long ended = this.network.neighbourhood("Vroegerwijk");
		this.network.membership(partner, current, LocalDate.of(2020, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.network.membership(partner, ended, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31),
				MembershipRole.KEY_FIGURE);
		Document page = Jsoup.parse(this.mvc.perform(get("/partners/{id}", partner).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("tr:has(a[href$=/neighbourhoods/" + current + "]) .badge").text()).isEqualTo("Huidig");
		assertThat(page.select("tr:has(a[href$=/neighbourhoods/" + ended + "]) .badge")).isEmpty();
	}

}
