package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, Long>, JpaSpecificationExecutor<Neighbourhood> {

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary(
			    n.id, n.name, n.district, n.phase, n.activeSince)
			from Neighbourhood n where n.id in :ids order by n.name
			""")
	List<NeighbourhoodSummary> findSummariesByIdIn(@Param("ids") Collection<Long> ids);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary(
			    n.id, n.name, n.district, n.phase, n.activeSince)
			from Neighbourhood n order by n.name
			""")
	List<NeighbourhoodSummary> findAllSummaries();

	@Query("select count(n) > 0 from Neighbourhood n where lower(n.name) = lower(:name) and (:id is null or n.id <> :id)")
	boolean existsOtherWithName(@Param("name") String name, @Param("id") Long id);

}
