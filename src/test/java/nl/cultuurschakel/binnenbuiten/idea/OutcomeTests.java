package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Wat is er met jullie idee gebeurd?" as a page and as a PDF.
 */
@IntegrationTest
class OutcomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void childrenReadWhatBecameOfEachIdeaOnThePageAndInThePdf() throws Exception {
		Long neighbourhood = this.network.neighbourhood("Moerwijk");
		Long workshop = this.youth.workshop(neighbourhood, LocalDate.of(2023, 3, 14), 20);
		Long football = this.youth.idea(neighbourhood, workshop, "Voetbal met trucjes", LocalDate.of(2023, 3, 14));
		Long mural = this.youth.idea(neighbourhood, workshop, "Een muurschildering ‘Kleur’", LocalDate.of(2023, 3, 14));
		this.youth.idea(neighbourhood, workshop, "Een app voor de wijk", LocalDate.of(2023, 3, 14));
		Long show = this.activities.add(neighbourhood, "Freestyle-voetbalshow", LocalDate.of(2023, 9, 30), 60);
		this.ideas.changeStatus(football, IdeaStatus.EXPLORING, LocalDate.of(2023, 4, 1), null, Actor.SYSTEM);
		this.ideas.changeStatus(football, IdeaStatus.PLANNED, LocalDate.of(2023, 5, 1), null, Actor.SYSTEM);
		this.ideas.linkActivity(football, show);
		this.ideas.changeStatus(football, IdeaStatus.REALISED, LocalDate.of(2023, 9, 30), null, Actor.SYSTEM);
		this.ideas.changeStatus(mural, IdeaStatus.PARKED, LocalDate.of(2023, 6, 1), "De muur is van de gemeente",
				Actor.SYSTEM);

		this.mvc.perform(get("/workshops/{id}/outcome", workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat is er met jullie idee gebeurd?")))
			.andExpect(content().string(containsString("Het is gelukt!")))
			.andExpect(content().string(containsString("Freestyle-voetbalshow op 30 september 2023")))
			.andExpect(content().string(containsString("We bewaren het goed")))
			.andExpect(content().string(containsString("We hebben jullie idee opgeschreven")));

		byte[] pdf = this.mvc.perform(get("/workshops/{id}/outcome.pdf", workshop).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Wat is er met jullie idee gebeurd?")
				.contains("Voetbal met trucjes")
				.contains("Het is gelukt!")
				.contains("Een muurschildering ‘Kleur’")
				.contains("Waarom: De muur is van de gemeente")
				.contains("Bedankt voor jullie goede ideeën!");
		}
	}

	@Test
	void anUnknownWorkshopHasNoOutcomePage() throws Exception {
		this.mvc.perform(get("/workshops/{id}/outcome", 987654321L).with(as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/workshops/{id}/outcome.pdf", 987654321L).with(as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
	}

}
