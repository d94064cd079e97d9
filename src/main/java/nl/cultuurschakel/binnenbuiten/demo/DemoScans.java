package nl.cultuurschakel.binnenbuiten.demo;

import java.util.EnumMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.network.scan.ItemStatus;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanAnswer;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanEntry;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanItem;

import org.springframework.stereotype.Component;

import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.CLEAR_GOALS;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.CLEAR_ROLES;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.CROSS_DOMAIN_NETWORK;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.EQUAL_PARTNERSHIP;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.EVALUATE_AND_ADJUST;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.FINANCIAL_ACCESS;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.FIXED_CONTACT_PERSON;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.JOINT_COMMUNICATION;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.KEY_FIGURES;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.LANGUAGE_AND_DIGITAL;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.NEIGHBOURHOOD_SITUATION;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.NO_OVERLAP;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.PARTNER_STRENGTHS;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.ROLE_MODELS;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.SAFE_SUPERVISION;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.SEVERAL_CHANNELS;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.SHARED_PLATFORM;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.SHARED_SPACES;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.SHARED_VISION;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.VISIBLE_CONTRIBUTION;
import static nl.cultuurschakel.binnenbuiten.network.scan.ScanItem.YOUTH_PARTICIPATION;

/**
 * The demo building-blocks scans: one per neighbourhood for 2023 and for 2024, filled in
 * by the demo advisor and signed off by the demo coordinator. How far an item is follows
 * the neighbourhood's phase (a neighbourhood that sustains its ecosystem has more in
 * place than one still building its network), how hard the item is, and the year: in 2024
 * every item is at least as far as in 2023, and more of them are in place. The notes are
 * the advisor's evidence, in plain Dutch.
 */
@Component
@RequiredArgsConstructor
class DemoScans {

	static final int FIRST_YEAR = 2023;

	static final int LAST_YEAR = 2024;

	/**
	 * The evidence for an item: when it is in place, and when it is on its way.
	 * {@code %1$s} is the neighbourhood, {@code %2$s} its broker.
	 */
	private record Evidence(int difficulty, String inPlace, String onItsWay) {
	}

	private static final Map<ScanItem, Evidence> EVIDENCE = new EnumMap<>(ScanItem.class);

	static {
		EVIDENCE.put(CROSS_DOMAIN_NETWORK,
				new Evidence(0,
						"Scholen, welzijn, kunst en cultuur en het buurthuis werken samen in %1$s; %2$s verbindt ze.",
						"Vooral de kunstaanbieder en de scholen werken samen; welzijn sluit nog weinig aan."));
		EVIDENCE.put(FIXED_CONTACT_PERSON,
				new Evidence(-1, "Elke partner heeft een vaste contactpersoon, te vinden in de partnerlijst.",
						"De meeste partners hebben een vaste contactpersoon; bij twee organisaties wisselt dat nog."));
		EVIDENCE.put(CLEAR_ROLES, new Evidence(0,
				"Afgesproken wie wegwijzer is, wie de kinderen bereikt en wie de plannen trekt; %2$s coördineert.",
				"Rollen zijn besproken in het netwerkoverleg, maar nog niet vastgelegd."));
		EVIDENCE.put(KEY_FIGURES,
				new Evidence(-1, "Sleutelfiguren uit de wijk zijn bij activiteiten aanwezig en brengen ouders mee.",
						"We kennen een paar sleutelfiguren; we betrekken ze nog niet vast."));
		EVIDENCE.put(SHARED_VISION,
				new Evidence(1,
						"De partners in %1$s hebben samen doelen voor de kinderen opgeschreven en houden zich eraan.",
						"Een eerste gesprek over gezamenlijke doelen is gevoerd; de tekst is nog niet klaar."));
		EVIDENCE.put(EQUAL_PARTNERSHIP,
				new Evidence(1, "Alle partners brengen onderwerpen in en beslissen mee in het overleg.",
						"Het overleg wordt nog vooral door de grote organisaties gevuld."));
		EVIDENCE.put(SHARED_PLATFORM,
				new Evidence(2, "Partners zien hun activiteiten, ideeën en contactmomenten in BinnenBuiten.",
						"Sinds kort houden we de activiteiten bij in BinnenBuiten; nog niet alle partners doen mee."));
		EVIDENCE.put(JOINT_COMMUNICATION,
				new Evidence(1, "Eén activiteitenoverzicht per seizoen voor ouders, via school en buurthuis.",
						"Elke partner communiceert nog apart; een gezamenlijk overzicht is in de maak."));
		EVIDENCE.put(YOUTH_PARTICIPATION,
				new Evidence(0,
						"Drie workshops met kinderen per jaar; hun ideeën staan op de lijst en een deel is uitgevoerd.",
						"Workshops met kinderen zijn gehouden; de ideeën worden nog niet stelselmatig opgevolgd."));
		EVIDENCE.put(PARTNER_STRENGTHS,
				new Evidence(0, "Van elke partner is bekend wat die biedt: aanbod, ruimte of bereik.",
						"Het aanbod van de kunstaanbieders is bekend; van de andere partners nog niet."));
		EVIDENCE.put(ROLE_MODELS,
				new Evidence(1, "Jongeren en docenten uit de wijk geven les en zijn herkenbaar voor de kinderen.",
						"We zoeken docenten en jongeren uit de wijk die les willen geven."));
		EVIDENCE.put(LANGUAGE_AND_DIGITAL,
				new Evidence(1,
						"Uitnodigingen in eenvoudige taal en hulp bij aanmelden in de bibliotheek en het buurthuis.",
						"Ouders haken af op aanmelden via internet; we proberen papieren aanmelding uit."));
		EVIDENCE.put(SAFE_SUPERVISION,
				new Evidence(-1, "Alle begeleiders hebben een VOG en er zijn steeds twee volwassenen aanwezig.",
						"De VOG's zijn aangevraagd; bij kleine activiteiten is soms één begeleider aanwezig."));
		EVIDENCE.put(FINANCIAL_ACCESS,
				new Evidence(-1, "Bijna alle activiteiten zijn gratis of met de Ooievaarspas te doen.",
						"De meeste activiteiten zijn gratis; voor de lessenreeksen zoeken we nog geld."));
		EVIDENCE.put(NO_OVERLAP, new Evidence(0,
				"De partners plannen in één agenda; er zijn geen botsende activiteiten meer.",
				"Er waren nog activiteiten voor dezelfde kinderen op hetzelfde uur; we stemmen nu per maand af."));
		EVIDENCE.put(SHARED_SPACES,
				new Evidence(0,
						"De gymzaal, de aula en de grote zaal van het buurthuis worden door alle partners gebruikt.",
						"Ruimtes worden gedeeld als iemand erom vraagt; vaste afspraken ontbreken nog."));
		EVIDENCE.put(SEVERAL_CHANNELS,
				new Evidence(-1, "Activiteiten staan in de schoolnieuwsbrief, op posters in de wijk en in de ouderapp.",
						"Promotie gaat nu vooral via de schoolnieuwsbrief."));
		EVIDENCE.put(NEIGHBOURHOOD_SITUATION,
				new Evidence(1, "Tijden en plekken passen bij de wijk: na schooltijd, dichtbij en binnen loopafstand.",
						"We brengen in kaart waar en wanneer kinderen in %1$s vrije tijd hebben."));
		EVIDENCE.put(CLEAR_GOALS, new Evidence(0, "Er is een jaarplan met doelen, geld en wie wat doet.",
				"Doelen zijn benoemd, maar geld en planning nog niet."));
		EVIDENCE.put(VISIBLE_CONTRIBUTION,
				new Evidence(3, "Partners laten in de jaarrapportage zien wat zij bijdragen.",
						"Partners vragen om een manier om hun bijdrage te laten zien; dat komt in de jaarrapportage."));
		EVIDENCE.put(EVALUATE_AND_ADJUST,
				new Evidence(1, "Na elk seizoen evalueren we met partners en kinderen en passen we het aanbod aan.",
						"Na de zomer evalueren we voor het eerst samen."));
	}

