package nl.cultuurschakel.binnenbuiten.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Component;

/**
 * Demo contact moments: exactly 555 in 2022–2024, of which 261 with arts and culture
 * providers and 139 with the social domain (47% and 25%, as in the brochure), the rest
 * with schools and other partners; plus some in 2021 and in 2025–2026 so the period
 * filter matters. {@link DemoTies} decides which other partners are present.
 * Deterministic: a fixed seed decides every other choice.
 */
@Component
@RequiredArgsConstructor
class DemoContacts {

	static final LocalDate PERIOD_START = LocalDate.of(2022, 1, 1);

	static final LocalDate PERIOD_END = LocalDate.of(2024, 12, 31);

	/** Contacts per counterpart domain in 2022–2024. */
	static final Map<PartnerDomain, Integer> IN_PERIOD = new EnumMap<>(Map.of(PartnerDomain.ARTS_CULTURE, 261,
			PartnerDomain.SOCIAL, 139, PartnerDomain.EDUCATION, 101, PartnerDomain.OTHER, 54));

	private static final int BEFORE_PERIOD = 42;

	private static final int AFTER_PERIOD = 68;

	private static final Map<PartnerDomain, String[]> SUBJECTS = new EnumMap<>(Map
		.of(PartnerDomain.ARTS_CULTURE,
				new String[] { "Aanbod voor de zomervakantie afstemmen", "Lessenreeks na schooltijd plannen",
						"Idee van kinderen bespreken", "Voorstelling in de wijk voorbereiden",
						"Evaluatie workshopreeks", "Financiële bijdrage aanvragen", "Ruimte delen voor repetities" },
				PartnerDomain.SOCIAL, new String[] { "Ouders bereiken met het aanbod", "Sleutelfiguren in de wijk",
						"Drempels voor gezinnen", "Jeugdparticipatie voorbereiden", "Signalen uit de wijk" },
				PartnerDomain.EDUCATION,
				new String[] { "Naschools aanbod op school", "Workshop met groep 6 plannen", "Cultuurcoach inzetten",
						"Terugkoppeling aan de kinderen" },
				PartnerDomain.OTHER, new String[] { "Gebruik van de zaal", "Samenwerking in de wijk",
						"Promotie via het wijkcentrum", "Activiteit in de bibliotheek" }));

	private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

	private final ContactService contacts;

	private final PartnerService partners;

	private final MembershipService memberships;

	private final DemoBatches batches;

	private final DemoTies ties;

	void create(DemoNetwork network, List<Long> advisors) {
		DemoTies.Plan present = this.ties.plan(network);
		this.batches.run(() -> createAll(network, advisors, present));
	}

	private void createAll(DemoNetwork network, List<Long> advisors, DemoTies.Plan present) {
		long started = System.nanoTime();
		Random random = new Random(555);
		Map<PartnerDomain, List<PartnerOption>> byDomain = new EnumMap<>(PartnerDomain.class);
		for (PartnerOption option : this.partners.options()) {
			byDomain.computeIfAbsent(option.domain(), (domain) -> new ArrayList<>()).add(option);
		}
		List<PartnerDomain> domains = new ArrayList<>();
		IN_PERIOD.forEach((domain, count) -> domains.addAll(Collections.nCopies(count, domain)));
		Collections.shuffle(domains, random);
		int total = 0;
		for (int i = 0; i < domains.size(); i++) {
			LocalDate date = weekday(PERIOD_START.plusDays((long) i * 1096 / domains.size()));
			log(date, domains.get(i), byDomain, advisors, random, present);
			this.batches.written(++total);
		}
		for (int i = 0; i < BEFORE_PERIOD; i++) {
			log(weekday(LocalDate.of(2021, 1, 4).plusDays(i * 8L)), pick(random), byDomain, advisors, random, present);
			this.batches.written(++total);
		}
		for (int i = 0; i < AFTER_PERIOD; i++) {
			log(weekday(LocalDate.of(2025, 1, 6).plusDays(i * 10L)), pick(random), byDomain, advisors, random, present);
			this.batches.written(++total);
		}
		log.info("Demo contact moments loaded: {} in {} ms", total, (System.nanoTime() - started) / 1_000_000);
	}

	private void log(LocalDate date, PartnerDomain domain, Map<PartnerDomain, List<PartnerOption>> byDomain,
			List<Long> advisors, Random random, DemoTies.Plan present) {
		List<PartnerOption> candidates = byDomain.get(domain);
		PartnerOption counterpart = candidates.get(random.nextInt(candidates.size()));
		List<Long> neighbourhoods = this.memberships.currentNeighbourhoodIds(counterpart.id(), date);
		Long neighbourhood = neighbourhoods.isEmpty() ? null
				: neighbourhoods.get(random.nextInt(neighbourhoods.size()));
		String[] subjects = SUBJECTS.get(domain);
		ContactKind kind = ContactKind.values()[random.nextInt(ContactKind.values().length)];
		boolean withFollowUp = random.nextInt(100) < 15;
		LocalDate due = date.plusDays(7 + random.nextInt(21));
		boolean done = due.isBefore(LocalDate.of(2026, 10, 1));
		this.contacts.log(new ContactData(date, advisors.get(random.nextInt(advisors.size())), counterpart.id(),
				present.presentAt(neighbourhood, date, counterpart.id()), neighbourhood, kind,
				subjects[random.nextInt(subjects.length)], "Korte notitie van het gesprek (demo).",
				withFollowUp ? "Terugbellen over de afspraken" : null, withFollowUp ? due : null, withFollowUp && done),
				UUID.nameUUIDFromBytes((date + "/" + random.nextLong()).getBytes()));
	}

	private static PartnerDomain pick(Random random) {
		return PartnerDomain.values()[random.nextInt(PartnerDomain.values().length)];
	}

	private static LocalDate weekday(LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return date.plusDays(2);
		}
		if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return date.plusDays(1);
		}
		return date;
	}

}
