package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.web.PdfRenderer;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Component;

/**
 * What became of a workshop's ideas, in words for children: the model of the page and the
 * same as PDF (DejaVu Sans embedded, so that diacritics and € print).
 */
@Component
@RequiredArgsConstructor
class OutcomeReport {

	/** Style of the PDF; the web page uses the application's style sheet. */
	private static final String PDF_CSS = """
			@page { size: A4; margin: 2cm; }
			body { font-family: 'DejaVu Sans'; font-size: 16pt; line-height: 1.5; }
			h1 { font-size: 26pt; } h2 { font-size: 20pt; margin-bottom: 0.2em; }
			.outcome__idea { margin-bottom: 1.2em; }
			""";

	private final IdeaService ideas;

	private final WorkshopService workshops;

	private final NeighbourhoodService neighbourhoods;

	private final PdfRenderer pdf;

	/**
	 * One idea for the children: its status and the activities it became.
	 */
	record Outcome(IdeaCard idea, String parkedReason, List<LinkedActivity> activities) {
	}

	Map<String, Object> model(Long workshopId) {
		WorkshopDetails workshop = this.workshops.get(workshopId);
		List<Outcome> outcomes = this.ideas.ofWorkshop(workshopId).stream().map((card) -> {
			IdeaDetails details = this.ideas.get(card.id());
			return new Outcome(card, details.parkedReason(), this.ideas.activitiesOf(card.id()));
		}).toList();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("workshop", workshop);
		model.put("neighbourhoodName", this.neighbourhoods.get(workshop.data().neighbourhoodId()).name());
		model.put("outcomes", outcomes);
		return model;
	}

	byte[] pdf(Long workshopId, Locale locale) {
		Map<String, Object> model = model(workshopId);
		model.put("css", PDF_CSS);
		return this.pdf.render("ideas/outcome-pdf", model, locale);
	}

}
