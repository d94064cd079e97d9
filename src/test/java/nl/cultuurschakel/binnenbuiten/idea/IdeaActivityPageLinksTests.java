package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An idea's page links to each activity that realises it, with its date; the activity
 * links back to the idea for staff.
 */
@IntegrationTest
class IdeaActivityPageLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	IdeaService ideas;

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void theIdeaLinksToEachActivityWithItsDateAndTheActivityLinksBack() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Ideeënwijk");
		Long idea = this.youth.idea(neighbourhood, "Een voetbalkooi", LocalDate.of(2024, 1, 15));
		Long first = this.activities.add(neighbourhood, "Voetbaltoernooi", LocalDate.of(2024, 3, 5), 30);
		Long second = this.activities.add(neighbourhood, "Voetbalclinic", LocalDate.of(2024, 4, 9), 12);
		this.ideas.linkActivity(idea, first);
		this.ideas.linkActivity(idea, second);

		Document page = page("/ideas/" + idea);
		assertThat(page.select(".linked-activity a").eachAttr("href")).containsExactlyInAnyOrder("/activities/" + first,
				"/activities/" + second);
		Element toernooi = page.select(".linked-activity")
			.stream()
			.filter((li) -> li.text().contains("Voetbaltoernooi"))
			.findFirst()
			.orElseThrow();
		assertThat(toernooi.text()).contains("5 maart 2024", "uitgevoerd");

		assertThat(page("/activities/" + first).selectFirst("#source-idea").attr("href")).isEqualTo("/ideas/" + idea);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
