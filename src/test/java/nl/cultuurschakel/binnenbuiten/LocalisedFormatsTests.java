package nl.cultuurschakel.binnenbuiten;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates and amounts read the way the reader's language writes them: a Dutch page says "5
 * maart 2024" (lists "5 mrt. 2024") and "€ 21.250,50", an English one "March 5, 2024"
 * (lists "Mar 5, 2024") and "€ 21,250.50".
 */
@IntegrationTest
class LocalisedFormatsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	YouthFixtures youth;

	Long neighbourhood;

	Long workshop;

	@BeforeEach
	void createWorkshop() {
		this.neighbourhood = this.network.neighbourhood("Datumwijk");
		this.workshop = this.youth.workshop(this.neighbourhood, LocalDate.of(2024, 3, 5), 12);
	}

	@AfterEach
	void tearDown() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void dutchPagesWriteDatesTheDutchWay() throws Exception {
		assertThat(page("/workshops/" + this.workshop, "nl").selectFirst("h1").text()).startsWith("Workshop")
			.contains("5 maart 2024");
		assertThat(page(list(), "nl").select("main td a").eachText()).singleElement()
			.satisfies((text) -> assertThat(text).isEqualTo("5 mrt. 2024"));
	}

	@Test
	void englishPagesWriteDatesTheEnglishWay() throws Exception {
		assertThat(page("/workshops/" + this.workshop, "en").selectFirst("h1").text()).contains("March 5, 2024")
			.doesNotContain("maart");
		assertThat(page(list(), "en").select("main td a").eachText()).containsExactly("Mar 5, 2024");
	}

	@Test
	void amountsUseTheSeparatorsOfTheReadersLanguage() throws Exception {
		this.youth.budget(2087, "21250.50");
		assertThat(page("/grants/budget?year=2087", "nl").selectFirst("[data-figure=budget]").text())
			.isEqualTo("€ 21.250,50");
		assertThat(page("/grants/budget?year=2087", "en").selectFirst("[data-figure=budget]").text())
			.isEqualTo("€ 21,250.50");
	}

	private String list() {
		return "/workshops?neighbourhood=" + this.neighbourhood;
	}

	private Document page(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language).with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
