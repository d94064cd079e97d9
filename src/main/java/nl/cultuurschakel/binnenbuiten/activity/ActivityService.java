package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceOption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's API: plan, change, cancel and complete activities and series,
 * with overlap warnings and double-booking checks; lists, calendar, clashes; and the seam
 * the idea module uses to link ideas to activities.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityService {

	private final ActivityRepository activities;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final SourceIdeas sourceIdeas;

	private final ActivityClashes clashes;

	private final ApplicationEventPublisher events;

	/**
	 * A page of the activities that match the filter, with the names lists show.
	 */
	public Page<ActivityListItem> find(ActivityFilter filter, Pageable pageable) {
		Page<ActivityRow> rows = this.activities.findBy(ActivitySpecifications.matching(filter),
				(query) -> query.as(ActivityRow.class).page(pageable));
		return rows.map(listItems(rows.getContent()));
	}

	public ActivityDetails get(Long id) {
		Activity activity = load(id);
		ActivityData data = activity.data();
		String neighbourhood = this.neighbourhoods.get(data.neighbourhoodId()).name();
		List<String> partnerNames = this.partners.names(data.partnerIds())
			.values()
			.stream()
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		String ideaTitle = sourceIdea(data.sourceIdeaId()).map(SourceIdeas.SourceIdea::title).orElse(null);
		return new ActivityDetails(id, data, neighbourhood, partnerNames,
				location(data.spaceId(), data.address(), spaceNames()), activity.getStatus(),
				activity.getCancelReason(), activity.getChildrenReached(), ideaTitle, activity.getSeriesId(),
				activity.getVersion());
	}

	/**
	 * Plans one activity, or a series when {@code series} is given (each occurrence its
	 * own activity).
	 * @return the ids, in date order
	 * @throws ActivityClashException on a double booking, or on overlaps when
	 * {@code overlapsConfirmed} is false
	 */
	@Transactional
	public List<Long> plan(ActivityData data, SeriesPlan series, boolean overlapsConfirmed) {
		checkReferences(data);
		List<LocalDate> dates = (series != null) ? series.dates(data.date()) : List.of(data.date());
		List<ActivityData> occurrences = dates.stream().map(data::on).toList();
		this.clashes.check(occurrences, Set.of(), overlapsConfirmed);
		UUID seriesId = (series != null) ? UUID.randomUUID() : null;
		List<Activity> saved = this.activities
			.saveAll(occurrences.stream().map((occurrence) -> new Activity(occurrence, seriesId)).toList());
		return saved.stream().map(Activity::getId).toList();
	}

	/**
	 * Changes one activity, or with {@code following} also every later, not cancelled
	 * occurrence of its series (each moved by as many days as this one is moved).
	 * @return how many activities changed
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 * @throws ActivityClashException as for {@link #plan}
	 */
	@Transactional
	public int update(Long id, ActivityData data, long version, boolean following, boolean overlapsConfirmed) {
		return update(id, data, version, following, overlapsConfirmed, null);
	}

	/**
	 * As {@link #update(Long, ActivityData, long, boolean, boolean)}, but later
	 * occurrences change only when {@code organiserId} organises them (a partner user
	 * changes only the own organisation's activities); {@code null} for no restriction.
	 */
	@Transactional
	public int update(Long id, ActivityData data, long version, boolean following, boolean overlapsConfirmed,
			Long organiserId) {
		Activity activity = load(id);
		activity.checkVersion(version);
		checkReferences(data);
		List<Activity> targets = (following && activity.getSeriesId() != null)
				? this.activities.findSeriesFrom(activity.getSeriesId(), activity.getDate())
					.stream()
					.filter((target) -> target == activity || organiserId == null
							|| target.getPartnerIds().contains(organiserId))
					.toList()
				: List.of(activity);
		long shift = ChronoUnit.DAYS.between(activity.getDate(), data.date());
		List<ActivityData> changed = targets.stream()
			.map((target) -> (target == activity) ? data : data.on(target.getDate().plusDays(shift)))
			.toList();
		this.clashes.check(changed, targets.stream().map(Activity::getId).collect(Collectors.toSet()),
				overlapsConfirmed);
		for (int i = 0; i < targets.size(); i++) {
			targets.get(i).describe(changed.get(i));
		}
		return targets.size();
	}

	/**
	 * The clashes an activity (or series) would have, without saving anything.
	 */
	public List<Clash> clashes(List<ActivityData> occurrences, Set<Long> ignoredIds) {
		return this.clashes.clashes(occurrences, ignoredIds);
	}

	/**
	 * Every clash in a period (inclusive), optionally for one neighbourhood, for planning
	 * meetings.
	 */
	public List<Clash> conflicts(LocalDate from, LocalDate to, Long neighbourhoodId) {
		return this.clashes.conflicts(from, to, neighbourhoodId);
	}

	/**
	 * The activities in a period (of a neighbourhood, or all) that clash with another
	 * one, each with its most serious kind of clash (a double booking before an overlap).
	 */
	public Map<Long, ClashKind> clashingActivities(LocalDate from, LocalDate to, Long neighbourhoodId) {
		return this.clashes.clashingActivities(from, to, neighbourhoodId);
	}

	/**
	 * What takes place in a shared space in a period, cancelled activities included.
	 */
	public List<ActivityListItem> inSpace(Long spaceId, LocalDate from, LocalDate to) {
		List<ActivityRow> rows = this.activities.findInSpace(spaceId, from, to);
		return rows.stream().map(listItems(rows)).toList();
	}

	/**
	 * Every occurrence of a series in date order, cancelled ones included, as far as the
	 * user may see them.
	 * @param visibleNeighbourhoods the neighbourhoods the user may see, {@code null} for
	 * all
	 * @return empty when the series does not exist or the user may see none of it
	 */
	public List<ActivityListItem> series(UUID seriesId, Set<Long> visibleNeighbourhoods) {
		List<ActivityRow> rows = this.activities.findSeriesRows(seriesId)
			.stream()
			.filter((row) -> visibleNeighbourhoods == null || visibleNeighbourhoods.contains(row.neighbourhoodId()))
			.toList();
		return rows.stream().map(listItems(rows)).toList();
	}

	/**
	 * Records that the activity took place; publishes {@link ActivityCompleted}.
	 */
	@Transactional
	public void markDone(Long id, int childrenReached) {
		Activity activity = load(id);
		activity.markDone(childrenReached);
		this.events
			.publishEvent(new ActivityCompleted(id, activity.getSourceIdeaId(), activity.getDate(), childrenReached));
	}

	@Transactional
	public void cancel(Long id, String reason) {
		load(id).cancel(reason);
	}

	@Transactional
	public void delete(Long id) {
		this.activities.delete(load(id));
	}

	/**
	 * The ideas the form may offer for a neighbourhood, newest first, whose title
	 * contains {@code titlePart} ({@code null} for all); empty without a neighbourhood.
	 */
	public List<SourceIdeas.SourceIdea> sourceIdeaOptions(Long neighbourhoodId, String titlePart) {
		return (neighbourhoodId != null) ? this.sourceIdeas.sourceIdeasIn(neighbourhoodId, titlePart) : List.of();
	}

	/**
	 * One idea as the form names it, if it exists.
	 */
	public Optional<SourceIdeas.SourceIdea> sourceIdea(Long ideaId) {
		return (ideaId != null) ? this.sourceIdeas.sourceIdea(ideaId) : Optional.empty();
	}

	/**
	 * Whether an idea may be the source of an activity in this neighbourhood.
	 */
	public boolean isValidSourceIdea(Long ideaId, Long neighbourhoodId) {
		return sourceIdea(ideaId).filter((idea) -> idea.neighbourhoodId().equals(neighbourhoodId)).isPresent();
	}

	// What the idea module asks (idea → activity).

	/**
	 * The activities that realise an idea, newest first.
	 */
	public List<ActivitySummary> findBySourceIdea(Long ideaId) {
		return this.activities.findBySourceIdeaIdOrderByDateDesc(ideaId).stream().map(Activity::toSummary).toList();
	}

	/**
	 * Activities in a neighbourhood without a source idea and not cancelled, newest
	 * first.
	 */
	public List<ActivitySummary> linkableTo(Long neighbourhoodId) {
		return linkableTo(neighbourhoodId, null);
	}

	/**
	 * As {@link #linkableTo(Long)}, only those whose title contains {@code titlePart}
	 * (any case; {@code null} or blank for all).
	 */
	public List<ActivitySummary> linkableTo(Long neighbourhoodId, String titlePart) {
		String part = (titlePart != null) ? titlePart.strip() : "";
		return this.activities.findLinkable(neighbourhoodId, likeEscaped(part))
			.stream()
			.map(Activity::toSummary)
			.toList();
	}

	@Transactional
	public void linkSourceIdea(Long activityId, Long ideaId) {
		load(activityId).linkSourceIdea(ideaId);
	}

	private void checkReferences(ActivityData data) {
		if (!this.neighbourhoods.exists(data.neighbourhoodId())) {
			throw new InvalidActivityException("unknown neighbourhood");
		}
		if (data.spaceId() != null && this.partners.findSpace(data.spaceId()).isEmpty()) {
			throw new InvalidActivityException("unknown space");
		}
		if (this.partners.names(data.partnerIds()).size() != data.partnerIds().size()) {
			throw new InvalidActivityException("unknown partner");
		}
		if (data.sourceIdeaId() != null && !isValidSourceIdea(data.sourceIdeaId(), data.neighbourhoodId())) {
			throw new InvalidActivityException("unknown source idea");
		}
	}

	private java.util.function.Function<ActivityRow, ActivityListItem> listItems(List<ActivityRow> rows) {
		Map<Long, String> names = this.neighbourhoods
			.names(rows.stream().map(ActivityRow::neighbourhoodId).collect(Collectors.toCollection(HashSet::new)));
		Map<Long, String> spaces = rows.stream().anyMatch((row) -> row.spaceId() != null) ? spaceNames() : Map.of();
		return (row) -> new ActivityListItem(row, names.get(row.neighbourhoodId()),
				location(row.spaceId(), row.address(), spaces));
	}

	private Map<Long, String> spaceNames() {
		return this.partners.spaceOptions()
			.stream()
			.collect(Collectors.toMap(SpaceOption::id, (space) -> space.name() + ", " + space.partnerName()));
	}

	private static String location(Long spaceId, String address, Map<Long, String> spaces) {
		return (spaceId != null) ? spaces.get(spaceId) : address;
	}

	/**
	 * The text with the wildcards of SQL's {@code like} escaped (by a backslash).
	 */
	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Activity load(Long id) {
		return this.activities.findById(id).orElseThrow(() -> new ActivityNotFoundException(id));
	}

}
