package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

	List<PhaseChange> findByNeighbourhoodIdOrderByChangedOnDescIdDesc(Long neighbourhoodId);

}
