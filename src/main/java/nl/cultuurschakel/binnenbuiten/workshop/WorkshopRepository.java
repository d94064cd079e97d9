package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

	String FILTER = """
			where (:neighbourhoodId is null or w.neighbourhoodId = :neighbourhoodId)
			  and (:partnerId is null or w.venuePartnerId = :partnerId or w.facilitatorPartnerId = :partnerId)
			  and w.heldOn >= :from and w.heldOn <= :to
			""";

	@Query(value = """
			select new nl.cultuurschakel.binnenbuiten.workshop.WorkshopSummary(w.id, w.heldOn, w.neighbourhoodId,
			    w.venuePartnerId, w.childrenSpoken, w.ageFrom, w.ageTo, w.groupDescription)
			from Workshop w
			""" + FILTER, countQuery = "select count(w) from Workshop w " + FILTER)
	Page<WorkshopSummary> findSummaries(@Param("neighbourhoodId") Long neighbourhoodId,
			@Param("partnerId") Long partnerId, @Param("from") LocalDate from, @Param("to") LocalDate to,
			Pageable pageable);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.workshop.WorkshopFigures(count(w), coalesce(sum(w.childrenSpoken), 0))
			from Workshop w
			"""
			+ FILTER)
	WorkshopFigures totals(@Param("neighbourhoodId") Long neighbourhoodId, @Param("partnerId") Long partnerId,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.workshop.WorkshopSummary(w.id, w.heldOn, w.neighbourhoodId,
			    w.venuePartnerId, w.childrenSpoken, w.ageFrom, w.ageTo, w.groupDescription)
			from Workshop w
			where w.heldOn >= :from and w.heldOn <= :to and (:all = true or w.neighbourhoodId in :ids)
			order by w.heldOn, w.id
			""")
	List<WorkshopSummary> findSummariesIn(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("all") boolean all, @Param("ids") Collection<Long> ids);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.workshop.WorkshopFigures(count(w), coalesce(sum(w.childrenSpoken), 0))
			from Workshop w
			where w.heldOn >= :from and w.heldOn <= :to and (:all = true or w.neighbourhoodId in :ids)
			""")
	WorkshopFigures figures(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("all") boolean all,
			@Param("ids") Collection<Long> ids);

	@Query("""
			select distinct w.neighbourhoodId from Workshop w
			where w.heldOn >= :from and w.heldOn <= :to and (:all = true or w.neighbourhoodId in :ids)
			order by w.neighbourhoodId
			""")
	List<Long> neighbourhoodIdsWithWorkshops(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("all") boolean all, @Param("ids") Collection<Long> ids);

	List<Workshop> findByNeighbourhoodIdOrderByHeldOnDesc(Long neighbourhoodId);

}
