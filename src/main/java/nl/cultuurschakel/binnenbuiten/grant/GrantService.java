package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.grant.GrantRepository.BudgetRow;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.shared.history.HistoryEntry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
public class GrantService {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	private final GrantRepository grants;

	private final GrantStatusChangeRepository changes;

	private final GrantBudgetRepository budgets;

	private final IdeaService ideas;

	GrantService(GrantRepository grants, GrantStatusChangeRepository changes, GrantBudgetRepository budgets,
			IdeaService ideas) {
		this.grants = grants;
		this.changes = changes;
		this.budgets = budgets;
		this.ideas = ideas;
	}

	public Page<GrantRow> find(GrantFilter filter, Pageable pageable) {
		Query query = query(filter);
		return this.grants.findRows(query.from, query.to, filter.status(), filter.partnerId(), query.allIdeas,
				query.ideaIds, pageable);
	}

	/**
	 * Every grant matching the filter, for exports.
	 */
	public List<GrantRow> findAll(GrantFilter filter, Sort sort) {
		Query query = query(filter);
		return this.grants.findAllRows(query.from, query.to, filter.status(), filter.partnerId(), query.allIdeas,
				query.ideaIds, sort);
	}

	public GrantTotals totals(GrantFilter filter) {
		Query query = query(filter);
		return this.grants.totals(query.from, query.to, filter.status(), filter.partnerId(), query.allIdeas,
				query.ideaIds);
	}

	/**
	 * The grants to one recipient organisation with status and amounts only, as its
	 * partner users may see them.
	 */
	public Page<GrantSummary> findOfRecipient(Long partnerId, GrantStatus status, Pageable pageable) {
		return this.grants.findSummaries(partnerId, status, pageable);
	}

	/**
	 * Every grant to one recipient organisation, with status and amounts only, for the
	 * exports of its partner users.
	 */
	public List<GrantSummary> findAllOfRecipient(Long partnerId, GrantStatus status, Sort sort) {
		return this.grants.findAllSummaries(partnerId, status, sort);
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
		if (grant.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Grant.class, id);
		}
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
		Query query = query(neighbourhoodIds);
		return this.grants.awarded(GrantStatus.AWARDED_OR_LATER, from, to, query.allIdeas, query.ideaIds);
	}

	/**
	 * Every grant decided (whatever the decision) from {@code from} to {@code to}
	 * inclusive, for ideas in the given neighbourhoods ({@code null} = all), in the order
	 * of the decisions: the rows behind
	 * {@link #awarded(LocalDate, LocalDate, Collection)} and the other decisions of the
	 * period.
	 */
	public List<GrantRow> decidedIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Query query = query(neighbourhoodIds);
		return this.grants.findRowsDecidedIn(from, to, query.allIdeas, query.ideaIds);
	}

	/**
	 * The same per calendar year of the decision (years without awards are left out).
	 */
	public List<GrantFigures> awardedPerYear(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Query query = query(neighbourhoodIds);
		return this.grants.awardedPerYear(GrantStatus.AWARDED_OR_LATER, from, to, query.allIdeas, query.ideaIds);
	}

	/**
	 * The same per neighbourhood id of the ideas, in two queries (the grants per idea,
	 * the ideas' neighbourhoods); neighbourhoods without awards are left out.
	 */
	public Map<Long, GrantFigures> awardedPerNeighbourhood(LocalDate from, LocalDate to,
			Collection<Long> neighbourhoodIds) {
		Query query = query(neighbourhoodIds);
		List<Object[]> perIdea = this.grants.awardedPerIdea(GrantStatus.AWARDED_OR_LATER, from, to, query.allIdeas,
				query.ideaIds);
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

	private Query query(GrantFilter filter) {
		Query query = query((filter.neighbourhoodId() != null) ? List.of(filter.neighbourhoodId()) : null);
		if (filter.year() != null) {
			query.from = LocalDate.of(filter.year(), 1, 1);
			query.to = LocalDate.of(filter.year(), 12, 31);
		}
		return query;
	}

	private Query query(Collection<Long> neighbourhoodIds) {
		Query query = new Query();
		if (neighbourhoodIds != null) {
			List<Long> ideaIds = this.ideas.idsIn(neighbourhoodIds);
			query.allIdeas = false;
			query.ideaIds = ideaIds.isEmpty() ? List.of(-1L) : ideaIds;
		}
		return query;
	}

	/** The filter as the queries take it. */
	private static final class Query {

		LocalDate from = EARLIEST;

		LocalDate to = LATEST;

		boolean allIdeas = true;

		Collection<Long> ideaIds = List.of(-1L);

	}

}
