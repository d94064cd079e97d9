package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.idea.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.stereotype.Component;

/**
 * The demo ideas: 49 collected in the 27 workshops of 2022–2024 (the brochure's figure)
 * with statuses over the whole lifecycle, including the brochure's examples (football →
 * freestyle-football show in Moerwijk, technology → technical Lego in Bouwlust, and the
 * three "golden ideas" in Vrederust), plus two outside the period. Ideas meant to be
 * realised are linked to a demo activity of their neighbourhood, and stay planned when
 * the neighbourhood has none.
 */
@Component
@RequiredArgsConstructor
class DemoIdeas {

	static final Actor ADVISOR = new Actor(null, "Demo Adviseur");

	private static final IdeaStatus[] PATTERN = { IdeaStatus.REALISED, IdeaStatus.PLANNED, IdeaStatus.EXPLORING,
			IdeaStatus.COLLECTED, IdeaStatus.REALISED, IdeaStatus.PARKED, IdeaStatus.PLANNED, IdeaStatus.EXPLORING };

	private record Pool(String title, String words, Discipline discipline) {
	}

	private static final List<Pool> POOL = List.of(
			new Pool("Hiphop-danslessen in het buurthuis", "We willen dansen zoals in de clips.", Discipline.DANCE),
			new Pool("Zelf een toneelstuk maken", "Een echt toneelstuk met kostuums en publiek.", Discipline.THEATRE),
			new Pool("Graffiti op de skatebaan", "De muur is saai, wij kunnen hem mooi maken.", Discipline.VISUAL_ARTS),
			new Pool("Samen een film opnemen", "Een griezelfilm in onze eigen straat.", Discipline.MEDIA_DIGITAL),
			new Pool("Een eigen band", "Drummen en zingen met vrienden.", Discipline.MUSIC),
			new Pool("Stripverhalen tekenen", "Superhelden die in onze wijk wonen.", Discipline.VISUAL_ARTS),
			new Pool("Een podcast over de wijk", "Interviews met mensen van de markt.", Discipline.MEDIA_DIGITAL),
			new Pool("Robots bouwen", "Een robot die de stoep veegt.", Discipline.CRAFT_TECH),
			new Pool("Verhalen vertellen in de bieb", "Spannende verhalen voorlezen aan kleintjes.",
					Discipline.LITERATURE_STORYTELLING),
			new Pool("Breakdance-battle", "Wie de beste move heeft.", Discipline.DANCE),
			new Pool("Rappen over de buurt", "Teksten over wat wij zien.", Discipline.MUSIC),
			new Pool("Oude verhalen van opa en oma", "Hoe de wijk vroeger was.", Discipline.HERITAGE),
			new Pool("Circus en acrobatiek", "Jongleren en op je handen lopen.", Discipline.SPORT_CULTURE),
			new Pool("Kleien en keramiek", "Bekers maken voor onze ouders.", Discipline.CRAFT_TECH),
			new Pool("Een modeshow met eigen kleren", "Kleren versieren en showen.", Discipline.OTHER),
			new Pool("Fotograferen in de wijk", "Mooie plekken zoeken en fotograferen.", Discipline.VISUAL_ARTS),
			new Pool("Een game ontwerpen", "Een spel waarin je door de wijk rent.", Discipline.MEDIA_DIGITAL),
			new Pool("Zingen in een kinderkoor", "Liedjes uit alle landen.", Discipline.MUSIC));

	private final IdeaService ideas;

	/** A created idea, for the grant generator. */
	record Created(Long id, String neighbourhood, LocalDate collectedOn, IdeaStatus status, boolean inPeriod) {
	}

	/**
	 * @param workshops as {@link DemoWorkshops#create(DemoNetwork)} returns them
	 */
	List<Created> create(DemoNetwork network, List<DemoWorkshops.Created> workshops) {
		List<Created> created = new ArrayList<>();
		int poolIndex = 0;
		int j = 0;
		for (int w = 0; w < workshops.size(); w++) {
			DemoWorkshops.Created workshop = workshops.get(w);
			int count = (!workshop.inPeriod() || w >= 22) ? 1 : 2;
			for (int i = 0; i < count; i++) {
				Pool idea = special(workshop, w, i);
				if (idea == null) {
					idea = POOL.get(poolIndex++ % POOL.size());
				}
				IdeaStatus target = target(idea, j);
				created.add(collect(network, workshop, idea, target, 2 + (j * 5) % 7));
				j++;
			}
		}
		return created;
	}

