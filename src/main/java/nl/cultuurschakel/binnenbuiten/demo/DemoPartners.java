package nl.cultuurschakel.binnenbuiten.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipTerms;
import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerData;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerProfile;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.stereotype.Component;

import static nl.cultuurschakel.binnenbuiten.partner.MembershipRole.COORDINATION;
import static nl.cultuurschakel.binnenbuiten.partner.MembershipRole.KEY_FIGURE;
import static nl.cultuurschakel.binnenbuiten.partner.MembershipRole.PLAN_OWNER;
import static nl.cultuurschakel.binnenbuiten.partner.MembershipRole.TARGET_GROUP_LINK;
import static nl.cultuurschakel.binnenbuiten.partner.PartnerDomain.ARTS_CULTURE;
import static nl.cultuurschakel.binnenbuiten.partner.PartnerDomain.EDUCATION;
import static nl.cultuurschakel.binnenbuiten.partner.PartnerDomain.OTHER;
import static nl.cultuurschakel.binnenbuiten.partner.PartnerDomain.SOCIAL;

/**
 * Fictitious partner organisations of all four domains, their spaces and network
 * memberships: five local partners per neighbourhood (two schools, an arts provider, a
 * welfare organisation, a community centre or club) and 21 city-wide organisations.
 * Exactly 25 are knowledge partners, all with memberships in 2022–2024. Deterministic:
 * the same data on every run. Names, people and numbers are invented.
 */
@Component
@RequiredArgsConstructor
class DemoPartners {

	/**
	 * The organisation the demo partner user works for: a member in two neighbourhoods.
	 */
	static final String DEMO_USER_PARTNER = "Cultuurpunt Laak";

	private static final String[] FIRST_NAMES = { "Sanne", "Mehmet", "Fatima", "Joris", "Anouk", "Rachid", "Linda",
			"Kofi", "Esra", "Bram", "Noor", "Dewi", "Pieter", "Yara", "Samir", "Ingrid", "Tom", "Amira", "Ruben",
			"Chantal", "Mila", "Youssef", "Femke", "Niels" };

	private static final String[] LAST_NAMES = { "de Wit", "Yilmaz", "El Amrani", "Bakker", "Visser", "Boukhari",
			"Jansen", "Mensah", "Kaya", "van Dijk", "Hoekstra", "Soekhoe", "de Graaf", "Benali", "Ramdin", "Smit",
			"Meijer", "Haddou", "Mulder", "Pinas", "Vos", "Ouali", "Brouwer", "Kramer" };

	/**
	 * Per neighbourhood (same order as {@link DemoNeighbourhoods#SPECS}): school, school,
	 * arts, welfare, other.
	 */
	private static final String[][] LOCAL = {
			{ "Basisschool De Zeskant", "Brede school Het Klaverblad", "Atelier Kleurrijk", "Buurtwerk Bouwlust",
					"Sportclub Bouwlust United" },
			{ "Basisschool De Vlieger", "Brede school De Notenboom", "Muziekhoek Vrederust", "Buurtwerk Vrederust",
					"Wijkcentrum De Vredeshof" },
			{ "Basisschool Het Parkpad", "Brede school De Wereldboom", "Straattheater Moerwijk", "Buurtwerk Moerwijk",
					"Buurthuis De Schakel" },
			{ "Basisschool De Hoeve", "Brede school Het Rietveld", "Zangstudio Mariahoeve", "Buurtwerk Mariahoeve",
					"Speeltuinvereniging De Hoge Boom" },
			{ "Basisschool De Morgenster", "Brede school Het Zonnedal", "Dansstudio Morgenstond",
					"Buurtwerk Morgenstond", "Voetbalvereniging Morgenstond" },
			{ "Basisschool De Lantaarn", "Brede school Het Palet", "Kunstwerkplaats Schilders",
					"Buurtwerk Schilderswijk", "Wijkcentrum De Kleurenwaaier" },
			{ "Basisschool Het Marktplein", "Brede school De Karavaan", "Ritmehuis Transvaal", "Buurtwerk Transvaal",
					"Buurthuis De Oase" },
			{ "Basisschool De Spoorzoeker", "Brede school Het Laakhuis", "Fotoclub Laakkwartier",
					"Buurtwerk Laakkwartier", "Wijkcentrum De Laakbrug" },
			{ "Basisschool De Golfbreker", "Brede school Het Kompas", "Zeemanskoor Junior", "Buurtwerk Duindorp",
					"Buurthuis De Havenkant" } };

