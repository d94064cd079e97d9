package nl.cultuurschakel.binnenbuiten.partner;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.PartnerOption(p.id, p.name, p.domain)
			from Partner p where p.active order by lower(p.name)
			""")
	List<PartnerOption> findActiveOptions();

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.PartnerOption(p.id, p.name, p.domain)
			from Partner p order by lower(p.name)
			""")
	List<PartnerOption> findAllOptions();

	@Query("select count(p) > 0 from Partner p where lower(p.name) = lower(:name) and (:id is null or p.id <> :id)")
	boolean existsOtherWithName(@Param("name") String name, @Param("id") Long id);

	/**
	 * Loads a partner and locks its row, so that membership checks for it run one at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partner p where p.id = :id")
	Optional<Partner> findForUpdate(@Param("id") Long id);

}
