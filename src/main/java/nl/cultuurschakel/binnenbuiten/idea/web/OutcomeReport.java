package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDetails;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.idea.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.web.PdfRenderer;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What became of a workshop's ideas, in words for children: the model of the staff's
 * printable page, the same as a poster PDF (DejaVu Sans embedded, so that diacritics and
 * € print), and the model of the public page the poster's QR code opens.
 */
@Component
@RequiredArgsConstructor
class OutcomeReport {

	/**
	 * Where the public page lives; {@code {token}} is the workshop's public link token.
	 */
	static final String PUBLIC_PATH = "/kinderen/{token}";

	private final IdeaService ideas;

	private final ActivityService activities;

	private final WorkshopService workshops;

	private final NeighbourhoodService neighbourhoods;

	private final StatusPictures pictures;

	private final PdfRenderer pdf;

	/**
	 * One idea for the children: its status and the activities it became.
	 */
	record Outcome(IdeaCard idea, String parkedReason, List<LinkedActivity> activities) {
	}

	/**
	 * One idea as the public page shows it: no counts, no notes, no names of people.
	 */
	record PublicOutcome(String title, IdeaStatus status, List<Happening> happenings) {
	}

	/**
	 * An activity an idea became, not cancelled: when and where.
	 */
	record Happening(String title, LocalDate date, String place) {
	}

	/**
	 * The staff's printable page: each idea with its story, and the workshop's public
	 * link (absolute, from the current request) with its QR code when it has one.
	 */
	Map<String, Object> model(Long workshopId) {
		WorkshopDetails workshop = this.workshops.get(workshopId);
		List<Outcome> outcomes = this.ideas.ofWorkshop(workshopId).stream().map((card) -> {
			IdeaDetails details = this.ideas.get(card.id());
			return new Outcome(card, details.parkedReason(), this.ideas.activitiesOf(card.id()));
		}).toList();
		Map<String, Object> model = frame(workshop);
		model.put("outcomes", outcomes);
		Optional<String> link = this.workshops.publicToken(workshopId).map(OutcomeReport::absoluteLink);
		model.put("publicLink", link.orElse(null));
		model.put("qrCode", link.map(QrCodes::svg).orElse(null));
		return model;
	}

	byte[] pdf(Long workshopId, Locale locale) {
		return this.pdf.render("ideas/outcome-pdf", model(workshopId), locale);
	}

	/**
	 * The public page of a workshop: its date, neighbourhood and ideas with what became
	 * of each, and when and where the activities they became take place.
	 */
	Map<String, Object> publicModel(WorkshopDetails workshop) {
		List<PublicOutcome> outcomes = this.ideas.ofWorkshop(workshop.id())
			.stream()
			.map((card) -> new PublicOutcome(card.title(), card.status(), happenings(card.id())))
			.toList();
		Map<String, Object> model = frame(workshop);
		model.put("outcomes", outcomes);
		return model;
	}

	private Map<String, Object> frame(WorkshopDetails workshop) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("workshop", workshop);
		model.put("neighbourhoodName", this.neighbourhoods.get(workshop.data().neighbourhoodId()).name());
		model.put("pictures", this.pictures.all());
		return model;
	}

	private List<Happening> happenings(Long ideaId) {
		return this.ideas.activitiesOf(ideaId)
			.stream()
			.map((linked) -> this.activities.get(linked.id()))
			.filter((activity) -> activity.status() != ActivityStatus.CANCELLED)
			.map(OutcomeReport::happening)
			.toList();
	}

	private static Happening happening(ActivityDetails activity) {
		return new Happening(activity.data().title(), activity.data().date(), activity.location());
	}

	/**
	 * The public page's full URL as the visitor's browser reaches this server (behind a
	 * proxy: as its forwarded headers say, see {@code server.forward-headers-strategy}).
	 */
	private static String absoluteLink(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(PUBLIC_PATH)
			.buildAndExpand(token)
			.toUriString();
	}

}
