package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanRepository extends JpaRepository<Scan, Long> {

	@EntityGraph(attributePaths = "answers")
	Optional<Scan> findByNeighbourhoodIdAndYear(Long neighbourhoodId, int year);

}
