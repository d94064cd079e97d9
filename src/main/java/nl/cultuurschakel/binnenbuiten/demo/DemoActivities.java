package nl.cultuurschakel.binnenbuiten.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityData;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.activity.PromotionChannel;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Deterministic demo activities (fixed seed): exactly {@value #IN_REPORT_PERIOD}
 * activities in 2022–2024 that are not cancelled — weekly and fortnightly series of
 * lessons plus one-off events — and some cancelled ones, some in 2021 and some in
 * 2025–2026. Includes a one-off "Freestyle voetbalshow" in Moerwijk and a series
 * "Technisch Lego" in Bouwlust (children's ideas link to them by title), and a handful of
 * deliberate overlaps. {@link DemoTies} adds co-organisers (the neighbourhood's broker
 * and others) to series and to some one-off activities.
 */
@Component
@RequiredArgsConstructor
class DemoActivities {

	static final int IN_REPORT_PERIOD = 593;

	static final String FREESTYLE_SHOW = "Freestyle voetbalshow";

	static final String TECHNICAL_LEGO = "Technisch Lego";

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	/**
	 * Activities before this day are done, later ones still planned (fixed, not "today").
	 */
	private static final LocalDate DONE_BEFORE = LocalDate.of(2026, 7, 1);

	private static final int DELIBERATE_OVERLAPS = 6;

	private static final int CANCELLED_IN_PERIOD = 14;

	private record Lesson(String title, Discipline discipline, int minAge, int maxAge) {
	}

	private static final List<Lesson> LESSONS = List.of(new Lesson("Hiphop dansles", Discipline.DANCE, 8, 12),
			new Lesson("Ritme en percussie", Discipline.MUSIC, 8, 12),
			new Lesson("Theaterworkshop", Discipline.THEATRE, 9, 12),
			new Lesson("Striptekenen", Discipline.VISUAL_ARTS, 8, 11),
			new Lesson("Vloggen en film maken", Discipline.MEDIA_DIGITAL, 10, 12),
			new Lesson("Programmeren met robots", Discipline.CRAFT_TECH, 9, 12),
			new Lesson("Verhalen vertellen", Discipline.LITERATURE_STORYTELLING, 6, 9),
			new Lesson("Graffiti en street art", Discipline.VISUAL_ARTS, 10, 12),
			new Lesson("Kinderkoor", Discipline.MUSIC, 7, 12), new Lesson("Breakdance", Discipline.DANCE, 8, 12),
			new Lesson("Fotografie in de wijk", Discipline.MEDIA_DIGITAL, 9, 12),
			new Lesson("Voetbal en dans", Discipline.SPORT_CULTURE, 8, 12));

	private static final List<Lesson> EVENTS = List.of(new Lesson("Wijkfestival", Discipline.OTHER, 4, 12),
			new Lesson("Open podium", Discipline.THEATRE, 8, 12),
			new Lesson("Kunstmarkt voor kinderen", Discipline.VISUAL_ARTS, 6, 12),
			new Lesson("Muziekmiddag", Discipline.MUSIC, 6, 12),
			new Lesson("Erfgoedspeurtocht", Discipline.HERITAGE, 8, 12),
			new Lesson("Lampionnen maken", Discipline.CRAFT_TECH, 4, 10),
			new Lesson("Voorstelling in de aula", Discipline.THEATRE, 6, 12),
			new Lesson("Dansbattle", Discipline.DANCE, 9, 12),
			new Lesson("Voorleesmiddag", Discipline.LITERATURE_STORYTELLING, 4, 8),
			new Lesson("Minecraft-bouwmiddag", Discipline.MEDIA_DIGITAL, 8, 12));

	/** A start and end time on one day. */
	private record Slot(LocalTime start, LocalTime end) {

		static Slot of(int startHour, int startMinute, int endHour, int endMinute) {
			return new Slot(LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute));
		}

		boolean overlaps(Slot other) {
			return this.start.isBefore(other.end) && other.start.isBefore(this.end);
		}

	}

	private static final List<Slot> EVENT_SLOTS = List.of(Slot.of(10, 0, 12, 0), Slot.of(13, 0, 15, 0),
			Slot.of(14, 0, 16, 30), Slot.of(18, 30, 20, 0));

	private static final Slot LESSON_SLOT = Slot.of(15, 30, 17, 0);

	private static final Slot TRIAL_LESSON_SLOT = Slot.of(16, 0, 17, 30);

	private static final List<String> CANCEL_REASONS = List.of("Te weinig aanmeldingen", "Docent ziek, geen vervanging",
			"Slecht weer, buitenlocatie niet bruikbaar");

	/** A day in a neighbourhood (by its index in the generator's names). */
	private record NeighbourhoodDay(int neighbourhood, LocalDate date) {
	}

	/** A day in a shared space. */
	private record SpaceDay(Long spaceId, LocalDate date) {
	}

	private final ActivityService activities;

	private final PartnerService partners;

	private final DemoBatches batches;

	private final DemoTies ties;

	/**
	 * @return how many activities were created
	 */
	int create(DemoNetwork network) {
		long started = System.nanoTime();
		Generator generator = new Generator(network);
		int created = this.batches.run(generator::run);
		log.info("Demo activities loaded: {} in {} ms", created, (System.nanoTime() - started) / 1_000_000);
		return created;
	}

	/**
	 * One run: its random numbers (fixed seed) and the bookings made so far, so the demo
	 * data has no accidental overlaps or double bookings.
	 */
	private final class Generator {

		private final Random random = new Random(20220101L);

		private final DemoNetwork network;

		private final DemoTies.Plan coOrganisers;

		private final List<String> names;

		private final Map<NeighbourhoodDay, List<Slot>> neighbourhoodBookings = new HashMap<>();

		private final Map<SpaceDay, List<Slot>> spaceBookings = new HashMap<>();

		private final Map<Long, List<SpaceView>> spaces = new HashMap<>();

		private final List<Long> created = new ArrayList<>();

		/** The neighbourhood and date of every lesson of a series in 2022–2024. */
		private final List<NeighbourhoodDay> lessonDays = new ArrayList<>();

		private int inPeriod;

		Generator(DemoNetwork network) {
			this.network = network;
			this.coOrganisers = DemoActivities.this.ties.plan(network);
			this.names = List.copyOf(network.neighbourhoods().keySet());
		}

		int run() {
			LocalDate showDay = LocalDate.of(2023, 6, 14);
			oneOff(neighbourhood("Moerwijk"), new Lesson(FREESTYLE_SHOW, Discipline.SPORT_CULTURE, 8, 12), showDay,
					EVENT_SLOTS.get(2), true);
			series(neighbourhood("Bouwlust"), new Lesson(TECHNICAL_LEGO, Discipline.CRAFT_TECH, 8, 12),
					LocalDate.of(2023, 10, 4), Recurrence.WEEKLY, 8, true);
			seriesInTerms();
			while (this.inPeriod < IN_REPORT_PERIOD - DELIBERATE_OVERLAPS) {
				int n = this.random.nextInt(this.names.size());
				LocalDate day = randomDay(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), n);
				oneOff(n, EVENTS.get(this.random.nextInt(EVENTS.size())), day, null, true);
			}
			deliberateOverlaps();
			cancelledOnes();
			outsidePeriod();
			return this.created.size();
		}

		/**
		 * Lessons per neighbourhood per school term, weekly or fortnightly, once the
		 * neighbourhood is active; about half of the activities.
		 */
		private void seriesInTerms() {
			for (int year = 2022; year <= 2024; year++) {
				for (LocalDate termStart : List.of(LocalDate.of(year, 2, 6), LocalDate.of(year, 9, 18))) {
					for (int n = 0; n < this.names.size(); n++) {
						if (DemoNeighbourhoods.SPECS.get(n).activeSince().isAfter(termStart)) {
							continue;
						}
						int count = 1 + ((n + year) % 3 == 0 ? 1 : 0);
						for (int s = 0; s < count; s++) {
							Lesson lesson = LESSONS
								.get((n * 5 + year * 3 + s * 7 + termStart.getMonthValue()) % LESSONS.size());
							LocalDate first = termStart
								.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + (n + s * 2) % 5)));
							boolean weekly = (n + s + year) % 4 != 0;
							series(n, lesson, first, weekly ? Recurrence.WEEKLY : Recurrence.FORTNIGHTLY,
									weekly ? 6 + this.random.nextInt(4) : 5 + this.random.nextInt(3), true);
						}
					}
				}
			}
		}

		/**
		 * A one-off in the same neighbourhood, at the same time and for the same ages as
		 * a lesson of a series: the conflicts page shows these.
		 */
		private void deliberateOverlaps() {
			List<NeighbourhoodDay> lessons = this.lessonDays.stream()
				.filter((lesson) -> lesson.date().getYear() >= 2023)
				.toList();
			for (int i = 0; i < DELIBERATE_OVERLAPS; i++) {
				NeighbourhoodDay lesson = lessons.get((i * 37) % lessons.size());
				int n = lesson.neighbourhood();
				LocalDate day = lesson.date();
				Lesson trial = LESSONS.get(i % LESSONS.size());
				Long id = plan(n, new Lesson("Proefles " + trial.title().toLowerCase(), trial.discipline(), 8, 12), day,
						TRIAL_LESSON_SLOT, "Speeltuin " + this.names.get(n), null, true);
				finish(id, day);
				this.inPeriod++;
			}
		}

		private void cancelledOnes() {
			for (int i = 0; i < CANCELLED_IN_PERIOD; i++) {
				int n = i % this.names.size();
				LocalDate day = randomDay(LocalDate.of(2022, 4, 1), LocalDate.of(2024, 12, 20), n);
				Long id = oneOff(n, EVENTS.get(i % EVENTS.size()), day, null, false);
				if (id != null) {
					DemoActivities.this.activities.cancel(id, CANCEL_REASONS.get(i % CANCEL_REASONS.size()));
				}
			}
		}

		private void outsidePeriod() {
			for (int i = 0; i < 24; i++) {
				int n = i % 3;
				oneOff(n, EVENTS.get(i % EVENTS.size()),
						randomDay(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 12, 18), n), null, false);
			}
			series(neighbourhood("Bouwlust"), LESSONS.get(0), LocalDate.of(2021, 9, 20), Recurrence.WEEKLY, 8, false);
			for (LocalDate termStart : List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 9, 15),
					LocalDate.of(2026, 2, 2), LocalDate.of(2026, 9, 14))) {
				for (int n = 0; n < this.names.size(); n += 2) {
					series(n, LESSONS.get((n + termStart.getYear()) % LESSONS.size()),
							termStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + n % 5))), Recurrence.WEEKLY, 6,
							false);
				}
			}
			for (int i = 0; i < 40; i++) {
				int n = i % this.names.size();
				Long id = oneOff(n, EVENTS.get((i * 3) % EVENTS.size()),
						randomDay(LocalDate.of(2025, 1, 6), LocalDate.of(2026, 12, 19), n), null, false);
				if (id != null && i % 10 == 9) {
					DemoActivities.this.activities.cancel(id, CANCEL_REASONS.get(i % CANCEL_REASONS.size()));
				}
			}
		}

		private void series(int n, Lesson lesson, LocalDate first, Recurrence recurrence, int occurrences,
				boolean countInPeriod) {
			SeriesPlan plan = new SeriesPlan(recurrence, null, occurrences);
			List<LocalDate> dates = plan.dates(first);
			Slot slot = LESSON_SLOT;
			List<Long> local = this.network.localPartners().get(this.names.get(n));
			Long organiser = local.get(2);
			Long host = local.get((lesson.discipline() == Discipline.SPORT_CULTURE) ? 4 : (first.getDayOfMonth() % 2));
			SpaceView space = firstSpace(host);
			if (space != null && dates.stream()
				.anyMatch((date) -> booked(this.spaceBookings, new SpaceDay(space.id(), date), slot))) {
				return;
			}
			if (dates.stream()
				.anyMatch((date) -> booked(this.neighbourhoodBookings, new NeighbourhoodDay(n, date), slot))) {
				return;
			}
			Set<Long> organisers = new LinkedHashSet<>(List.of(organiser, host));
			organisers.addAll(this.coOrganisers.ofSeries(this.network.neighbourhoods().get(this.names.get(n)), first));
			ActivityData data = data(n, lesson, first, slot, (space != null) ? space.id() : null,
					(space != null) ? null : "Wijkcentrum " + this.names.get(n), organisers);
			List<Long> ids = DemoActivities.this.activities.plan(data, plan, true);
			for (int i = 0; i < ids.size(); i++) {
				book(n, (space != null) ? space.id() : null, dates.get(i), slot);
				finish(ids.get(i), dates.get(i));
			}
			if (countInPeriod) {
				this.inPeriod += ids.size();
				dates.forEach((date) -> this.lessonDays.add(new NeighbourhoodDay(n, date)));
			}
		}

		private Long oneOff(int n, Lesson lesson, LocalDate day, Slot fixedSlot, boolean countInPeriod) {
			List<Long> local = this.network.localPartners().get(this.names.get(n));
			Long organiser = local.get(3 + this.random.nextInt(2));
			SpaceView space = firstSpace(local.get(4));
			for (int attempt = 0; attempt < 14; attempt++) {
				LocalDate date = day.plusDays(attempt);
				for (int s = 0; s < EVENT_SLOTS.size(); s++) {
					Slot slot = (fixedSlot != null) ? fixedSlot
							: EVENT_SLOTS.get((s + date.getDayOfYear()) % EVENT_SLOTS.size());
					if (booked(this.neighbourhoodBookings, new NeighbourhoodDay(n, date), slot)) {
						continue;
					}
					boolean spaceFree = space != null
							&& !booked(this.spaceBookings, new SpaceDay(space.id(), date), slot);
					Set<Long> organisers = new LinkedHashSet<>(List.of(organiser));
					organisers.addAll(this.coOrganisers.coOrganisers(
							this.network.neighbourhoods().get(this.names.get(n)), date, organiser, local.get(2)));
					Long id = plan(n, lesson, date, slot, spaceFree ? null : "Wijkpark " + this.names.get(n),
							spaceFree ? space.id() : null, true, organisers);
					book(n, spaceFree ? space.id() : null, date, slot);
					finish(id, date);
					if (countInPeriod) {
						this.inPeriod++;
					}
					return id;
				}
			}
			return null;
		}

		private Long plan(int n, Lesson lesson, LocalDate date, Slot slot, String address, Long spaceId,
				boolean confirmed) {
			return plan(n, lesson, date, slot, address, spaceId, confirmed,
					Set.of(this.network.localPartners().get(this.names.get(n)).get(3)));
		}

		private Long plan(int n, Lesson lesson, LocalDate date, Slot slot, String address, Long spaceId,
				boolean confirmed, Set<Long> organisers) {
			ActivityData data = data(n, lesson, date, slot, spaceId, address, organisers);
			return DemoActivities.this.activities.plan(data, null, confirmed).get(0);
		}

		private ActivityData data(int n, Lesson lesson, LocalDate date, Slot slot, Long spaceId, String address,
				Set<Long> organisers) {
			int roll = this.random.nextInt(10);
			CostType cost = (roll < 6) ? CostType.FREE : (roll < 9) ? CostType.OOIEVAARSPAS : CostType.PAID;
			BigDecimal price = (cost == CostType.PAID) ? new BigDecimal((roll % 2 == 0) ? "2.50" : "5.00") : null;
			Set<PromotionChannel> channels = new LinkedHashSet<>(EnumSet.of(PromotionChannel.SCHOOL_NEWSLETTER));
			channels.add(PromotionChannel.values()[1 + this.random.nextInt(PromotionChannel.values().length - 1)]);
			return new ActivityData(lesson.title(),
					lesson.title() + " voor kinderen uit " + this.names.get(n) + ", samen met partners uit de wijk.",
					this.network.neighbourhoods().get(this.names.get(n)), organisers, date, slot.start(), slot.end(),
					spaceId, address, lesson.discipline(), lesson.minAge(), lesson.maxAge(),
					15 + this.random.nextInt(4) * 5, cost, price, "Drempelvrij; begeleiders aanwezig", channels, null);
		}

		private void finish(Long id, LocalDate date) {
			this.created.add(id);
			if (date.isBefore(DONE_BEFORE)) {
				DemoActivities.this.activities.markDone(id, 8 + this.random.nextInt(18));
			}
			DemoActivities.this.batches.written(this.created.size());
		}

		private SpaceView firstSpace(Long partnerId) {
			List<SpaceView> found = this.spaces.computeIfAbsent(partnerId,
					(id) -> DemoActivities.this.partners.spaces(id));
			return found.isEmpty() ? null : found.get(0);
		}

		private LocalDate randomDay(LocalDate from, LocalDate to, int n) {
			LocalDate start = DemoNeighbourhoods.SPECS.get(n).activeFrom(from);
			long days = to.toEpochDay() - start.toEpochDay();
			LocalDate day = start.plusDays(this.random.nextInt((int) days + 1));
			// Events fall on Wednesdays and Saturdays.
			LocalDate event = day.with(TemporalAdjusters
				.nextOrSame((this.random.nextBoolean()) ? DayOfWeek.WEDNESDAY : DayOfWeek.SATURDAY));
			return event.isAfter(to.minusDays(14)) ? event.minusWeeks(3) : event;
		}

		private static <K> boolean booked(Map<K, List<Slot>> bookings, K place, Slot slot) {
			return bookings.getOrDefault(place, List.of()).stream().anyMatch(slot::overlaps);
		}

		private void book(int n, Long spaceId, LocalDate date, Slot slot) {
			this.neighbourhoodBookings.computeIfAbsent(new NeighbourhoodDay(n, date), (key) -> new ArrayList<>())
				.add(slot);
			if (spaceId != null) {
				this.spaceBookings.computeIfAbsent(new SpaceDay(spaceId, date), (key) -> new ArrayList<>()).add(slot);
			}
		}

		private int neighbourhood(String name) {
			return this.names.indexOf(name);
		}

	}

}
