package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	/** A membership with the member's name and profile, as a {@link MemberRow}. */
	String MEMBER_ROW = """
			select m.id as membershipId, m.neighbourhoodId as neighbourhoodId, p.id as partnerId, p.name as partnerName, p.domain as domain,
			       p.knowledgePartner as knowledgePartner, p.contactName as contactName,
			       p.contactEmail as contactEmail, p.contactPhone as contactPhone,
			       m.startDate as startDate, m.endDate as endDate
			from Membership m, Partner p
			""";

	List<Membership> findByPartnerIdAndNeighbourhoodId(Long partnerId, Long neighbourhoodId);

	@Query("select m from Membership m where m.partnerId = :partnerId order by m.startDate desc")
	List<Membership> findByPartner(@Param("partnerId") Long partnerId);

	/**
	 * The memberships of one neighbourhood current on a day, with the member's name and
	 * profile, ordered by name.
	 */
	@Query(MEMBER_ROW + """
			where p.id = m.partnerId and m.neighbourhoodId in :neighbourhoodIds
			  and m.startDate <= :on and (m.endDate is null or m.endDate >= :on)
			order by lower(p.name)
			""")
	List<MemberRow> findCurrentMembers(@Param("neighbourhoodIds") Collection<Long> neighbourhoodIds,
			@Param("on") LocalDate on);

	/**
	 * The memberships of the neighbourhoods that share a day with the period, with the
	 * member's name and profile.
	 */
	@Query(MEMBER_ROW + """
			where p.id = m.partnerId and m.neighbourhoodId in :neighbourhoodIds
			  and m.startDate <= :to and (m.endDate is null or m.endDate >= :from)
			order by m.startDate
			""")
	List<MemberRow> findMembersDuring(@Param("neighbourhoodIds") Collection<Long> neighbourhoodIds,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("""
			select distinct m.neighbourhoodId from Membership m
			where m.partnerId = :partnerId and m.startDate <= :on and (m.endDate is null or m.endDate >= :on)
			""")
	List<Long> findCurrentNeighbourhoodIds(@Param("partnerId") Long partnerId, @Param("on") LocalDate on);

	@Query("select m.id as membershipId, r as role from Membership m join m.roles r where m.id in :ids")
	List<RoleRow> findRoles(@Param("ids") Collection<Long> ids);

	interface MemberRow {

		Long getMembershipId();

		Long getNeighbourhoodId();

		Long getPartnerId();

		String getPartnerName();

		PartnerDomain getDomain();

		boolean isKnowledgePartner();

		String getContactName();

		String getContactEmail();

		String getContactPhone();

		LocalDate getStartDate();

		LocalDate getEndDate();

	}

	interface RoleRow {

		Long getMembershipId();

		MembershipRole getRole();

	}

}
