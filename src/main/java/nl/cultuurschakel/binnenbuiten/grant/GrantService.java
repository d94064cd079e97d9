package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.grant.GrantRepository.BudgetRow;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.shared.Specifications;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;
import nl.cultuurschakel.binnenbuiten.shared.history.RecordedChange;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant module's API: requests, decisions along the grant's path (each recorded), the
 * yearly budget and the dashboard figures. Money is {@link BigDecimal} throughout and
 * summed in the database.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class GrantService {

	private final GrantRepository grants;

	private final GrantStatusChangeRepository changes;

	private final GrantBudgetRepository budgets;

	private final IdeaService ideas;

	private final EntityManager entityManager;

	public Page<GrantRow> find(GrantFilter filter, Pageable pageable) {
		return this.grants.findBy(matching(filter), (query) -> query.as(GrantRow.class).page(pageable));
	}

	/**
	 * Every grant matching the filter, for exports.
	 */
	public List<GrantRow> findAll(GrantFilter filter, Sort sort) {
		return this.grants.findBy(matching(filter), (query) -> query.as(GrantRow.class).sortBy(sort).all());
	}

	public GrantTotals totals(GrantFilter filter) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<GrantTotals> query = builder.createQuery(GrantTotals.class);
		Root<Grant> grant = query.from(Grant.class);
		query.select(builder.construct(GrantTotals.class, builder.count(grant),
				builder.coalesce(builder.sum(grant.get("amountRequested")), BigDecimal.ZERO),
				builder.coalesce(builder.sum(grant.get("amountAwarded")), BigDecimal.ZERO)));
		Specifications.restrict(query, grant, builder, matching(filter));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	/**
	 * The grants to one recipient organisation with status and amounts only, as its
	 * partner users may see them.
	 */
	public Page<GrantSummary> findOfRecipient(Long partnerId, GrantStatus status, Pageable pageable) {
		return this.grants.findBy(GrantSpecifications.ofRecipient(partnerId, status),
				(query) -> query.as(GrantSummary.class).page(pageable));
	}

	/**
	 * Every grant to one recipient organisation, with status and amounts only, for the
	 * exports of its partner users.
	 */
	public List<GrantSummary> findAllOfRecipient(Long partnerId, GrantStatus status, Sort sort) {
		return this.grants.findBy(GrantSpecifications.ofRecipient(partnerId, status),
				(query) -> query.as(GrantSummary.class).sortBy(sort).all());
	}

	/**
	 * One grant, with status and amounts only, when it goes to the given recipient.
	 * @throws GrantNotFoundException when there is no such grant or it goes to another
	 * organisation
	 */
	public GrantSummary getOfRecipient(Long id, Long partnerId) {
		return this.grants.findSummary(id, partnerId).orElseThrow(() -> new GrantNotFoundException(id));
	}

	public List<GrantRow> ofIdea(Long ideaId) {
		return this.grants.findRowsByIdeaId(ideaId);
	}

	public GrantDetails get(Long id) {
		return load(id).toDetails();
	}

	public List<HistoryEntry<GrantStatus>> history(Long id) {
		return this.changes.history(id);
	}

	/**
	 * Records a request for a grant to an idea, and its first history entry.
	 */

	/**
	 * The grants on the given ideas requested in the period and not rejected or
	 * withdrawn, in one query.
	 */
	public List<GrantOnIdea> onIdeas(Collection<Long> ideaIds, LocalDate from, LocalDate to) {
		return ideaIds.isEmpty() ? List.of() : this.grants.findOnIdeas(ideaIds, from, to);
	}

	@Transactional
	public Long request(GrantRequest request, Actor actor) {
		Grant grant = this.grants.save(new Grant(request));
		this.changes.save(
				new GrantStatusChange(grant.getId(), null, GrantStatus.REQUESTED, request.requestedOn(), actor, null));
		return grant.getId();
	}

	/**
	 * Changes a request that is not decided yet.
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 * @throws GrantTransitionException when it is decided already
	 */
	@Transactional
	public void updateRequest(Long id, GrantRequest request, long version) {
		Grant grant = load(id);
		grant.checkVersion(version);
		grant.describe(request);
	}

	/**
	 * Moves the grant along its path and records it. An award beyond the remaining budget
	 * of the decision's year needs {@link GrantDecision#confirmOverBudget()} and is then
	 * flagged.
	 * @throws OverBudgetException when the award exceeds the remaining budget unconfirmed
	 * @throws GrantTransitionException when the path does not allow it or data is missing
	 */
	@Transactional
	public void decide(Long id, GrantDecision decision, Actor actor) {
		Grant grant = load(id);
		boolean overBudget = false;
		if (decision.status() == GrantStatus.AWARDED && decision.on() != null && decision.amountAwarded() != null
				&& grant.getStatus() == GrantStatus.REQUESTED) {
			BigDecimal remaining = budget(decision.on().getYear()).remaining();
			overBudget = decision.amountAwarded().compareTo(remaining) > 0;
			if (overBudget && !decision.confirmOverBudget()) {
				throw new OverBudgetException(remaining);
			}
		}
		GrantStatus before = grant.decide(decision, overBudget);
		this.changes.save(new GrantStatusChange(id, before, decision.status(), decision.on(), actor, decision.note()));
	}

	/**
	 * The year's budget and its use, computed in the database. Attributed to the year of
	 * the award decision.
	 */
	public BudgetOverview budget(int year) {
		BudgetRow row = this.grants.budget(year);
		return new BudgetOverview(year, row.getBudget(), row.getAwarded(), row.getPaid(), row.getCommitted(),
				row.getRemaining(), row.getBudgetVersion());
	}

	/**
	 * Sets (or changes) the budget of a calendar year.
	 */
	@Transactional
	public void setBudget(int year, BigDecimal amount) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException("Budget must be 0 or more");
		}
		this.budgets.findByYear(year)
			.ifPresentOrElse((budget) -> budget.setAmount(amount),
					() -> this.budgets.save(new GrantBudget(year, amount)));
	}

	/**
	 * Dashboard figure: grants awarded in the period, that is with status awarded, paid
	 * or settled and a decision date from {@code from} to {@code to} inclusive; for ideas
	 * in the given neighbourhoods ({@code null} = all).
	 */
	public GrantFigures awarded(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Collection<Long> ideaIds = ideaIds(neighbourhoodIds);
		return this.grants.awarded(GrantStatus.AWARDED_OR_LATER, from, to, ideaIds == null, orNone(ideaIds));
	}

	/**
	 * Every grant decided (whatever the decision) from {@code from} to {@code to}
	 * inclusive, for ideas in the given neighbourhoods ({@code null} = all), in the order
	 * of the decisions: the rows behind
	 * {@link #awarded(LocalDate, LocalDate, Collection)} and the other decisions of the
	 * period.
	 */
	public List<GrantRow> decidedIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.grants.findBy(GrantSpecifications.decidedIn(from, to, ideaIds(neighbourhoodIds)),
				(query) -> query.as(GrantRow.class).sortBy(Sort.by("decidedOn", "id")).all());
	}

	/**
	 * The same per calendar year of the decision (years without awards are left out).
	 */
	public List<GrantFigures> awardedPerYear(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Collection<Long> ideaIds = ideaIds(neighbourhoodIds);
		return this.grants.awardedPerYear(GrantStatus.AWARDED_OR_LATER, from, to, ideaIds == null, orNone(ideaIds));
	}

	/**
	 * The same per neighbourhood id of the ideas, in two queries (the grants per idea,
	 * the ideas' neighbourhoods); neighbourhoods without awards are left out.
	 */
	public Map<Long, GrantFigures> awardedPerNeighbourhood(LocalDate from, LocalDate to,
			Collection<Long> neighbourhoodIds) {
		Collection<Long> ideaIds = ideaIds(neighbourhoodIds);
		List<Object[]> perIdea = this.grants.awardedPerIdea(GrantStatus.AWARDED_OR_LATER, from, to, ideaIds == null,
				orNone(ideaIds));
		Map<Long, IdeaOption> ideas = this.ideas.byIds(perIdea.stream().map((row) -> (Long) row[0]).toList());
		Map<Long, GrantFigures> figures = new HashMap<>();
		for (Object[] row : perIdea) {
			GrantFigures idea = new GrantFigures(null, ((Number) row[1]).longValue(),
					new BigDecimal(row[2].toString()));
			figures.merge(ideas.get((Long) row[0]).neighbourhoodId(), idea,
					(a, b) -> new GrantFigures(null, a.count() + b.count(), a.total().add(b.total())));
		}
		return figures;
	}

	private Grant load(Long id) {
		return this.grants.findById(id).orElseThrow(() -> new GrantNotFoundException(id));
	}

	/** The staff list's filter, the chosen neighbourhood read as its ideas. */
	private PredicateSpecification<Grant> matching(GrantFilter filter) {
		return GrantSpecifications.matching(filter,
				ideaIds((filter.neighbourhoodId() != null) ? List.of(filter.neighbourhoodId()) : null));
	}

	/** The ideas in the given neighbourhoods; {@code null} (any idea) for all. */
	private Collection<Long> ideaIds(Collection<Long> neighbourhoodIds) {
		return (neighbourhoodIds != null) ? this.ideas.idsIn(neighbourhoodIds) : null;
	}

	/**
	 * The ideas parameter of the grouped sums, which stay in JPQL: ignored when all ideas
	 * count, and an empty selection matches nothing.
	 */
	private static Collection<Long> orNone(Collection<Long> ideaIds) {
		return (ideaIds != null) ? ideaIds : List.of();
	}

	/**
	 * The status changes this user made (for the export of a user's data).
	 */
	public List<RecordedChange> changesBy(Long userId) {
		return this.changes.changesBy(userId);
	}

}