	private static final OfferTag[] LOCAL_ARTS_TAGS = { OfferTag.VISUAL_ARTS, OfferTag.MUSIC, OfferTag.THEATRE,
			OfferTag.MUSIC, OfferTag.DANCE, OfferTag.VISUAL_ARTS, OfferTag.MUSIC, OfferTag.MEDIA, OfferTag.MUSIC };

	/**
	 * City-wide organisations (all knowledge partners): name, domain, tags, the
	 * neighbourhoods (indexes) they work in, and their roles there.
	 */
	private record CityWide(String name, PartnerDomain domain, Set<OfferTag> tags, int[] neighbourhoods,
			Set<MembershipRole> roles) {

	}

	private static final List<CityWide> CITY_WIDE = List.of(
			new CityWide("Cultuuranker Zuidwest", ARTS_CULTURE, EnumSet.of(OfferTag.THEATRE, OfferTag.DANCE),
					new int[] { 0, 1, 2, 4 }, EnumSet.of(PLAN_OWNER, COORDINATION)),
			new CityWide("Podiumhuis Haagse Hout", ARTS_CULTURE, EnumSet.of(OfferTag.MUSIC, OfferTag.THEATRE),
					new int[] { 3 }, EnumSet.of(PLAN_OWNER, COORDINATION)),
			new CityWide(DEMO_USER_PARTNER, ARTS_CULTURE, EnumSet.of(OfferTag.THEATRE, OfferTag.MEDIA),
					new int[] { 7, 6 }, EnumSet.of(PLAN_OWNER, COORDINATION)),
			new CityWide("Cultuurhuis Centrum", ARTS_CULTURE, EnumSet.of(OfferTag.VISUAL_ARTS, OfferTag.MUSIC),
					new int[] { 5, 6 }, EnumSet.of(PLAN_OWNER)),
			new CityWide("Dansschool Zwierig", ARTS_CULTURE, EnumSet.of(OfferTag.DANCE), new int[] { 0, 3, 6 },
					EnumSet.of(PLAN_OWNER)),
			new CityWide("Muziekschool Toonladder", ARTS_CULTURE, EnumSet.of(OfferTag.MUSIC), new int[] { 1, 4 },
					EnumSet.of(PLAN_OWNER)),
			new CityWide("Theatergroep Spiegelbeeld", ARTS_CULTURE, EnumSet.of(OfferTag.THEATRE, OfferTag.LANGUAGE),
					new int[] { 2, 5, 8 }, EnumSet.of(PLAN_OWNER)),
			new CityWide("Beeldatelier De Kwast", ARTS_CULTURE, EnumSet.of(OfferTag.VISUAL_ARTS), new int[] { 3, 7 },
					EnumSet.noneOf(MembershipRole.class)),
			new CityWide("Medialab Pixelfabriek", ARTS_CULTURE, EnumSet.of(OfferTag.MEDIA, OfferTag.TECH),
					new int[] { 4, 7, 1 }, EnumSet.of(PLAN_OWNER)),
			new CityWide("TechnoLab Tandwiel", ARTS_CULTURE, EnumSet.of(OfferTag.TECH), new int[] { 5, 8 },
					EnumSet.of(PLAN_OWNER)),
			new CityWide("Verhalenhuis Duizend-en-een", ARTS_CULTURE, EnumSet.of(OfferTag.LANGUAGE, OfferTag.PARENTS),
					new int[] { 6, 0, 3 }, EnumSet.noneOf(MembershipRole.class)),
			new CityWide("Erfgoedclub Oud-Haags", ARTS_CULTURE, EnumSet.of(OfferTag.LANGUAGE), new int[] { 7, 2 },
					EnumSet.noneOf(MembershipRole.class)),
			new CityWide("Freestyle Voetbal Collectief", ARTS_CULTURE, EnumSet.of(OfferTag.SPORT, OfferTag.DANCE),
					new int[] { 8, 2, 5 }, EnumSet.of(TARGET_GROUP_LINK)),
			new CityWide("Hiphopcentrum Beat", ARTS_CULTURE, EnumSet.of(OfferTag.DANCE, OfferTag.MUSIC),
					new int[] { 0, 5 }, EnumSet.of(TARGET_GROUP_LINK)),
			new CityWide("Welzijn Zuidwest", SOCIAL, EnumSet.of(OfferTag.PARENTS), new int[] { 0, 1, 2, 4 },
					EnumSet.of(KEY_FIGURE, TARGET_GROUP_LINK)),
			new CityWide("Welzijn Centrum", SOCIAL, EnumSet.of(OfferTag.PARENTS, OfferTag.LANGUAGE), new int[] { 5, 6 },
					EnumSet.of(KEY_FIGURE, TARGET_GROUP_LINK)),
			new CityWide("Jeugdwerk Haagse Hout", SOCIAL, EnumSet.of(OfferTag.SPORT), new int[] { 3 },
					EnumSet.of(KEY_FIGURE, COORDINATION)),
			new CityWide("Welzijn Kust", SOCIAL, EnumSet.of(OfferTag.PARENTS), new int[] { 8, 7 },
					EnumSet.of(KEY_FIGURE)),
			new CityWide("Bibliotheekvestiging Zuidwest", OTHER, EnumSet.of(OfferTag.LANGUAGE, OfferTag.MEDIA),
					new int[] { 0, 1, 4 }, EnumSet.of(TARGET_GROUP_LINK)),
			new CityWide("Sportstichting Buiten Spelen", OTHER, EnumSet.of(OfferTag.SPORT), new int[] { 2, 5, 7, 8 },
					EnumSet.of(TARGET_GROUP_LINK)),
			new CityWide("Woonstichting Thuis in de Wijk", OTHER, EnumSet.noneOf(OfferTag.class), new int[] { 3, 6 },
					EnumSet.noneOf(MembershipRole.class)));

