package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.shared.Deletions;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import nl.cultuurschakel.binnenbuiten.shared.history.RecordedChange;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idea module's API: recording ideas, moving them along their lifecycle (every step
 * recorded), the board, lookups for other modules and the dashboard figures.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class IdeaService {

	private final IdeaRepository ideas;

	private final IdeaStatusChangeRepository changes;

	private final ActivityService activities;

	/**
	 * Ideas matching the filter (period on the collected date, inclusive), in the given
	 * order.
	 */
	public List<IdeaCard> find(IdeaFilter filter, Sort sort) {
		return this.ideas.findBy(IdeaSpecifications.matching(filter),
				(query) -> query.as(IdeaCard.class).sortBy(sort).all());
	}

	public List<IdeaCard> ofWorkshop(Long workshopId) {
		return this.ideas.findCardsByWorkshopId(workshopId);
	}

	/**
	 * The ideas of a neighbourhood by title, for pickers (such as an activity's source
	 * idea).
	 */
	public List<IdeaOption> ideasIn(Long neighbourhoodId) {
		return this.ideas.findOptionsByNeighbourhoodId(neighbourhoodId);
	}

	/**
	 * One idea as a picker names it, empty when it does not exist.
	 */
	public Optional<IdeaOption> findIdea(Long id) {
		return (id != null) ? this.ideas.findOptionById(id) : Optional.empty();
	}

	/**
	 * The given ideas by id (unknown ids are left out), in one query.
	 */
	public Map<Long, IdeaOption> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.ideas.findOptionsByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(IdeaOption::id, Function.identity()));
	}

	/**
	 * The ids of the ideas in the given neighbourhoods.
	 */
	public List<Long> idsIn(Collection<Long> neighbourhoodIds) {
		return neighbourhoodIds.isEmpty() ? List.of() : this.ideas.findIdsByNeighbourhoodIdIn(neighbourhoodIds);
	}

	/**
	 * The ideas of the neighbourhood that partners take up, with those partners, in one
	 * query.
	 */
	public List<IdeaTakeUp> takeUpsIn(Long neighbourhoodId) {
		return takeUpsIn(List.of(neighbourhoodId)).getOrDefault(neighbourhoodId, List.of());
	}

	/**
	 * The same per neighbourhood (those without take-ups left out), in one query for all
	 * of them.
	 */
	public Map<Long, List<IdeaTakeUp>> takeUpsIn(Collection<Long> neighbourhoodIds) {
		Map<Long, Map<Long, IdeaTakeUp>> takeUps = new LinkedHashMap<>();
		if (!neighbourhoodIds.isEmpty()) {
			for (Object[] row : this.ideas.findTakeUpsIn(neighbourhoodIds)) {
				takeUps.computeIfAbsent((Long) row[0], (id) -> new LinkedHashMap<>())
					.computeIfAbsent((Long) row[1],
							(id) -> new IdeaTakeUp(id, (LocalDate) row[2], new LinkedHashSet<>()))
					.partnerIds()
					.add((Long) row[3]);
			}
		}
		Map<Long, List<IdeaTakeUp>> perNeighbourhood = new LinkedHashMap<>();
		takeUps.forEach((neighbourhoodId, ideas) -> perNeighbourhood.put(neighbourhoodId, List.copyOf(ideas.values())));
		return perNeighbourhood;
	}

	public IdeaDetails get(Long id) {
		return load(id).toDetails();
	}

	public List<HistoryEntry<IdeaStatus>> timeline(Long id) {
		return this.changes.history(id);
	}

	/**
	 * The activities that realise the idea, newest first.
	 */
	public List<LinkedActivity> activitiesOf(Long id) {
		return this.activities.findBySourceIdea(id).stream().map(LinkedActivity::of).toList();
	}

	/**
	 * Activities of the idea's neighbourhood that may still be linked to it.
	 */
	public List<LinkedActivity> linkableActivities(Long id) {
		return linkableActivities(id, null);
	}

	/**
	 * As {@link #linkableActivities(Long)}, only those whose title contains
	 * {@code titlePart} ({@code null} or blank for all).
	 */
	public List<LinkedActivity> linkableActivities(Long id, String titlePart) {
		return this.activities.linkableTo(load(id).getNeighbourhoodId(), titlePart)
			.stream()
			.map(LinkedActivity::of)
			.toList();
	}

	/**
	 * Records a new idea as {@link IdeaStatus#COLLECTED} on its collected date.
	 */
	@Transactional
	public Long collect(IdeaData data, Actor actor) {
		Idea idea = this.ideas.save(new Idea(data));
		this.changes
			.save(new IdeaStatusChange(idea.getId(), null, IdeaStatus.COLLECTED, data.collectedOn(), actor, null));
		return idea.getId();
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 */
	@Transactional
	public void update(Long id, IdeaData data, long version) {
		Idea idea = load(id);
		idea.checkVersion(version);
		idea.describe(data);
	}

	/**
	 * Moves the idea to another status and records the step.
	 * @param note optional, but required as the reason when parking
	 * @throws IdeaTransitionException when the lifecycle does not allow it (also:
	 * {@code REALISED} without a linked activity)
	 */
	@Transactional
	public void changeStatus(Long id, IdeaStatus target, LocalDate on, String note, Actor actor) {
		Idea idea = load(id);
		int linked = (target == IdeaStatus.REALISED) ? activitiesOf(id).size() : 0;
		IdeaStatus before = idea.moveTo(target, note, linked);
		this.changes.save(new IdeaStatusChange(id, before, target, on, actor, note));
	}

	/**
	 * Sets the partners that take the idea up (0..n).
	 */
	@Transactional
	public void setPartners(Long id, Set<Long> partnerIds) {
		load(id).takenUpBy(partnerIds);
	}

	/**
	 * Records that an activity realises the idea.
	 */
	@Transactional
	public void linkActivity(Long id, Long activityId) {
		load(id);
		this.activities.linkSourceIdea(activityId, id);
	}

	/**
	 * An activity that realises the idea took place: a planned idea becomes
	 * {@link IdeaStatus#REALISED} on that day, recorded as a step by the system. An idea
	 * in any other status (not planned yet, parked, already realised) or no longer there
	 * stays as it is.
	 * @return whether the idea moved on
	 */
	@Transactional
	boolean realisedBy(Long id, LocalDate on) {
		Idea idea = this.ideas.findById(id).orElse(null);
		if (idea == null || idea.getStatus() != IdeaStatus.PLANNED) {
			return false;
		}
		changeStatus(id, IdeaStatus.REALISED, on, null, Actor.SYSTEM);
		return true;
	}

	/**
	 * @throws InUseException when grants or activities refer to it
	 */
	@Transactional
	public void delete(Long id) {
		Deletions.deleteUnlessInUse(this.ideas, load(id), "Idea", id);
	}

	/**
	 * Dashboard figure: ideas collected in the period, that is whose collected date (the
	 * day the children shared it, normally the workshop's date) lies from {@code from} to
	 * {@code to} inclusive, in the given neighbourhoods ({@code null} = all).
	 */
	public long countCollected(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.ideas.count(IdeaSpecifications.collectedIn(from, to, neighbourhoodIds));
	}

	/**
	 * The ideas behind {@link #countCollected(LocalDate, LocalDate, Collection)}, oldest
	 * first.
	 */
	public List<IdeaCard> collectedIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.ideas.findBy(IdeaSpecifications.collectedIn(from, to, neighbourhoodIds),
				(query) -> query.as(IdeaCard.class).sortBy(Sort.by("collectedOn", "id")).all());
	}

	/**
	 * The funnel: of the ideas collected in the period (as
	 * {@link #countCollected(LocalDate, LocalDate, Collection)}), how many are in each
	 * status now. Every status is present, with 0 when none.
	 */
	public Map<IdeaStatus, Long> countByStatus(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Map<IdeaStatus, Long> counts = noIdeas();
		for (Object[] row : this.ideas.countByStatus(from, to, neighbourhoodIds == null, ids(neighbourhoodIds))) {
			counts.put((IdeaStatus) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The same funnel per neighbourhood id, in one query; neighbourhoods without ideas in
	 * the period are left out.
	 */
	public Map<Long, Map<IdeaStatus, Long>> countByStatusPerNeighbourhood(LocalDate from, LocalDate to,
			Collection<Long> neighbourhoodIds) {
		Map<Long, Map<IdeaStatus, Long>> counts = new HashMap<>();
		for (Object[] row : this.ideas.countByNeighbourhoodAndStatus(from, to, neighbourhoodIds == null,
				ids(neighbourhoodIds))) {
			counts.computeIfAbsent((Long) row[0], (id) -> noIdeas())
				.put((IdeaStatus) row[1], ((Number) row[2]).longValue());
		}
		return counts;
	}

	/** Every status with 0. */
	public static Map<IdeaStatus, Long> noIdeas() {
		Map<IdeaStatus, Long> counts = new EnumMap<>(IdeaStatus.class);
		for (IdeaStatus status : IdeaStatus.values()) {
			counts.put(status, 0L);
		}
		return counts;
	}

	private Idea load(Long id) {
		return this.ideas.findById(id).orElseThrow(() -> new IdeaNotFoundException(id));
	}

	/**
	 * The neighbourhoods parameter of the grouped counts, which stay in JPQL: ignored
	 * when all are asked for, and an empty selection matches nothing.
	 */
	private static Collection<Long> ids(Collection<Long> neighbourhoodIds) {
		return (neighbourhoodIds != null) ? neighbourhoodIds : List.of();
	}

	/**
	 * The status changes this user made (for the export of a user's data).
	 */
	public List<RecordedChange> changesBy(Long userId) {
		return this.changes.changesBy(userId);
	}

}
