package nl.cultuurschakel.binnenbuiten.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpaceRepository extends JpaRepository<Space, Long> {

	List<Space> findByPartnerIdOrderByName(Long partnerId);

}