	/**
	 * Local arts providers of these neighbourhoods are knowledge partners too (21 + 4 =
	 * 25).
	 */
	private static final int LOCAL_KNOWLEDGE_PARTNERS = 4;

	private final PartnerService partners;

	private final MembershipService memberships;

	private int people;

	/** Near where the next partners are placed on the map ({@code null}: no position). */
	private GeoPoint near;

	/** Where the last partner registered was placed. */
	private GeoPoint placed;

	/**
	 * Offsets from {@link #near} in millionths of a degree (some 100 to 450 m), by
	 * person: no two of the first 77 partners share a spot.
	 */
	private static final int[] NORTH = { 1800, -1500, 600, -2600, 2300, -700, 3100 };

	private static final int[] EAST = { -2500, 1900, 3200, -900, 700, -3400, 2600, -1700, 1200, -4100, 4000 };

	/**
	 * Creates all demo partners with spaces and memberships.
	 * @param neighbourhoods neighbourhood ids by name, in the order of
	 * {@link DemoNeighbourhoods#SPECS}
	 * @return the neighbourhoods and the partners created
	 */
	DemoNetwork create(Map<String, Long> neighbourhoods) {
		List<Long> neighbourhoodIds = new ArrayList<>(neighbourhoods.values());
		Map<String, Long> ids = new LinkedHashMap<>();
		Map<String, List<Long>> local = new LinkedHashMap<>();
		for (int n = 0; n < LOCAL.length; n++) {
			LocalDate since = DemoNeighbourhoods.SPECS.get(n).activeSince();
			this.near = centreOf(n);
			Long neighbourhoodId = neighbourhoodIds.get(n);
			String[] names = LOCAL[n];
			ids.put(names[0], local(names[0], EDUCATION, false, EnumSet.of(OfferTag.PARENTS), "Gymzaal", 60,
					neighbourhoodId, since, EnumSet.of(TARGET_GROUP_LINK)));
			ids.put(names[1], local(names[1], EDUCATION, false, EnumSet.of(OfferTag.PARENTS, OfferTag.LANGUAGE), "Aula",
					120, neighbourhoodId, since.plusMonths(2), EnumSet.of(TARGET_GROUP_LINK, KEY_FIGURE)));
			ids.put(names[2],
					local(names[2], ARTS_CULTURE, n < LOCAL_KNOWLEDGE_PARTNERS, EnumSet.of(LOCAL_ARTS_TAGS[n]),
							"Studio", 20, neighbourhoodId, since.plusMonths(3), EnumSet.of(PLAN_OWNER)));
			ids.put(names[3], local(names[3], SOCIAL, false, EnumSet.of(OfferTag.PARENTS), null, 0, neighbourhoodId,
					since, EnumSet.of(KEY_FIGURE, COORDINATION)));
			ids.put(names[4], local(names[4], OTHER, false, EnumSet.of(OfferTag.SPORT), "Grote zaal", 80,
					neighbourhoodId, since.plusMonths(4), EnumSet.of(KEY_FIGURE)));
			local.put(DemoNeighbourhoods.SPECS.get(n).name(), List.of(ids.get(names[0]), ids.get(names[1]),
					ids.get(names[2]), ids.get(names[3]), ids.get(names[4])));
		}
		for (int c = 0; c < CITY_WIDE.size(); c++) {
			CityWide org = CITY_WIDE.get(c);
			// City-wide organisations sit near their first neighbourhood; every fourth
			// has
			// no position yet (listed "zonder locatie" under the map).
			this.near = (c % 4 == 3) ? null : centreOf(org.neighbourhoods()[0]);
			Long id = register(org.name(), org.domain(), true, org.tags());
			if (org.domain() == ARTS_CULTURE) {
				this.partners.addSpace(id, new SpaceData("Theaterzaal", 150, "Rolstoeltoegankelijk, ringleiding"));
			}
			for (int i = 0; i < org.neighbourhoods().length; i++) {
				int n = org.neighbourhoods()[i];
				LocalDate start = DemoNeighbourhoods.SPECS.get(n)
					.activeFrom(LocalDate.of(2021, 1, 1))
					.plusMonths(c % 5 + i * 3L);
				this.memberships.add(id, neighbourhoodIds.get(n),
						new MembershipTerms(new Period(start, endOf(c, i, start)), org.roles()));
			}
			ids.put(org.name(), id);
		}
		// One organisation joins a network after the 2022–2024 report period.
		this.memberships.add(ids.get("Dansschool Zwierig"), neighbourhoodIds.get(8),
				new MembershipTerms(new Period(LocalDate.of(2025, 3, 1), null), EnumSet.of(PLAN_OWNER)));
		return new DemoNetwork(neighbourhoods, ids, local);
	}