	/**
	 * Items that are easier (below 0) or harder (above 0) in one neighbourhood, as its
	 * profile tells.
	 */
	private static final Map<String, Map<ScanItem, Integer>> LOCAL_DIFFICULTY = Map.of("Vrederust",
			Map.of(LANGUAGE_AND_DIGITAL, -2), "Schilderswijk", Map.of(NO_OVERLAP, 2), "Moerwijk",
			Map.of(KEY_FIGURES, -1), "Duindorp", Map.of(KEY_FIGURES, -2, CROSS_DOMAIN_NETWORK, 1));

	private final ScanEntry scans;

	/**
	 * @param advisor who fills the scans in
	 * @param coordinator who signs them off
	 */
	void create(DemoNetwork network, Long advisor, Long coordinator) {
		for (DemoNeighbourhoods.Spec spec : DemoNeighbourhoods.SPECS) {
			Long id = network.neighbourhoods().get(spec.name());
			String broker = DemoTies.BROKERS.get(spec.name()).get(0);
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				this.scans.answer(id, year, answers(spec, broker, year), advisor);
				this.scans.signOff(id, year, coordinator);
			}
		}
	}

	private static Map<ScanItem, ScanAnswer> answers(DemoNeighbourhoods.Spec spec, String broker, int year) {
		Map<ScanItem, ScanAnswer> answers = new EnumMap<>(ScanItem.class);
		// The phase the neighbourhood is in now, reached in 2024; in 2023 a step before.
		int level = spec.phase().ordinal() - (LAST_YEAR - year);
		EVIDENCE.forEach((item, evidence) -> {
			int score = level - evidence.difficulty()
					- LOCAL_DIFFICULTY.getOrDefault(spec.name(), Map.of()).getOrDefault(item, 0);
			ItemStatus status = (score >= 2) ? ItemStatus.IN_PLACE
					: (score >= 0) ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_YET;
			String note = switch (status) {
				case IN_PLACE -> evidence.inPlace();
				case IN_PROGRESS -> evidence.onItsWay();
				case NOT_YET -> "Nog niet opgepakt in %1$s; staat op de agenda van het netwerkoverleg.";
			};
			answers.put(item, new ScanAnswer(status, String.format(note, spec.name(), broker)));
		});
		return answers;
	}

}
