package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantRepository extends JpaRepository<Grant, Long>, JpaSpecificationExecutor<Grant> {

	String ROW = """
			select new nl.cultuurschakel.binnenbuiten.grant.GrantRow(g.id, g.ideaId, g.partnerId, g.status,
			    g.amountRequested, g.amountAwarded, g.requestedOn, g.decidedOn, g.paidOn, g.settledOn, g.reportDueOn,
			    g.overBudget)
			from Grant g
			""";

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.grant.GrantSummary(g.id, g.ideaId, g.partnerId, g.status,
			    g.amountRequested, g.amountAwarded)
			from Grant g where g.id = :id and g.partnerId = :partnerId
			""")
	Optional<GrantSummary> findSummary(@Param("id") Long id, @Param("partnerId") Long partnerId);

	@Query(ROW + "where g.ideaId = :ideaId order by g.requestedOn, g.id")
	List<GrantRow> findRowsByIdeaId(@Param("ideaId") Long ideaId);

	/**
	 * Per idea, its grants' statuses, newest request first.
	 */
	@Query("select g.ideaId, g.status from Grant g where g.ideaId in :ideaIds order by g.requestedOn desc, g.id desc")
	List<Object[]> findStatusesByIdeaIdIn(@Param("ideaIds") Collection<Long> ideaIds);

	/**
	 * Amounts awarded and paid of the decisions in a year, with the year's budget, all in
	 * one statement.
	 */
	@Query(nativeQuery = true, value = """
			select b.amount as budget, coalesce(b.version, 0) as budgetVersion,
			       u.awarded as awarded, u.paid as paid, u.awarded - u.paid as committed,
			       coalesce(b.amount, 0) - u.awarded as remaining
			from (select coalesce(sum(g.amount_awarded) filter (where g.status in ('AWARDED', 'PAID', 'SETTLED')), 0)
			                 as awarded,
			             coalesce(sum(g.amount_awarded) filter (where g.status in ('PAID', 'SETTLED')), 0) as paid
			      from grant_contribution g
			      where g.decided_on >= make_date(:year, 1, 1) and g.decided_on <= make_date(:year, 12, 31)) u
			left join grant_budget b on b.budget_year = :year
			""")
	BudgetRow budget(@Param("year") int year);

	interface BudgetRow {

		BigDecimal getBudget();

		Long getBudgetVersion();

		BigDecimal getAwarded();

		BigDecimal getPaid();

		BigDecimal getCommitted();

		BigDecimal getRemaining();

	}

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.grant.GrantFigures(cast(null as Integer), count(g),
			    coalesce(sum(g.amountAwarded), 0))
			from Grant g
			where g.status in :awarded and g.decidedOn >= :from and g.decidedOn <= :to
			  and (:allIdeas = true or g.ideaId in :ideaIds)
			""")
	GrantFigures awarded(@Param("awarded") Collection<GrantStatus> awarded, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("allIdeas") boolean allIdeas, @Param("ideaIds") Collection<Long> ideaIds);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.grant.GrantFigures(cast(extract(year from g.decidedOn) as Integer),
			    count(g), coalesce(sum(g.amountAwarded), 0))
			from Grant g
			where g.status in :awarded and g.decidedOn >= :from and g.decidedOn <= :to
			  and (:allIdeas = true or g.ideaId in :ideaIds)
			group by extract(year from g.decidedOn)
			order by extract(year from g.decidedOn)
			""")
	List<GrantFigures> awardedPerYear(@Param("awarded") Collection<GrantStatus> awarded, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("allIdeas") boolean allIdeas, @Param("ideaIds") Collection<Long> ideaIds);

	@Query("""
			select g.ideaId, count(g), coalesce(sum(g.amountAwarded), 0)
			from Grant g
			where g.status in :awarded and g.decidedOn >= :from and g.decidedOn <= :to
			  and (:allIdeas = true or g.ideaId in :ideaIds)
			group by g.ideaId
			""")
	List<Object[]> awardedPerIdea(@Param("awarded") Collection<GrantStatus> awarded, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("allIdeas") boolean allIdeas, @Param("ideaIds") Collection<Long> ideaIds);

	/**
	 * The grants on the ideas requested in the period, except the rejected and withdrawn.
	 */
	@Query("""
			select new nl.cultuurschakel.binnenbuiten.grant.GrantOnIdea(g.id, g.ideaId, g.partnerId) from Grant g
			where g.ideaId in :ideaIds and g.requestedOn >= :from and g.requestedOn <= :to
			  and g.status not in (nl.cultuurschakel.binnenbuiten.grant.GrantStatus.REJECTED,
			                       nl.cultuurschakel.binnenbuiten.grant.GrantStatus.WITHDRAWN)
			order by g.id
			""")
	List<GrantOnIdea> findOnIdeas(@Param("ideaIds") Collection<Long> ideaIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
