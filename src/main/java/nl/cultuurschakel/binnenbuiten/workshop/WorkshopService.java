package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Deletions;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop module's API: recording workshops, the filtered list and the figures of
 * the dashboard.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class WorkshopService {

	private final WorkshopRepository workshops;

	private final EntityManager entityManager;

	/**
	 * Workshops matching the filter; every argument may be null (no restriction).
	 */
	public Page<WorkshopSummary> find(Long neighbourhoodId, Long partnerId, LocalDate from, LocalDate to,
			Pageable pageable) {
		return this.workshops.findBy(WorkshopSpecifications.matching(neighbourhoodId, partnerId, from, to),
				(query) -> query.as(WorkshopSummary.class).page(pageable));
	}

	/**
	 * How many workshops match the filter and how many children were spoken to in them.
	 */
	public WorkshopFigures totals(Long neighbourhoodId, Long partnerId, LocalDate from, LocalDate to) {
		return figures(WorkshopSpecifications.matching(neighbourhoodId, partnerId, from, to));
	}

	/**
	 * Dashboard figures: workshops held from {@code from} to {@code to} (inclusive) and
	 * the sum of children spoken to in them, in the given neighbourhoods ({@code null} =
	 * all).
	 */
	public WorkshopFigures figures(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return figures(
				WorkshopSpecifications.heldIn(from, to).and(WorkshopSpecifications.inNeighbourhoods(neighbourhoodIds)));
	}

	/**
	 * The workshops behind {@link #figures(LocalDate, LocalDate, Collection)}: held from
	 * {@code from} to {@code to} (inclusive) in the given neighbourhoods ({@code null} =
	 * all), oldest first.
	 */
	public List<WorkshopSummary> heldIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.workshops.findBy(
				WorkshopSpecifications.heldIn(from, to).and(WorkshopSpecifications.inNeighbourhoods(neighbourhoodIds)),
				(query) -> query.as(WorkshopSummary.class).sortBy(Sort.by("heldOn", "id")).all());
	}

	/**
	 * The neighbourhoods (of the given ones, {@code null} = all) with at least one
	 * workshop from {@code from} to {@code to} (inclusive).
	 */
	public List<Long> neighbourhoodIdsWithWorkshops(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Workshop> workshop = query.from(Workshop.class);
		query.select(workshop.get("neighbourhoodId")).distinct(true);
		Specifications.restrict(query, workshop, builder,
				WorkshopSpecifications.heldIn(from, to).and(WorkshopSpecifications.inNeighbourhoods(neighbourhoodIds)));
		query.orderBy(builder.asc(workshop.get("neighbourhoodId")));
		return this.entityManager.createQuery(query).getResultList();
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
		workshop.checkVersion(version);
		workshop.describe(data);
	}

	/**
	 * @throws InUseException when ideas refer to it
	 */
	@Transactional
	public void delete(Long id) {
		Deletions.deleteUnlessInUse(this.workshops, load(id), "Workshop", id);
	}

	/**
	 * The token of the workshop's public link for its children, empty when it has none.
	 */
	public Optional<String> publicToken(Long id) {
		return Optional.ofNullable(load(id).getPublicToken());
	}

	/**
	 * Gives the workshop a new public link: a fresh random token that replaces the old
	 * one, which stops working at once.
	 * @return the new token
	 */
	@Transactional
	public String renewPublicLink(Long id) {
		load(id);
		String token = PublicLinkTokens.next();
		this.workshops.replacePublicToken(id, token);
		return token;
	}

	/**
	 * Revokes the workshop's public link (if any): its token stops working at once.
	 */
	@Transactional
	public void revokePublicLink(Long id) {
		load(id);
		this.workshops.replacePublicToken(id, null);
	}

	/**
	 * The workshop whose public link has this token; empty for an unknown, revoked or
	 * malformed token (a malformed one is not looked up).
	 */
	public Optional<WorkshopDetails> findByPublicToken(String token) {
		if (!PublicLinkTokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.workshops.findByPublicToken(token).map(Workshop::toDetails);
	}

	private Workshop load(Long id) {
		return this.workshops.findById(id).orElseThrow(() -> new WorkshopNotFoundException(id));
	}

	/**
	 * How many workshops the specification matches and the children spoken to in them,
	 * summed in the database.
	 */
	private WorkshopFigures figures(PredicateSpecification<Workshop> specification) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<WorkshopFigures> query = builder.createQuery(WorkshopFigures.class);
		Root<Workshop> workshop = query.from(Workshop.class);
		query.select(builder.construct(WorkshopFigures.class, builder.count(workshop),
				builder.coalesce(builder.sumAsLong(workshop.get("childrenSpoken")), 0L)));
		Specifications.restrict(query, workshop, builder, specification);
		return this.entityManager.createQuery(query).getSingleResult();
	}

}
