package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanRepository extends JpaRepository<Scan, Long> {

	@EntityGraph(attributePaths = "answers")
	Optional<Scan> findByNeighbourhoodIdAndYear(Long neighbourhoodId, int year);

	@EntityGraph(attributePaths = "answers")
	List<Scan> findByYear(int year);

	@EntityGraph(attributePaths = "answers")
	List<Scan> findByYearAndNeighbourhoodIdIn(int year, Collection<Long> neighbourhoodIds);

}
