package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The activity form's source-idea choice offers only the ideas of the chosen wijk, newest
 * first with their date and wijk, searchable by title: live with htmx, and without
 * JavaScript through the form's search button (which saves nothing).
 */
@IntegrationTest
class ActivitySourceIdeaChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@Autowired
	NeighbourhoodService neighbourhoods;

	Long wijk;

	String wijkName;

	Long partner;

	Long football;

	Long mural;

	@BeforeEach
	void setUp() {
		this.wijk = this.fixtures.neighbourhood("Ideewijk");
		this.wijkName = this.neighbourhoods.get(this.wijk).name();
		Long elsewhere = this.fixtures.neighbourhood("Verre wijk");
		this.partner = this.network.partner("Ideepartner", PartnerDomain.ARTS_CULTURE);
		this.football = this.youth.idea(this.wijk, "Voetbal met trucjes", LocalDate.of(2023, 3, 1));
		this.mural = this.youth.idea(this.wijk, "Een muurschildering", LocalDate.of(2024, 3, 1));
		this.youth.idea(elsewhere, "Voetbal elders", LocalDate.of(2024, 5, 1));
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return ActivityRequests.page(this.mvc, request.with(as(Role.ADVISOR)));
	}

	@Test
	void theChoiceFollowsTheWijkWithDateAndWijkInEachOption() throws Exception {
		Document choice = page(get("/activities/form/ideas").param("neighbourhoodId", this.wijk.toString()));

		assertThat(choice.select("select#sourceIdeaId option[value~=.+]").eachText()).containsExactly(
				"Een muurschildering (verzameld 1 mrt. 2024, " + this.wijkName + ")",
				"Voetbal met trucjes (verzameld 1 mrt. 2023, " + this.wijkName + ")");
		assertThat(page(get("/activities/new")).select("select#sourceIdeaId option[value~=.+]")).isEmpty();
	}

	@Test
	void theTitleSearchNarrowsTheChoiceLiveAndWithoutJavaScript() throws Exception {
		Document live = page(get("/activities/form/ideas").param("neighbourhoodId", this.wijk.toString())
			.param("ideaQuery", "voetbal"));
		assertThat(live.select("select#sourceIdeaId option[value~=.+]").eachAttr("value"))
			.containsExactly(this.football.toString());

		Document form = page(post("/activities").with(csrf())
			.param("title", "Muurschilderen")
			.param("neighbourhoodId", this.wijk.toString())
			.param("partnerIds", this.partner.toString())
			.param("ideaQuery", "muur")
			.param("refresh", "ideas"));
		assertThat(form.select("select#sourceIdeaId option[value~=.+]").eachAttr("value"))
			.containsExactly(this.mural.toString());
		assertThat(form.select("input#ideaQuery").attr("value")).isEqualTo("muur");
		assertThat(form.select(".error-summary")).isEmpty();
	}

	@Test
	void theChosenIdeaStaysOnOfferWhenTheSearchLeavesItOut() throws Exception {
		Document choice = page(get("/activities/form/ideas").param("neighbourhoodId", this.wijk.toString())
			.param("ideaQuery", "voetbal")
			.param("sourceIdeaId", this.mural.toString()));
		assertThat(choice.select("select#sourceIdeaId option[value~=.+]").eachAttr("value"))
			.containsExactly(this.mural.toString(), this.football.toString());
		assertThat(choice.select("select#sourceIdeaId option[selected]").attr("value"))
			.isEqualTo(this.mural.toString());
	}

}
