package nl.cultuurschakel.binnenbuiten.idea.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.cultuurschakel.binnenbuiten.idea.IdeaActivities.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What became of a workshop's ideas, in words for children: the model of the page and the
 * same as PDF (DejaVu Sans embedded, so that diacritics and € print).
 */
@Component
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

	private final ITemplateEngine templates;

	OutcomeReport(IdeaService ideas, WorkshopService workshops, NeighbourhoodService neighbourhoods,
			ITemplateEngine templates) {
		this.ideas = ideas;
		this.workshops = workshops;
		this.neighbourhoods = neighbourhoods;
		this.templates = templates;
	}

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
		Context context = new Context(locale, model(workshopId));
		context.setVariable("css", PDF_CSS);
		String html = this.templates.process("ideas/outcome-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> open("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useFont(() -> open("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
