package nl.cultuurschakel.binnenbuiten.workshop;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkshopRepository extends JpaRepository<Workshop, Long>, JpaSpecificationExecutor<Workshop> {

	List<Workshop> findByNeighbourhoodIdOrderByHeldOnDesc(Long neighbourhoodId);

}
