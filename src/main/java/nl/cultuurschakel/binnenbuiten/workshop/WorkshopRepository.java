package nl.cultuurschakel.binnenbuiten.workshop;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkshopRepository extends JpaRepository<Workshop, Long>, JpaSpecificationExecutor<Workshop> {

	List<Workshop> findByNeighbourhoodIdOrderByHeldOnDesc(Long neighbourhoodId);

	Optional<Workshop> findByPublicToken(String publicToken);

	/**
	 * Sets or clears ({@code null}) the public link's token, leaving the version alone.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update Workshop w set w.publicToken = :token where w.id = :id")
	int replacePublicToken(@Param("id") Long id, @Param("token") String token);

}