	/**
	 * The brochure's examples, at fixed places.
	 */
	private static Pool special(DemoWorkshops.Created workshop, int w, int i) {
		if (i != 0 || !workshop.inPeriod()) {
			return null;
		}
		return switch (workshop.neighbourhood() + "/" + workshop.heldOn().getYear()) {
			case "Moerwijk/2022" -> new Pool("Freestyle-voetbalshow",
					"Wij willen voetballen, met trucjes zoals op YouTube, en dat laten zien aan iedereen.",
					Discipline.SPORT_CULTURE);
			case "Bouwlust/2022" -> new Pool("Technisch lego",
					"Wij willen weten hoe machines werken en zelf iets bouwen dat beweegt.", Discipline.CRAFT_TECH);
			case "Vrederust/2022" -> new Pool("Een app voor de wijk",
					"Gouden idee: een app waarin staat wat er te doen is voor kinderen.", Discipline.MEDIA_DIGITAL);
			case "Vrederust/2023" -> new Pool("Een pas voor alle activiteiten",
					"Gouden idee: één pas waarmee je overal in de wijk mee kunt doen.", Discipline.OTHER);
			case "Vrederust/2024" -> new Pool("Een muurschildering",
					"Gouden idee: een grote schildering op de muur bij het plein, door ons gemaakt.",
					Discipline.VISUAL_ARTS);
			default -> null;
		};
	}

	private static IdeaStatus target(Pool idea, int j) {
		return switch (idea.title()) {
			case "Freestyle-voetbalshow", "Technisch lego", "Een muurschildering" -> IdeaStatus.REALISED;
			case "Een app voor de wijk" -> IdeaStatus.EXPLORING;
			case "Een pas voor alle activiteiten" -> IdeaStatus.PLANNED;
			default -> PATTERN[j % PATTERN.length];
		};
	}

	private Created collect(DemoNetwork network, DemoWorkshops.Created workshop, Pool pool, IdeaStatus target,
			int children) {
		Long neighbourhoodId = network.neighbourhoods().get(workshop.neighbourhood());
		LocalDate on = workshop.heldOn();
		Long id = this.ideas.collect(new IdeaData(pool.title(), pool.words(), workshop.id(), neighbourhoodId,
				pool.discipline(), children, on), ADVISOR);
		List<Long> local = network.localPartners().get(workshop.neighbourhood());
		IdeaStatus reached = IdeaStatus.COLLECTED;
		if (target == IdeaStatus.PARKED) {
			this.ideas.changeStatus(id, IdeaStatus.PARKED, on.plusDays(40),
					"Er is nu geen partner of ruimte voor; we kijken er volgend seizoen opnieuw naar.", ADVISOR);
			reached = IdeaStatus.PARKED;
		}
		if (target.ordinal() >= IdeaStatus.EXPLORING.ordinal() && target != IdeaStatus.PARKED) {
			this.ideas.setPartners(id, Set.of(local.get(2), local.get(4)));
			this.ideas.changeStatus(id, IdeaStatus.EXPLORING, on.plusDays(21), "Partners in de wijk benaderd.",
					ADVISOR);
			reached = IdeaStatus.EXPLORING;
		}
		if (target == IdeaStatus.PLANNED || target == IdeaStatus.REALISED) {
			this.ideas.changeStatus(id, IdeaStatus.PLANNED, on.plusDays(50), "Plan gemaakt met de partners.", ADVISOR);
			reached = IdeaStatus.PLANNED;
		}
		if (target == IdeaStatus.REALISED && link(id, pool.title())) {
			this.ideas.changeStatus(id, IdeaStatus.REALISED, on.plusDays(120), "De activiteit is geweest.", ADVISOR);
			reached = IdeaStatus.REALISED;
		}
		return new Created(id, workshop.neighbourhood(), on, reached, workshop.inPeriod());
	}

	/**
	 * Links a demo activity to the idea: for the brochure's examples one whose title
	 * fits, otherwise any linkable one in the idea's neighbourhood.
	 * @return whether an activity was linked
	 */
	private boolean link(Long ideaId, String title) {
		List<LinkedActivity> linkable = this.ideas.linkableActivities(ideaId);
		String wanted = switch (title) {
			case "Freestyle-voetbalshow" -> "freestyle";
			case "Technisch lego" -> "lego";
			default -> "";
		};
		LinkedActivity chosen = linkable.stream()
			.filter((activity) -> activity.title() != null && activity.title().toLowerCase().contains(wanted))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			return false;
		}
		this.ideas.linkActivity(ideaId, chosen.id());
		return true;
	}

}
