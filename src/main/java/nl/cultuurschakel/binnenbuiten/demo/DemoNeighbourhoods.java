package nl.cultuurschakel.binnenbuiten.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodData;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;

import org.springframework.stereotype.Component;

/**
 * The nine demo neighbourhoods of DOMAIN.md. Profiles and numbers are plausible demo
 * values, not official statistics.
 */
@Component
@RequiredArgsConstructor
class DemoNeighbourhoods {

	record Spec(String name, District district, EcosystemPhase phase, LocalDate activeSince, int children,
			String latitude, String longitude, String profile) {

		/** The first day from {@code notBefore} on that the neighbourhood is active. */
		LocalDate activeFrom(LocalDate notBefore) {
			return notBefore.isAfter(this.activeSince) ? notBefore : this.activeSince;
		}

	}

	static final List<Spec> SPECS = List.of(new Spec("Bouwlust", District.ESCAMP, EcosystemPhase.SUSTAINING,
			LocalDate.of(2020, 9, 1), 1850, "52.0390", "4.2560",
			"Pilotwijk sinds september 2020. Veel gezinnen met jonge kinderen; gemiddeld inkomen ruim onder "
					+ "het stedelijk gemiddelde. Twee brede scholen, een bibliotheekvestiging in de buurt en een "
					+ "Cruyff Court. Weinig buitenschools cultuuraanbod in de wijk zelf."),
			new Spec("Vrederust", District.ESCAMP, EcosystemPhase.SUSTAINING, LocalDate.of(2020, 9, 1), 1640, "52.0330",
					"4.2480",
					"Pilotwijk sinds september 2020, grenst aan Bouwlust. Actieve bewonersorganisaties en een "
							+ "wijkcentrum met ruimte voor activiteiten. Aandacht voor taalbarrières en digitale "
							+ "vaardigheden bij ouders."),
			new Spec("Moerwijk", District.ESCAMP, EcosystemPhase.REALISING, LocalDate.of(2021, 3, 1), 2100, "52.0530",
					"4.2850",
					"Een van de wijken met de hoogste achterstandsscores van de stad. Sterk netwerk van welzijn en "
							+ "sport; cultuuraanbod groeit via buitenactiviteiten in het park."),
			new Spec("Mariahoeve", District.HAAGSE_HOUT, EcosystemPhase.REALISING, LocalDate.of(2022, 1, 15), 1500,
					"52.0870", "4.3650",
					"Groene wijk met veel portiekflats. Zomerprogramma met partners in 2024. Welzijnsorganisatie "
							+ "is vast aanspreekpunt; het cultuuranker van het stadsdeel is dichtbij."),
			new Spec("Morgenstond", District.ESCAMP, EcosystemPhase.PARTICIPATION, LocalDate.of(2022, 4, 1), 1720,
					"52.0440", "4.2700",
					"Wijk in Zuidwest met een inkomen ongeveer 30% onder het stedelijk gemiddelde. Scholen zoeken "
							+ "aansluiting bij naschools aanbod; veel kinderen sporten bij de lokale club."),
			new Spec("Schilderswijk", District.CENTRUM, EcosystemPhase.REALISING, LocalDate.of(2021, 9, 1), 3900,
					"52.0680", "4.2980",
					"Dichtbevolkte, jonge wijk met veel nationaliteiten. Hoge achterstandsscore; veel organisaties "
							+ "actief, afstemming van aanbod is de uitdaging. Drukke straten, weinig speelruimte."),
			new Spec("Transvaal", District.CENTRUM, EcosystemPhase.BUILDING_NETWORK, LocalDate.of(2022, 9, 1), 2300,
					"52.0620", "4.2900",
					"Wijk met een markt, veel kleine ondernemers en een jonge bevolking. Netwerk in opbouw; "
							+ "sleutelfiguren bij het buurthuis en de moskee."),
			new Spec("Laakkwartier", District.LAAK, EcosystemPhase.PARTICIPATION, LocalDate.of(2022, 2, 1), 2600,
					"52.0670", "4.3250",
					"Gemengde wijk met het cultuuranker van Laak op loopafstand. Veel kinderen doen mee aan "
							+ "activiteiten van de brede school."),
			new Spec("Duindorp", District.SCHEVENINGEN, EcosystemPhase.BUILDING_NETWORK, LocalDate.of(2023, 1, 9), 900,
					"52.0980", "4.2550",
					"Hechte gemeenschap aan de haven met sterke eigen tradities. Weinig cultuuraanbod in de wijk; "
							+ "vertrouwen opbouwen via sleutelfiguren is de eerste stap."));

	private final NeighbourhoodService neighbourhoods;

	/**
	 * Creates the neighbourhoods and answers their ids by name, in the order above.
	 */
	Map<String, Long> create() {
		Map<String, Long> ids = new LinkedHashMap<>();
		for (Spec spec : SPECS) {
			NeighbourhoodData data = new NeighbourhoodData(spec.name(), spec.district(), spec.profile(),
					spec.children(), spec.activeSince(), new BigDecimal(spec.latitude()),
					new BigDecimal(spec.longitude()));
			Long id = this.neighbourhoods.create(data, EcosystemPhase.EXPLORING, spec.activeSince(), null);
			// Walk through the phases, half a year each, up to where the neighbourhood is
			// now.
			LocalDate on = spec.activeSince();
			for (EcosystemPhase phase : EcosystemPhase.values()) {
				if (phase.compareTo(EcosystemPhase.EXPLORING) > 0 && phase.compareTo(spec.phase()) <= 0) {
					on = on.plusMonths(6);
					this.neighbourhoods.changePhase(id, phase, on, null);
				}
			}
			ids.put(spec.name(), id);
		}
		return ids;
	}

}