	/**
	 * A few memberships ended in mid-2023; the rest are open.
	 */
	private static LocalDate endOf(int organisation, int membership, LocalDate start) {
		LocalDate end = LocalDate.of(2023, 6, 30);
		return (membership > 0 && organisation % 4 == 3 && start.isBefore(end)) ? end : null;
	}

	private Long local(String name, PartnerDomain domain, boolean knowledgePartner, Set<OfferTag> tags, String space,
			int capacity, Long neighbourhoodId, LocalDate since, Set<MembershipRole> roles) {
		Long id = register(name, domain, knowledgePartner, tags);
		if (space != null) {
			// A studio is a few streets away from its arts provider; other spaces are
			// at the partner.
			GeoPoint own = "Studio".equals(space) ? this.placed.plusMicroDegrees(1400, 1900) : null;
			this.partners.addSpace(id, new SpaceData(space, capacity, "Begane grond, drempelvrij", false, own));
		}
		this.memberships.add(id, neighbourhoodId, new MembershipTerms(new Period(since, null), roles));
		return id;
	}

	private Long register(String name, PartnerDomain domain, boolean knowledgePartner, Set<OfferTag> tags) {
		int person = this.people++;
		String first = FIRST_NAMES[person % FIRST_NAMES.length];
		String last = LAST_NAMES[(person * 7) % LAST_NAMES.length];
		String slug = slug(name);
		this.placed = (this.near != null)
				? this.near.plusMicroDegrees(NORTH[person % NORTH.length], EAST[(person * 3) % EAST.length]) : null;
		PartnerProfile profile = new PartnerProfile(first + " " + last,
				slug(first) + "." + slug(last) + "@" + slug + ".example", String.format("070 555 %04d", 1000 + person),
				"https://www." + slug + ".example", "Voorbeeldstraat " + (person + 1) + ", Den Haag", offer(domain),
				tags, this.placed);
		return this.partners.register(new PartnerData(name, domain, knowledgePartner, profile));
	}

	private static String offer(PartnerDomain domain) {
		return switch (domain) {
			case ARTS_CULTURE -> "Workshops en lessenreeksen voor kinderen van 8 tot 12 jaar, na schooltijd en in "
					+ "de vakanties. Docenten komen ook naar de wijk.";
			case SOCIAL -> "Kent de gezinnen in de wijk, brengt ouders en kinderen in contact met aanbod en helpt "
					+ "drempels weg te nemen.";
			case EDUCATION ->
				"Brede school met naschoolse activiteiten; deelt ruimtes en helpt kinderen en ouders " + "te bereiken.";
			case OTHER -> "Biedt ruimte, vrijwilligers en een vertrouwde plek in de wijk.";
		};
	}

	private static GeoPoint centreOf(int neighbourhood) {
		DemoNeighbourhoods.Spec spec = DemoNeighbourhoods.SPECS.get(neighbourhood);
		return new GeoPoint(spec.latitude(), spec.longitude());
	}

	private static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

}
