package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

	/**
	 * The start of a query for {@link ActivityRow}s, to be followed by its where clause.
	 */
	String ROWS = """
			select new nl.cultuurschakel.binnenbuiten.activity.ActivityRow(a.id, a.title, a.description, a.date,
			    a.startTime, a.endTime, a.neighbourhoodId, a.discipline, a.minAge, a.maxAge, a.costType, a.price,
			    a.status, a.spaceId, a.address, a.childrenReached)
			from Activity a
			""";

	/**
	 * Activities that might clash with one planned on these dates: same neighbourhood or
	 * same space, not cancelled.
	 */
	@Query("""
			select a from Activity a
			where a.date in :dates and a.status <> nl.cultuurschakel.binnenbuiten.activity.ActivityStatus.CANCELLED
			  and (a.neighbourhoodId = :neighbourhoodId or a.spaceId = :spaceId)
			""")
	List<Activity> findClashCandidates(@Param("neighbourhoodId") Long neighbourhoodId, @Param("spaceId") Long spaceId,
			@Param("dates") Collection<LocalDate> dates);

	/**
	 * Pairs of activities (first id lower) that overlap in time on the same day, in the
	 * same neighbourhood for overlapping ages or in the same space.
	 */
	@Query("""
			select a, b from Activity a, Activity b
			where a.id < b.id and a.date = b.date
			  and a.date >= :from and a.date <= :to
			  and (:neighbourhoodId is null or a.neighbourhoodId = :neighbourhoodId or b.neighbourhoodId = :neighbourhoodId)
			  and a.status <> nl.cultuurschakel.binnenbuiten.activity.ActivityStatus.CANCELLED
			  and b.status <> nl.cultuurschakel.binnenbuiten.activity.ActivityStatus.CANCELLED
			  and a.startTime < b.endTime and b.startTime < a.endTime
			  and ((a.neighbourhoodId = b.neighbourhoodId and a.minAge <= b.maxAge and b.minAge <= a.maxAge)
			       or a.spaceId = b.spaceId)
			order by a.date, a.startTime, a.id, b.id
			""")
	List<Object[]> findClashingPairs(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("neighbourhoodId") Long neighbourhoodId);

	@Query(ROWS + """
			where a.spaceId = :spaceId and a.date >= :from and a.date <= :to
			order by a.date, a.startTime
			""")
	List<ActivityRow> findInSpace(@Param("spaceId") Long spaceId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * Every occurrence of a series, cancelled ones included, in date order.
	 */
	@Query(ROWS + """
			where a.seriesId = :seriesId
			order by a.date, a.startTime, a.id
			""")
	List<ActivityRow> findSeriesRows(@Param("seriesId") UUID seriesId);

	@Query("select a from Activity a where a.seriesId = :seriesId and a.date >= :from "
			+ "and a.status <> nl.cultuurschakel.binnenbuiten.activity.ActivityStatus.CANCELLED order by a.date")
	List<Activity> findSeriesFrom(@Param("seriesId") UUID seriesId, @Param("from") LocalDate from);

	List<Activity> findBySourceIdeaIdOrderByDateDesc(Long sourceIdeaId);

	/**
	 * Activities of a neighbourhood that no idea is linked to yet, not cancelled, whose
	 * title contains the text (any case; {@code ""} for all), newest first.
	 */
	@Query("""
			select a from Activity a
			where a.neighbourhoodId = :neighbourhoodId and a.sourceIdeaId is null
			  and a.status <> nl.cultuurschakel.binnenbuiten.activity.ActivityStatus.CANCELLED
			  and lower(a.title) like lower(concat('%', :titlePart, '%')) escape '\\'
			order by a.date desc, a.startTime desc, a.id desc
			""")
	List<Activity> findLinkable(@Param("neighbourhoodId") Long neighbourhoodId, @Param("titlePart") String titlePart);

}
