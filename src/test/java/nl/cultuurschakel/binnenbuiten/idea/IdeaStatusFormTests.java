package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea's status form chooses nothing in advance: an empty, required first choice, so
 * one click never parks or reopens an idea.
 */
@IntegrationTest
class IdeaStatusFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@Autowired
	IdeaService ideas;

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theStatusFormStartsWithAnEmptyRequiredChoice() throws Exception {
		Long idea = this.youth.idea(this.network.neighbourhood("Duindorp"), "Een zeepkistenrace",
				LocalDate.of(2083, 1, 10));
		assertEmptyChoice(idea, "", "EXPLORING", "PARKED");
		this.ideas.changeStatus(idea, IdeaStatus.PARKED, LocalDate.of(2083, 1, 11), "Geen plek", Actor.SYSTEM);
		assertEmptyChoice(idea, "", "COLLECTED");

		this.mvc
			.perform(post("/ideas/{id}/status", idea).with(as(Role.ADVISOR))
				.with(csrf())
				.param("status", "")
				.param("changedOn", "2083-01-12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("statusForm", "status"));
		assertThat(this.ideas.get(idea).status()).isEqualTo(IdeaStatus.PARKED);
	}

	private void assertEmptyChoice(Long idea, String... values) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/ideas/{id}", idea).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("select#status").attr("required")).isEqualTo("required");
		assertThat(page.select("select#status option")).extracting((option) -> option.attr("value"))
			.containsExactly(values);
		assertThat(page.select("select#status option[selected]")).isEmpty();
	}

}
