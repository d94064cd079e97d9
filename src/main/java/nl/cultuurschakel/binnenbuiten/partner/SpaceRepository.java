package nl.cultuurschakel.binnenbuiten.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpaceRepository extends JpaRepository<Space, Long> {

	List<Space> findByPartnerIdOrderByName(Long partnerId);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.SpaceOption(s.id, s.name, p.id, p.name, s.parallelUse)
			from Space s join Partner p on p.id = s.partnerId
			order by lower(p.name), lower(s.name)
			""")
	List<SpaceOption> findOptions();

}
