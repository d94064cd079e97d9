package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Deletions;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import nl.cultuurschakel.binnenbuiten.shared.UniqueKeys;
import nl.cultuurschakel.binnenbuiten.shared.Specifications;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import nl.cultuurschakel.binnenbuiten.shared.history.RecordedChange;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The neighbourhood module's API.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NeighbourhoodService {

	private final NeighbourhoodRepository neighbourhoods;

	private final PhaseChangeRepository phaseChanges;

	public Page<NeighbourhoodSummary> find(District district, EcosystemPhase phase, Pageable pageable) {
		return this.neighbourhoods.findBy(
				PredicateSpecification.<Neighbourhood>allOf(Specifications.equal("district", district),
						Specifications.equal("phase", phase)),
				(query) -> query.as(NeighbourhoodSummary.class).page(pageable));
	}

	/**
	 * All neighbourhoods by name, for pickers and filters.
	 */
	public List<NeighbourhoodSummary> all() {
		return this.neighbourhoods.findAllSummaries();
	}

	/**
	 * The given neighbourhoods by id (unknown ids are left out), in one query.
	 */
	public Map<Long, NeighbourhoodSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.neighbourhoods.findSummariesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
	}

	/**
	 * Names of the given neighbourhoods by id (unknown ids are left out), in one query.
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		return NeighbourhoodSummary.namesOf(byIds(ids).values());
	}

	/**
	 * Names of all neighbourhoods by id, for lists, exports and reports that label rows.
	 */
	public Map<Long, String> allNames() {
		return NeighbourhoodSummary.namesOf(all());
	}

	public boolean exists(Long id) {
		return id != null && this.neighbourhoods.existsById(id);
	}

	public NeighbourhoodDetails get(Long id) {
		return load(id).toDetails();
	}

	public List<PhaseHistoryEntry> phaseHistory(Long id) {
		List<PhaseHistoryEntry> newestFirst = new ArrayList<>();
		for (HistoryEntry<EcosystemPhase> entry : this.phaseChanges.history(id)) {
			newestFirst.add(0, new PhaseHistoryEntry(entry.to(), entry.changedOn()));
		}
		return newestFirst;
	}

	/**
	 * Registers a neighbourhood in its first phase, which is recorded as starting on the
	 * given day.
	 * @throws NeighbourhoodNameTakenException when the name exists
	 */
	@Transactional
	public Long create(NeighbourhoodData data, EcosystemPhase phase, LocalDate phaseSince, Long userId) {
		checkName(data.name(), null);
		Neighbourhood neighbourhood = this.neighbourhoods.save(new Neighbourhood(data, phase));
		flushName(data.name());
		this.phaseChanges.save(new PhaseChange(neighbourhood.getId(), null, phase, phaseSince, userId));
		return neighbourhood.getId();
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 */
	@Transactional
	public void update(Long id, NeighbourhoodData data, long version) {
		Neighbourhood neighbourhood = load(id);
		neighbourhood.checkVersion(version);
		checkName(data.name(), id);
		neighbourhood.describe(data);
		flushName(data.name());
	}

	/**
	 * Moves the neighbourhood to another phase as of the given day, and records it.
	 */
	@Transactional
	public void changePhase(Long id, EcosystemPhase phase, LocalDate on, Long userId) {
		Neighbourhood neighbourhood = load(id);
		EcosystemPhase before = neighbourhood.getPhase();
		if (neighbourhood.moveTo(phase)) {
			this.phaseChanges.save(new PhaseChange(id, before, phase, on, userId));
		}
	}

	/**
	 * Deletes a neighbourhood that nothing refers to.
	 * @throws InUseException when memberships or other records refer to it
	 */
	@Transactional
	public void delete(Long id) {
		Deletions.deleteUnlessInUse(this.neighbourhoods, load(id), "Neighbourhood", id);
	}

	private void checkName(String name, Long id) {
		if (this.neighbourhoods.existsOtherWithName(name, id)) {
			throw new NeighbourhoodNameTakenException(name);
		}
	}

	/**
	 * The name can still be taken between the check and the save, by someone saving the
	 * same name at the same moment: the unique index decides.
	 */
	private void flushName(String name) {
		UniqueKeys.flush(this.neighbourhoods, "uk_neighbourhood_name", () -> new NeighbourhoodNameTakenException(name));
	}

	private Neighbourhood load(Long id) {
		return this.neighbourhoods.findById(id).orElseThrow(() -> new NeighbourhoodNotFoundException(id));
	}

	/**
	 * The status changes this user made (for the export of a user's data).
	 */
	public List<RecordedChange> changesBy(Long userId) {
		return this.phaseChanges.changesBy(userId);
	}

}
