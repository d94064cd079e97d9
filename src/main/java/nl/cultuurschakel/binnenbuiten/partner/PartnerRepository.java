package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long> {

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.partner.PartnerSummary(
			    p.id, p.name, p.domain, p.knowledgePartner, p.contactName, p.active)
			from Partner p
			where (:name is null or lower(p.name) like lower(concat('%', cast(:name as string), '%')))
			  and (:domain is null or p.domain = :domain)
			  and (:knowledge is null or p.knowledgePartner = :knowledge)
			  and (:active is null or p.active = :active)
			  and (:neighbourhoodId is null or exists (
			       select 1 from Membership m
			       where m.partnerId = p.id and m.neighbourhoodId = :neighbourhoodId
			         and m.startDate <= :today and (m.endDate is null or m.endDate >= :today)))
			""")
	Page<PartnerSummary> findSummaries(@Param("name") String name, @Param("domain") PartnerDomain domain,
			@Param("knowledge") Boolean knowledge, @Param("active") Boolean active,
			@Param("neighbourhoodId") Long neighbourhoodId, @Param("today") LocalDate today, Pageable pageable);

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
