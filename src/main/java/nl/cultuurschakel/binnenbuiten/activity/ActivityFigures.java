package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.SqlCounts;
import nl.cultuurschakel.binnenbuiten.shared.SqlRestrictions;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity figures for the dashboard and reports, computed in the database. Definition:
 * activities with a date from {@code from} to {@code to} (both inclusive) that are not
 * cancelled; optionally only in the given neighbourhoods ({@code null} = all).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityFigures {

	private final NamedParameterJdbcTemplate jdbc;

	/** Key {@code activities}: activities in the period, not cancelled. */
	public long count(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.number(this.jdbc, "select count(*) from activity a " + where(neighbourhoodIds),
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/** Sum of children reached by those activities (done ones have a count). */
	public long childrenReached(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.number(this.jdbc,
				"select coalesce(sum(a.children_reached), 0) from activity a " + where(neighbourhoodIds),
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/** Those activities per cost type; every type is present, zero when none. */
	public Map<CostType, Long> countByCostType(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perConstant(this.jdbc,
				"select a.cost_type, count(*) from activity a " + where(neighbourhoodIds) + " group by a.cost_type",
				SqlRestrictions.period(from, to, neighbourhoodIds), CostType.class);
	}

	/**
	 * Those activities promoted through at least {@code channels} channels (analogue or
	 * digital), for the building-blocks scan.
	 */
	public long countPromotedThrough(int channels, LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.number(this.jdbc,
				"select count(*) from activity a " + where(neighbourhoodIds)
						+ " and (select count(*) from activity_channel c where c.activity_id = a.id) >= :channels",
				SqlRestrictions.period(from, to, neighbourhoodIds).addValue("channels", channels));
	}

	/** Those activities per calendar year, in year order (years without any left out). */
	public Map<Integer, Long> countPerYear(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perYear(this.jdbc,
				"select extract(year from a.activity_date)::int as y, count(*)" + " from activity a "
						+ where(neighbourhoodIds) + " group by y order by y",
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/** Those activities per neighbourhood id (neighbourhoods without any left out). */
	public Map<Long, Long> countPerNeighbourhood(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perId(this.jdbc,
				"select a.neighbourhood_id, count(*) from activity a " + where(neighbourhoodIds)
						+ " group by a.neighbourhood_id order by a.neighbourhood_id",
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/**
	 * Per neighbourhood id, in one query: how many of those activities and the children
	 * they reached (neighbourhoods without any left out).
	 */
	public Map<Long, NeighbourhoodActivities> perNeighbourhood(LocalDate from, LocalDate to,
			Collection<Long> neighbourhoodIds) {
		Map<Long, NeighbourhoodActivities> totals = new LinkedHashMap<>();
		this.jdbc.query(
				"select a.neighbourhood_id, count(*), coalesce(sum(a.children_reached), 0) from activity a "
						+ where(neighbourhoodIds) + " group by a.neighbourhood_id order by a.neighbourhood_id",
				SqlRestrictions.period(from, to, neighbourhoodIds), (RowCallbackHandler) (rs) -> totals
					.put(rs.getLong(1), new NeighbourhoodActivities(rs.getLong(2), rs.getLong(3))));
		return totals;
	}

	/** A neighbourhood's activities in a period and the children they reached. */
	public record NeighbourhoodActivities(long count, long childrenReached) {

		public static final NeighbourhoodActivities NONE = new NeighbourhoodActivities(0, 0);

	}

	/** Ids of the neighbourhoods with at least one such activity. */
	public Set<Long> neighbourhoodsWithActivities(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return new LinkedHashSet<>(this.jdbc.queryForList(
				"select distinct a.neighbourhood_id from activity a " + where(neighbourhoodIds)
						+ " order by a.neighbourhood_id",
				SqlRestrictions.period(from, to, neighbourhoodIds), Long.class));
	}

	/**
	 * Those activities that realise a children's idea, by date: what the report tells as
	 * "ideas that came true" in the period.
	 */
	public List<IdeaActivity> realisingIdeas(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return this.jdbc.query("""
				select a.source_idea_id, a.id, a.title, a.activity_date, a.status, a.children_reached
				from activity a
				""" + where(neighbourhoodIds) + " and a.source_idea_id is not null order by a.activity_date, a.id",
				SqlRestrictions.period(from, to, neighbourhoodIds),
				(rs, row) -> new IdeaActivity(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), ActivityStatus.DONE.name().equals(rs.getString(5)),
						rs.getObject(6, Integer.class)));
	}

	/**
	 * An activity that realises an idea.
	 *
	 * @param childrenReached the children reached, once the activity is done
	 */
	public record IdeaActivity(Long ideaId, Long activityId, String title, LocalDate date, boolean done,
			Integer childrenReached) {

	}

	/**
	 * The organisers of each activity in one neighbourhood and period that is not
	 * cancelled (the definition above): activity id to its partners' ids, in one query.
	 */
	public Map<Long, Set<Long>> organisersPerActivity(Long neighbourhoodId, LocalDate from, LocalDate to) {
		return organisersPerActivity(List.of(neighbourhoodId), from, to).getOrDefault(neighbourhoodId, Map.of());
	}

	/**
	 * The same per neighbourhood (those without activities left out), in one query for
	 * all of them.
	 */
	public Map<Long, Map<Long, Set<Long>>> organisersPerActivity(Collection<Long> neighbourhoodIds, LocalDate from,
			LocalDate to) {
		Map<Long, Map<Long, Set<Long>>> organisers = new LinkedHashMap<>();
		if (neighbourhoodIds.isEmpty()) {
			return organisers;
		}
		this.jdbc.query(
				"select a.neighbourhood_id, a.id, ap.partner_id from activity a"
						+ " join activity_partner ap on ap.activity_id = a.id" + where(neighbourhoodIds)
						+ " order by a.neighbourhood_id, a.id, ap.partner_id",
				SqlRestrictions.period(from, to, neighbourhoodIds),
				(RowCallbackHandler) (rs) -> organisers.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getLong(2), (id) -> new LinkedHashSet<>())
					.add(rs.getLong(3)));
		return organisers;
	}

	private static String where(Collection<Long> neighbourhoodIds) {
		return " where a.activity_date between :from and :to and a.status <> 'CANCELLED'"
				+ SqlRestrictions.andInNeighbourhoods("a.neighbourhood_id", neighbourhoodIds) + " ";
	}

}
