package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The edit-conflict notice ({@code fragments/conflict :: notice}) as the forms show it:
 * the user's input stays in the form, the notice shows what is stored now, and the form
 * carries the stored version so that saving again works.
 */
@IntegrationTest
class EditConflictPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaService ideas;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from report_narrative where period_from = '2019-01-01'");
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void ideaFormShowsTheStoredValuesNextToTheUsersInput() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Botsingwijk");
		Long id = this.youth.idea(neighbourhood, "Graffitimuur", LocalDate.of(2024, 3, 1));
		IdeaDetails before = this.ideas.get(id);
		this.ideas.update(id, new IdeaData("Graffitimuur bij het plein", null, null, neighbourhood,
				Discipline.VISUAL_ARTS, 5, LocalDate.of(2024, 3, 1)), before.version());

		String html = this.mvc
			.perform(post("/ideas/{id}", id).with(as(Role.ADVISOR))
				.with(csrf())
				.param("version", String.valueOf(before.version()))
				.param("title", "Mijn graffitimuur")
				.param("neighbourhoodId", neighbourhood.toString())
				.param("discipline", "VISUAL_ARTS")
				.param("childrenCount", "4")
				.param("collectedOn", "2024-03-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("ideaForm"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		Element notice = conflictNotice(page);
		assertThat(notice.select("dl.summary-list dd").eachText()).contains("Graffitimuur bij het plein", "5");
		assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Mijn graffitimuur");
		assertThat(page.selectFirst("input[name=version]").val())
			.isEqualTo(String.valueOf(this.ideas.get(id).version()));
		assertThat(page.select(".error-summary, [role=alert]").text())
			.contains("Iemand anders heeft dit gewijzigd nadat u het formulier opende");
		assertThat(this.ideas.get(id).data().title()).isEqualTo("Graffitimuur bij het plein");
	}

	@Test
	void reportNarrativeConflictShowsTheStoredTextInTheNotice() throws Exception {
		CurrentUser coordinator = this.accounts.create("conflict-coordinator", Role.COORDINATOR);
		// Both coordinators open the form at version 0; the other one saves twice.
		for (String introduction : List.of("Eerste inleiding", "Eerst opgeslagen inleiding")) {
			this.mvc
				.perform(post("/reports/narrative").with(user(coordinator))
					.with(csrf())
					.param("from", "2019-01-01")
					.param("to", "2019-12-31")
					.param("introduction", introduction)
					.param("version", "0"))
				.andExpect(status().isFound());
		}

		String html = this.mvc
			.perform(post("/reports/narrative").with(user(coordinator))
				.with(csrf())
				.param("from", "2019-01-01")
				.param("to", "2019-12-31")
				.param("introduction", "Mijn late inleiding")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		Element notice = conflictNotice(page);
		assertThat(notice.select("dd").eachText()).contains("Eerst opgeslagen inleiding");
		assertThat(page.selectFirst("textarea[name=introduction]").text()).isEqualTo("Mijn late inleiding");
		assertThat(page.selectFirst("input[name=version]").val()).isNotEqualTo("0");
	}

	private static Element conflictNotice(Document page) {
		Element notice = page.selectFirst(".notice--warning[role=alert]:has(h2)");
		assertThat(notice).isNotNull();
		assertThat(notice.selectFirst("h2").text()).isEqualTo("Iemand anders heeft dit intussen gewijzigd");
		return notice;
	}

}
