package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpaceRepository extends JpaRepository<Space, Long> {

	List<Space> findByPartnerIdOrderByName(Long partnerId);

	List<Space> findByPartnerIdInOrderByName(Collection<Long> partnerIds);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.SpaceOption(s.id, s.name, p.id, p.name, s.parallelUse)
			from Space s join Partner p on p.id = s.partnerId
			order by lower(p.name), lower(s.name)
			""")
	List<SpaceOption> findOptions();

	/**
	 * The spaces of active partners that are members of the neighbourhood's network on
	 * the day, and those of one more partner (the user's own organisation).
	 */
	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.SpaceOption(s.id, s.name, p.id, p.name, s.parallelUse)
			from Space s join Partner p on p.id = s.partnerId
			where p.active = true
			  and (p.id = :alsoPartnerId
			       or exists (select m.id from Membership m
			                  where m.partnerId = p.id and m.neighbourhoodId = :neighbourhoodId
			                    and m.startDate <= :on and (m.endDate is null or m.endDate >= :on)))
			order by lower(p.name), lower(s.name)
			""")
	List<SpaceOption> findSharedOptions(@Param("neighbourhoodId") Long neighbourhoodId, @Param("on") LocalDate on,
			@Param("alsoPartnerId") Long alsoPartnerId);

}
