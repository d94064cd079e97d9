package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.shared.Deletions;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop module's API: recording workshops, the filtered list and the figures of
 * the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopService {

	/** Open ends of a period filter. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	private final WorkshopRepository workshops;

	WorkshopService(WorkshopRepository workshops) {
		this.workshops = workshops;
	}

	/**
	 * Workshops matching the filter; every argument may be null (no restriction).
	 */
	public Page<WorkshopSummary> find(Long neighbourhoodId, Long partnerId, LocalDate from, LocalDate to,
			Pageable pageable) {
		return this.workshops.findSummaries(neighbourhoodId, partnerId, orEarliest(from), orLatest(to), pageable);
	}

	/**
	 * How many workshops match the filter and how many children were spoken to in them.
	 */
	public WorkshopFigures totals(Long neighbourhoodId, Long partnerId, LocalDate from, LocalDate to) {
		return this.workshops.totals(neighbourhoodId, partnerId, orEarliest(from), orLatest(to));
	}

	/**
	 * Dashboard figures: workshops held from {@code from} to {@code to} (inclusive) and
	 * the sum of children spoken to in them, in the given neighbourhoods ({@code null} =
	 * all).
	 */
	public WorkshopFigures figures(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.workshops.figures(from, to, neighbourhoodIds == null, ids(neighbourhoodIds));
	}

	/**
	 * The workshops behind {@link #figures(LocalDate, LocalDate, Collection)}: held from
	 * {@code from} to {@code to} (inclusive) in the given neighbourhoods ({@code null} =
	 * all), oldest first.
	 */
	public List<WorkshopSummary> heldIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.workshops.findSummariesIn(from, to, neighbourhoodIds == null, ids(neighbourhoodIds));
	}

	/**
	 * The neighbourhoods (of the given ones, {@code null} = all) with at least one
	 * workshop from {@code from} to {@code to} (inclusive).
	 */
	public List<Long> neighbourhoodIdsWithWorkshops(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.workshops.neighbourhoodIdsWithWorkshops(from, to, neighbourhoodIds == null, ids(neighbourhoodIds));
	}

	public WorkshopDetails get(Long id) {
		return load(id).toDetails();
	}

	public boolean exists(Long id) {
		return id != null && this.workshops.existsById(id);
	}

	@Transactional
	public Long create(WorkshopData data) {
		return this.workshops.save(new Workshop(data)).getId();
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 */
	@Transactional
	public void update(Long id, WorkshopData data, long version) {
		Workshop workshop = load(id);
		if (workshop.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Workshop.class, id);
		}
		workshop.describe(data);
	}

	/**
	 * @throws InUseException when ideas refer to it
	 */
	@Transactional
	public void delete(Long id) {
		Deletions.deleteUnlessInUse(this.workshops, load(id), "Workshop", id);
	}

	private Workshop load(Long id) {
		return this.workshops.findById(id).orElseThrow(() -> new WorkshopNotFoundException(id));
	}

	private static Collection<Long> ids(Collection<Long> neighbourhoodIds) {
		return (neighbourhoodIds == null || neighbourhoodIds.isEmpty()) ? List.of(-1L) : neighbourhoodIds;
	}

	private static LocalDate orEarliest(LocalDate date) {
		return (date != null) ? date : EARLIEST;
	}

	private static LocalDate orLatest(LocalDate date) {
		return (date != null) ? date : LATEST;
	}

}
