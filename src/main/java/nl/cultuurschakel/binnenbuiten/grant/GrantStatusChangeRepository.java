package nl.cultuurschakel.binnenbuiten.grant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantStatusChangeRepository extends JpaRepository<GrantStatusChange, Long> {

	List<GrantStatusChange> findByGrantIdOrderByChangedOnAscIdAsc(Long grantId);

}
