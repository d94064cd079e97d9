package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopData;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Component;

/**
 * The demo workshops: three per neighbourhood per year in 2022–2024 (27 with 234 children
 * spoken to, the brochure's figures), plus one before and one after that period.
 */
@Component
@RequiredArgsConstructor
class DemoWorkshops {

	/** Children spoken to in workshop 0..26; sums to 234. */
	static final int[] CHILDREN = { 8, 9, 7, 10, 8, 9, 6, 12, 9, 8, 7, 11, 9, 8, 10, 7, 9, 8, 9, 10, 8, 7, 9, 8, 11, 8,
			9 };

	private static final String[] GROUPS = { "groep 5 en 6", "groep 6", "groep 7", "groep 8", "BSO-groep 8–11 jaar",
			"kinderraad van het buurthuis" };

	private final WorkshopService workshops;

	/** A created workshop, for the idea generator. */
	record Created(Long id, String neighbourhood, LocalDate heldOn, boolean inPeriod) {
	}

	/**
	 * @return the workshops in the order created: 27 in 2022–2024 first (neighbourhood by
	 * neighbourhood within each year), then the two outside the period
	 */
	List<Created> create(DemoNetwork network) {
		List<String> names = List.copyOf(network.neighbourhoods().keySet());
		List<Created> created = new ArrayList<>();
		for (int k = 0; k < CHILDREN.length; k++) {
			int year = 2022 + k / 9;
			String neighbourhood = names.get(k % 9);
			LocalDate heldOn = LocalDate.of(year, 2 + (k % 9), 5 + 2 * (k % 9));
			created
				.add(new Created(create(network, neighbourhood, heldOn, CHILDREN[k], k), neighbourhood, heldOn, true));
		}
		created.add(new Created(create(network, names.get(0), LocalDate.of(2021, 10, 12), 14, 27), names.get(0),
				LocalDate.of(2021, 10, 12), false));
		created.add(new Created(create(network, names.get(2), LocalDate.of(2025, 2, 11), 16, 28), names.get(2),
				LocalDate.of(2025, 2, 11), false));
		return created;
	}

	private Long create(DemoNetwork network, String neighbourhood, LocalDate heldOn, int children, int k) {
		List<Long> local = network.localPartners().get(neighbourhood);
		Long venue = local.get((k % 3 == 2) ? 4 : k % 2);
		Long facilitator = local.get(2);
		String group = GROUPS[k % GROUPS.length];
		String method = (k % 2 == 0)
				? "Droomkaarten en tekenen: elk kind tekent wat het in de vrije tijd wil doen, daarna kiezen we samen."
				: "Wijkwandeling met foto's van plekken (zonder kinderen erop), daarna ideeën verzamelen op post-its.";
		return this.workshops.create(new WorkshopData(heldOn, network.neighbourhoods().get(neighbourhood), venue,
				facilitator, children, 8, (k % 4 == 0) ? 11 : 12, group, method));
	}

}
